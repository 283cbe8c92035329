import { detectCapabilities, MESSAGES, MIN_API } from "../../src/excel/capabilities";

const upTo = (max: number) => (name: string, version: string) =>
  name === "ExcelApi" && Number(version.split(".")[1]) <= max;

describe("detectCapabilities", () => {
  it("uses notes from ExcelApi 1.18", () => {
    expect(detectCapabilities(upTo(20))).toEqual({ supported: true, annotations: "notes" });
    expect(detectCapabilities(upTo(18))).toEqual({ supported: true, annotations: "notes" });
  });

  it("uses threaded comments on 1.13-1.17 (Office 2021, 2024)", () => {
    expect(detectCapabilities(upTo(17))).toEqual({
      supported: true,
      annotations: "comments",
      message: MESSAGES.comments,
    });
    expect(detectCapabilities(upTo(13)).annotations).toBe("comments");
  });

  it("refuses Excel below the minimum (Office 2019 is 1.8), pointing to WPS and the offline page first, the command line after", () => {
    const caps = detectCapabilities(upTo(8));
    expect(caps).toEqual({ supported: false, annotations: "none", message: MESSAGES.tooOld });
    const m = caps.message ?? "";
    expect(m).toContain("命令行工具 jixiao-check");
    expect(m.indexOf("WPS 表格")).toBeGreaterThan(-1);
    expect(m.indexOf("WPS 表格")).toBeLessThan(m.indexOf("离线检查网页"));
    expect(m.indexOf("离线检查网页")).toBeLessThan(m.indexOf("命令行"));
    expect(detectCapabilities(upTo(12)).supported).toBe(false);
  });

  it("falls back to fill only when notes and comments are missing above the minimum", () => {
    const noAnnotations = (name: string, version: string) => version === MIN_API.version;
    expect(detectCapabilities(noAnnotations)).toEqual({
      supported: true,
      annotations: "none",
      message: MESSAGES.fillOnly,
    });
  });

  it("says so outside Office", () => {
    expect(detectCapabilities(null)).toEqual({ supported: false, annotations: "none", message: MESSAGES.outsideExcel });
  });
});
