/* The fake must be as strict as Office.js, or the host tests prove nothing. */
import { installFakeOffice, type FakeOptions } from "../support/fake-excel";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function fake(options: FakeOptions = {}) {
  return installFakeOffice(
    g,
    {
      sheets: [
        {
          name: "数据",
          cells: { B2: { value: 0.25, numberFormat: "0%" }, C3: { value: "预算数" } },
          merges: ["B2:C2"],
        },
        { name: "空表" },
        { name: "锁定", protected: true, cells: { A1: { value: 1 } } },
      ],
    },
    options,
  );
}

describe("fake Excel", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading too early is what this test does */
  it("throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced", async () => {
    fake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[0.25]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("counts every round trip, including Excel.run's closing flush", async () => {
    const f = fake();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("数据").getRange("A2").values = [[2]];
    });
    expect(f.syncs).toBe(2);
    expect(f.cell("数据", "A2").value).toBe(2);
  });

  it("knows null objects only after a sync, and refuses to read their properties", async () => {
    fake();
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("空表").getUsedRangeOrNullObject(true).load("values");
      expect(() => used.isNullObject).toThrow();
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    });
  });

  it("reports used ranges, text as displayed and merged areas", async () => {
    fake();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("数据");
      const used = ws.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,values,text");
      const merged = ws.getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect(used.address).toBe("数据!B2:C3");
      expect(used.text).toEqual([
        ["25%", ""],
        ["", "预算数"],
      ]);
      expect(merged.address).toBe("数据!B2:C2");
    });
  });

  it("fails at sync on APIs above the host's version", async () => {
    fake({ apiVersion: "1.17" });
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").notes.add("A1", "x");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reads typed text as Excel does: formulas and numbers, unless the cell is text", async () => {
    const f = fake();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("数据");
      ws.getRange("E1:G1").values = [["=1+1", "0012", "文字"]];
      const text = ws.getRange("E2");
      text.numberFormat = [["@"]];
      text.values = [["=1+1"]];
      await context.sync();
    });
    expect([f.cell("数据", "E1").value, f.cell("数据", "F1").value, f.cell("数据", "E2").value]).toEqual([
      "#NAME?",
      12,
      "=1+1",
    ]);
  });

  it("refuses a mismatched array, a protected sheet, and keeps what ran before a failure", async () => {
    const f = fake();
    const shape = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:B1").values = [[1]];
      await context.sync();
    });
    await expect(shape).rejects.toMatchObject({ code: "InvalidArgument" });
    const locked = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("H1").values = [["先写"]];
      context.workbook.worksheets.getItem("锁定").getRange("A1").format.fill.color = "#FF0000";
      await context.sync();
    });
    await expect(locked).rejects.toMatchObject({ code: "AccessDenied" });
    expect(f.cell("数据", "H1").value).toBe("先写");
    expect(f.cell("锁定", "A1").fill).toBeNull();
  });

  it("refuses a request over the payload limit before running any of it", async () => {
    const f = fake({ maxRequestBytes: 1000 });
    const big = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1").values = [["x".repeat(2000)]];
      await context.sync();
    });
    await expect(big).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(f.cell("数据", "A1").value).toBeNull();
  });

  it("fails every sync in cell edit mode", async () => {
    fake({ editMode: true });
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
