/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
/**
 * The package host: the marked copy is the original with our marks patched in. Every part we do
 * not own must come back byte for byte, the parts we touch must differ only by our edits (the
 * record undoes them exactly), and the copy must still read as the same workbook.
 */
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { FILLS, SUMMARY_SHEET } from "../../src/core";
import { checkPackage, clearPackage, PackageError, readPackage } from "../../src/xlsx/package";
import { encodeSettings, SETTINGS_SHEET } from "../../src/wps/settings";
import { cloneProject, SEED_PROJECTS } from "../fixtures/seed";
import { internalLinks, partTexts, sheetXml, zip64 } from "../fixtures/package";
import { makeZip, minimalDocx, ole2Bytes, seedWorkbook, toBuffer } from "../fixtures/xlsx";

const NOW = new Date(2026, 10, 23, 10, 30);

/** The seed workbook with a budget-sum error in C4 and a few things of the user's own. */
async function userWorkbook(): Promise<Uint8Array> {
  const p = cloneProject(0);
  p.fiscal = 0.8;
  const wb = seedWorkbook("有错的表", [p, SEED_PROJECTS[1]]);
  const ws = wb.worksheets[0];
  ws.getCell("C4").note = "用户自己的备注";
  ws.getCell("J2").note = "空单元格上的备注";
  ws.getCell("J3").value = { text: "外部链接", hyperlink: "https://example.com/" };
  ws.getCell("J5").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  ws.addConditionalFormatting({
    ref: "J5:J9",
    rules: [{ type: "expression", priority: 1, formulae: ["J5>1"], style: { font: { bold: true } } }],
  });
  wb.definedNames.add("'有错的表'!$A$1:$B$2", "用户区域");
  const own = wb.addWorksheet(SUMMARY_SHEET);
  own.getCell("A1").value = "用户自己的检查结果表";
  return new Uint8Array(await toBuffer(wb));
}

