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

  it("refuses a response over its limit, and a failed sync delivers no loaded value", async () => {
    const f = fake({ maxResponseBytes: 2_000 });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("数据");
      ws.getRange("A10:A40").values = Array.from({ length: 31 }, () => ["预算绩效目标说明文字"]);
      await context.sync();
      const small = ws.getRange("C3").load("values");
      const big = ws.getRange("A10:A40").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => small.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      void big;
    });
    // Chinese counts as \uXXXX escapes: 31 cells of 10 characters are some 2 KB.
    expect(f.failures).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(f.responseBytes[1]).toBe(0);
  });

  it("refuses merged areas above the cap, as Excel does above 512", async () => {
    const f = installFakeOffice(
      g,
      { sheets: [{ name: "合并", merges: Array.from({ length: 6 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`) }] },
      { mergeCap: 5 },
    );
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("合并");
      ws.getRange().getMergedAreasOrNullObject().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      const half = ws.getRange("A1:B6").getMergedAreasOrNullObject().load("areaCount");
      await context.sync();
      expect(half.areaCount).toBe(3);
    });
    expect(f.failures).toEqual(["GeneralException"]);
  });

  it("walks the sheets with getFirst and getNextOrNullObject, hidden ones included", async () => {
    fake();
    await Excel.run(async (context) => {
      const first = context.workbook.worksheets.getFirst(false);
      const chain = [first];
      for (let i = 0; i < 3; i++) chain.push(chain[chain.length - 1].getNextOrNullObject(false));
      chain.forEach((ws) => ws.load("name"));
      await context.sync();
      expect(chain.slice(0, 3).map((ws) => ws.name)).toEqual(["数据", "空表", "锁定"]);
      expect(chain[3].isNullObject).toBe(true);
    });
  });

  it("reads the pattern as null and No Fill as #FFFFFF when asked to, as some builds do", async () => {
    fake({ nullPattern: true });
    await Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("数据").getRange("A1").format.fill.load("color,pattern");
      await context.sync();
      expect([fill.color, fill.pattern]).toEqual(["#FFFFFF", null]);
    });
  });

  it("keeps settings per runtime: another runtime sees a save only after refreshAsync", async () => {
    const f = fake();
    const other = f.runtime().Office as { context: { document: { settings: Office.Settings } } };
    const mine = (g.Office as typeof other).context.document.settings;
    mine.set("k", "v");
    await new Promise((r) => mine.saveAsync(r));
    expect(other.context.document.settings.get("k")).toBeNull();
    await new Promise((r) => other.context.document.settings.refreshAsync(r));
    expect(other.context.document.settings.get("k")).toBe("v");
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

  it("throws on a member it does not model, instead of ignoring it", async () => {
    fake();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("数据");
      const loose = ws as unknown as Record<string, unknown>;
      expect(() => loose.tabColor).toThrow("Worksheet.tabColor is not modelled");
      expect(() => (loose.tabColor = "#FF0000")).toThrow("setting Worksheet.tabColor is not modelled");
      // eslint-disable-next-line office-addins/load-object-before-read -- format is a navigation, not a read
      const format = ws.getRange("A1").format as unknown as Record<string, unknown>;
      expect(() => (format.indentLevel = 2)).toThrow("RangeFormat.indentLevel is not modelled");
      expect(() => ((ws as unknown as { name: string }).name = "x")).toThrow("read-only");
      await context.sync();
    });
  });

  it("merges as Excel does: the upper-left value stays, and a merge may not cut through another", async () => {
    const f = fake();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("数据");
      ws.getRange("E1:F1").values = [["左", "右"]];
      ws.getRange("E1:F2").merge(false);
      ws.getRange("E4:F5").merge(true);
      await context.sync();
    });
    expect(f.merges("数据")).toEqual(["B2:C2", "E1:F2", "E4:F4", "E5:F5"]);
    expect([f.cell("数据", "E1").value, f.cell("数据", "F1").value]).toEqual(["左", null]);
    const cut = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("C2:D2").merge();
      await context.sync();
    });
    await expect(cut).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("keeps data validation per cell, refuses what Excel refuses, and needs ExcelApi 1.8", async () => {
    const f = fake();
    await Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("数据").getRange("G2:G4").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "是,否" } };
      dv.prompt = { showPrompt: true, title: "是否", message: "选择 是 或 否" };
      context.workbook.worksheets.getItem("数据").getRange("G4").dataValidation.prompt = {
        showPrompt: true,
        title: "另一个",
        message: "",
      };
      await context.sync();
      const read = context.workbook.worksheets.getItem("数据").getRange("G2:G3").dataValidation.load("type,rule");
      await context.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: "是,否" } });
    });
    expect(f.validations("数据")).toEqual([
      {
        range: "G2:G3",
        rule: { list: { inCellDropDown: true, source: "是,否" } },
        prompt: { showPrompt: true, title: "是否", message: "选择 是 或 否" },
      },
      {
        range: "G4",
        rule: { list: { inCellDropDown: true, source: "是,否" } },
        prompt: { showPrompt: true, title: "另一个", message: "" },
      },
    ]);
    const long = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("H1").dataValidation.prompt = {
        showPrompt: true,
        title: "一个超过三十二个字符的标题".repeat(3),
        message: "",
      };
      await context.sync();
    });
    await expect(long).rejects.toMatchObject({ code: "InvalidArgument" });

    fake({ apiVersion: "1.7" });
    const old = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("H1").dataValidation.rule = {
        list: { inCellDropDown: true, source: "是,否" },
      };
      await context.sync();
    });
    await expect(old).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("formats, borders, sizes, sheet order and gridlines land at sync and read back after a load", async () => {
    const f = fake();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = sheets.getItem("空表");
      const range = ws.getRange("B2:C3");
      range.format.wrapText = true;
      range.format.horizontalAlignment = "Center";
      range.format.font.size = 14;
      range.format.rowHeight = 30;
      range.format.columnWidth = 60;
      const edge = range.format.borders.getItem("InsideVertical");
      edge.style = "Continuous";
      edge.color = "#808080";
      ws.position = 0;
      ws.showGridlines = false;
      expect(f.format("空表", "B2").wrap).toBe(false);
      await context.sync();
      const back = range.format.load("wrapText,horizontalAlignment,rowHeight,columnWidth");
      const size = range.format.font.load("size");
      const border = range.format.borders.getItem("InsideVertical").load("style");
      await context.sync();
      expect([back.wrapText, back.horizontalAlignment, back.rowHeight, back.columnWidth]).toEqual([
        true,
        "Center",
        30,
        60,
      ]);
      expect(size.size).toBe(14);
      expect(border.style).toBe("Continuous");
    });
    expect(f.sheetNames()).toEqual(["空表", "数据", "锁定"]);
    expect(f.showGridlines("空表")).toBe(false);
    expect(f.format("空表", "B2")).toMatchObject({ wrap: true, size: 14, horizontalAlignment: "Center" });
    expect(f.format("空表", "B2").borders.right).toEqual({ style: "Continuous", color: "#808080", weight: "Thin" });
    expect(f.format("空表", "C2").borders.left).toEqual(f.format("空表", "B2").borders.right);
    expect(f.format("空表", "C2").borders.right).toBeNull();
    expect([f.rowHeight("空表", 2), f.columnWidth("空表", 1)]).toEqual([30, 60]);

    const bad = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("空表").getRange("A1").format.horizontalAlignment = "Middle" as never;
      await context.sync();
    });
    await expect(bad).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