/** Adds parts exceljs cannot make (a chart, custom properties, a macro project) and workbook protection, editing the XML. */
function withExtras(bytes: Uint8Array, macro = false): Uint8Array {
  const files = unzipSync(bytes);
  const text = (n: string) => new TextDecoder().decode(files[n]);
  files["xl/charts/chart1.xml"] = strToU8(
    '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>',
  );
  files["xl/pivotCache/pivotCacheDefinition1.xml"] = strToU8(
    '<?xml version="1.0"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  );
  files["docProps/custom.xml"] = strToU8(
    '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="部门" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">财务科</vt:lpwstr></property></Properties>',
  );
  let wbXml = text("xl/workbook.xml").replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>');
  let types = text("[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  );
  if (macro) {
    files["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5]);
    types = types
      .replace("spreadsheetml.sheet.main+xml", "NOPE")
      .replace(
        "application/vnd.openxmlformats-officedocument.NOPE",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    files["xl/_rels/workbook.xml.rels"] = strToU8(
      text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
  }
  wbXml = wbXml.includes("<workbookProtection")
    ? wbXml
    : wbXml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>');
  files["xl/workbook.xml"] = strToU8(wbXml);
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}

function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Parts of `copy` that differ from `original`'s, and parts only one of them has. */
function diff(original: Uint8Array, copy: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = unzipSync(original);
  const b = unzipSync(copy);
  return {
    changed: Object.keys(a).filter((n) => b[n] && !same(a[n], b[n])),
    added: Object.keys(b).filter((n) => !a[n]),
    removed: Object.keys(a).filter((n) => !b[n]),
  };
}

describe("the marked copy keeps everything of the user's", () => {
  let original: Uint8Array;
  let copy: Uint8Array;

  beforeAll(async () => {
    original = withExtras(await userWorkbook());
    const r = checkPackage(original, { name: "用户.xlsx", now: NOW });
    copy = r.copy as Uint8Array;
    expect(r.result.report.summary.errors).toBeGreaterThan(0);
  });

  it("changes only the parts the marks need; every other part is byte for byte the original", () => {
    const d = diff(original, copy);
    expect(d.removed).toEqual([]);
    const sheetPart = readPackage(original).sheets.find((s) => s.name === "有错的表")?.part;
    expect(d.changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        sheetPart,
        // The user's notes: ours sit beside theirs, and new ones get their drawing.
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
      ].sort(),
    );
    const before = partTexts(original).get("xl/comments1.xml") as string;
    const after = partTexts(copy).get("xl/comments1.xml") as string;
    for (const m of before.matchAll(/<comment ref="([A-Z]+\d+)"/g)) expect(after).toContain(`<comment ref="${m[1]}"`);
    expect(after).toContain("用户自己的备注");
  });

  it("in the marked sheet, only cells' style indexes and our cells differ", () => {
    const rec = readPackage(copy);
    const store = rec.snapshot.sheets.find((s) => s.name === "_jixiao_marks");
    const rows = (store?.values ?? []).slice(1).map((r) => JSON.parse((r as string[]).map((c) => c.slice(1)).join("")));
    const record = rows.find((r) => r.pkg === 1);
    const sheetPart = rec.sheets.find((s) => s.name === "有错的表")?.part as string;
    const edits: [number, number, string][] = record.parts[sheetPart].e;
    expect(edits.length).toBeGreaterThan(0);
    const text = partTexts(copy).get(sheetPart) as string;
    for (const [at, len, old] of edits) {
      const now = text.slice(at, at + len);
      // A cell's start tag with another s, the page setup printing notes at the end, or what we
      // inserted: cells and rows, a <legacyDrawing> for new notes, the sheet's name as page header.
      if (old)
        expect(now.replace(/ s="\d+"| cellComments="atEnd"/, "")).toBe(old.replace(/ s="\d+"| tabSelected="1"/, ""));
      else
        expect(now).toMatch(
          /^(<(c|row) r="[A-Z0-9]+"[^]*|<legacyDrawing [^>]*\/>|<pageSetup cellComments="atEnd"\/>|<headerFooter><oddHeader>&amp;A<\/oddHeader><\/headerFooter>)$/,
        );
    }
  });

  it("the user's own 检查结果 sheet stays; ours takes a free name and links to the cells", () => {
    const pkg = readPackage(copy);
    const names = pkg.sheets.map((s) => s.name);
    expect(names).toEqual(["有错的表", SUMMARY_SHEET, `${SUMMARY_SHEET} (2)`, "_jixiao_marks"]);
    expect(pkg.snapshot.sheets[1].values[0][0]).toBe("用户自己的检查结果表");
    expect(internalLinks(copy, `${SUMMARY_SHEET} (2)`).filter((l) => l.endsWith("->'有错的表'!C4"))).toHaveLength(1);
  });

  it("the marked cell is red with our note beside the user's, and exceljs reads the copy", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(copy) as never);
    const c4 = wb.getWorksheet("有错的表")!.getCell("C4");
    expect((c4.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${FILLS.error.slice(1)}`);
    const note = JSON.stringify(c4.note);
    expect(note).toContain("【绩效检查】");
    expect(note).toContain("原备注：");
    expect(note).toContain("用户自己的备注");
  });

  it("clear gives back the original part for part; checking the copy again gives the same copy", () => {
    const cleared = clearPackage(copy);
    expect(diff(original, cleared)).toEqual({ changed: [], added: [], removed: [] });
    const again = checkPackage(copy, { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    expect(diff(copy, again)).toEqual({ changed: [], added: [], removed: [] });
  });

  it("a fixed cell loses its red when the copy is checked again", () => {
    // Fix C4 in the copy (财政资金 back to 0.81), as the user would, keeping our record.
    const files = unzipSync(copy);
    const part = readPackage(copy).sheets.find((s) => s.name === "有错的表")?.part as string;
    const xml = new TextDecoder().decode(files[part]);
    files[part] = strToU8(xml.replace(/(<c r="E4"[^>]*>)<v>0\.8<\/v>/, "$1<v>0.81</v>"));
    const fixed = zipSync(files);
    const r = checkPackage(fixed, { name: "用户.xlsx", now: NOW });
    expect(r.result.report.findings.filter((f) => f.cell === "C4" && f.rule === "budget-sum")).toEqual([]);
  });
});

describe("opening the copy", () => {
  it("opens on our summary; the tab that was selected is no longer, so no two tabs are grouped", async () => {
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      xml.replace(
        "<sheetFormatPr",
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr',
      ),
    );
    const original = zipSync(files);
    expect(new TextDecoder().decode(files["xl/worksheets/sheet1.xml"])).toContain('tabSelected="1"');
    const copy = checkPackage(original, { name: "a.xlsx", now: NOW }).copy as Uint8Array;
    const parts = partTexts(copy);
    expect(parts.get("xl/workbook.xml")).toMatch(/<workbookView\b[^>]*activeTab="1"/);
    expect(parts.get("xl/worksheets/sheet1.xml")).not.toContain("tabSelected");
    expect(sheetXml(copy, SUMMARY_SHEET)).toContain('tabSelected="1"');
    expect(diff(original, clearPackage(copy))).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe("a macro workbook", () => {
  it("stays .xlsm with its macro project and content type", async () => {
    const original = withExtras(await userWorkbook(), true);
    const r = checkPackage(original, { name: "宏.xlsm", now: NOW });
    expect(r.outputExtension).toBe("xlsm");
    const copy = unzipSync(r.copy as Uint8Array);
    expect(same(copy["xl/vbaProject.bin"], unzipSync(original)["xl/vbaProject.bin"])).toBe(true);
    expect(new TextDecoder().decode(copy["[Content_Types].xml"])).toContain("sheet.macroEnabled.main+xml");
  });
});

describe("reading", () => {
  it("finds sheets through the workbook's relationships, whatever their part names", async () => {
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const rename = (s: string) => s.replace(/worksheets\/sheet1\.xml/g, "worksheets/Sheet1.xml");
    files["xl/worksheets/Sheet1.xml"] = files["xl/worksheets/sheet1.xml"];
    delete files["xl/worksheets/sheet1.xml"];
    for (const n of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"])
      files[n] = strToU8(rename(new TextDecoder().decode(files[n])));
    const r = checkPackage(zipSync(files), { name: "a.xlsx", now: NOW });
    expect(r.result.report.summary.tables).toBe(3);
  });

  it("exposes the add-in's saved settings", async () => {
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const settings = JSON.stringify(JSON.stringify({ rules: { "budget-sum": "off" } }));
    files["xl/webextensions/webextension1.xml"] = strToU8(
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="jixiao-settings" value="${settings.replace(/"/g, "&quot;")}"/></we:properties></we:webextension>`,
    );
    expect(readPackage(zipSync(files)).addinSettings).toEqual({ rules: { "budget-sum": "off" } });
  });

  it("reads the WPS add-in's settings sheet where there are no document settings, and checks by them", async () => {
    const settings = { rules: { "unit-duplicated": "off" as const } };
    const make = async (withSheet: boolean) => {
      const wb = seedWorkbook();
      if (withSheet) wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" }).addRows(encodeSettings(settings));
      return new Uint8Array(await toBuffer(wb));
    };
    const saved = await make(true);
    expect(readPackage(saved).addinSettings).toEqual(settings);
    const ruleCount = (bytes: Uint8Array) =>
      checkPackage(bytes, { name: "a.xlsx", now: NOW }).result.report.findings.filter(
        (f) => f.rule === "unit-duplicated",
      ).length;
    expect(ruleCount(await make(false))).toBeGreaterThan(0);
    expect(ruleCount(saved)).toBe(0);
  });

  it("a formula saved without its value gives one finding for its table, not false errors", async () => {
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
    // The first table's 预算数 as a formula with no cached value.
    files["xl/worksheets/sheet1.xml"] = strToU8(
      xml.replace(/<c r="C4"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="C4"$1><f>E4+G4</f></c>'),
    );
    const r = checkPackage(zipSync(files), { name: "a.xlsx", now: NOW, copy: false });
    const first = r.result.report.findings.filter((f) => f.table === 0);
    expect(first.map((f) => [f.rule, f.cell])).toEqual([["uncalculated", "C4"]]);
    expect(first[0].message).toContain("Excel 或 WPS");
  });

  it("a ZIP64 package is read, not called corrupt", async () => {
    const parts = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const r = checkPackage(zip64(parts), { name: "a.xlsx", now: NOW });
    expect(r.result.report.summary.tables).toBe(3);
    expect(r.copy).not.toBeNull();
  });

  it("a merge over the whole sheet is one range", async () => {
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook())));
    const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      xml.replace(
        /<mergeCells[^]*?<\/mergeCells>/,
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    const r = checkPackage(zipSync(files), { name: "a.xlsx", now: NOW });
    expect(readPackage(zipSync(files)).snapshot.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 1048575, right: 16383 },
    ]);
    expect(r.copy).not.toBeNull();
  });

  it.each([
    ["a Word document", minimalDocx(), "这是 Word 文档，不是 Excel 工作簿（.xlsx）"],
    ["a broken zip", makeZip({ "xl/workbook.xml": "<<<" }), "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开"],
    ["a truncated zip", null, "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开"],
    ["a password-protected workbook", ole2Bytes(), "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx"],
  ])("%s is a PackageError with one Chinese line", async (_what, bytes, message) => {
    const input = bytes ? new Uint8Array(bytes) : new Uint8Array(await toBuffer(seedWorkbook())).slice(0, 3000);
    expect(() => readPackage(input)).toThrow(PackageError);
    expect(() => checkPackage(input, { name: "x" })).toThrow(message);
  });
});
