/**
 * The preservation suite (issue 15): workbooks carrying what users keep (charts, chart sheets, text
 * boxes, threaded comments, x14 validation and formats, tables, pivot tables, external links,
 * macros, form controls, named styles, defined names, row heights, dxfs), each wired as Excel
 * writes it. Each is checked; its copy may differ from the original only by the marks (markDiff
 * takes each allowed edit out and requires the rest to be the original, character for character);
 * clearing the copy gives back the original part for part; checking the copy again gives the same
 * copy; and every copy opens in LibreOffice. One workbook is also saved by LibreOffice first.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetSnapshot } from "../../src/core";
import { checkPackage, clearPackage, readPackage, type PackageCheck } from "../../src/xlsx/package";
import { patchVml } from "../../src/xlsx/package/notes";
import { Splice } from "../../src/xlsx/package/splice";
import { convert, hasLibreOffice } from "../fixtures/libreoffice";
import { markDiff } from "../fixtures/mark-diff";
import { buildScenario, KEEPS, MARKED, SCENARIOS } from "../fixtures/preserve";

const NOW = new Date(2026, 10, 23, 10, 30);
const NAMES = Object.keys(SCENARIOS);

interface Case {
  original: Uint8Array;
  check: PackageCheck;
  copy: Uint8Array;
}

function run(original: Uint8Array, name: string): Case {
  const check = checkPackage(original, { name, now: NOW });
  return { original, check, copy: check.copy as Uint8Array };
}

/** The copy checked again (as the same file, at the same time). */
function again(c: Case): Uint8Array {
  return checkPackage(c.copy, { name: "a.xlsx", now: NOW }).copy as Uint8Array;
}

/** Names of the parts that are not byte for byte the same in both packages (or in one only). */
function differentParts(a: Uint8Array, b: Uint8Array): string[] {
  const x = unzipSync(a);
  const y = unzipSync(b);
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...names].filter((n) => !x[n] || !y[n] || Buffer.compare(Buffer.from(x[n]), Buffer.from(y[n])) !== 0);
}

function tamper(bytes: Uint8Array, part: string, f: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[part]);
  const after = f(before);
  if (after === before) throw new Error(`tampering changed nothing in ${part}`);
  files[part] = strToU8(after);
  return zipSync(files);
}

const cases = new Map<string, Case>();

beforeAll(async () => {
  for (const name of NAMES) cases.set(name, run(await buildScenario(name), "a.xlsx"));
}, 60_000);

describe.each(NAMES)("the marked copy of a workbook with %s", (name) => {
  it("carries the feature, marks the sheet, and differs from the original only by the marks", () => {
    const { check, copy, original } = cases.get(name) as Case;
    const parts = Object.entries(unzipSync(copy)).map(([n, data]) => [n, strFromU8(data)] as const);
    for (const f of SCENARIOS[name].features) {
      const [part, holds] = KEEPS[f];
      expect([f, parts.some(([n, xml]) => part.test(n) && holds.test(xml))]).toEqual([f, true]);
    }
    expect(check.plan.marks.filter((m) => m.sheet === MARKED).length).toBeGreaterThanOrEqual(5);
    expect(check.outputExtension).toBe(SCENARIOS[name].ext);
    expect(markDiff(original, copy, check.plan).problems).toEqual([]);
  });

  it("reads back as the same workbook, with the computed values in the blank cells they went to", () => {
    const { check, copy, original } = cases.get(name) as Case;
    const before = readPackage(original).snapshot.sheets;
    const after = readPackage(copy).snapshot.sheets;
    for (const w of check.plan.writes) {
      const sheet = before.find((s) => s.name === w.sheet) as SheetSnapshot;
      expect([w.cell, sheet.values[w.row]?.[w.col] ?? null]).toEqual([w.cell, null]);
      (sheet.values[w.row] ??= [])[w.col] = w.value;
    }
    const cells = (sheets: SheetSnapshot[]) =>
      sheets.map((s) => [s.name, s.values.map((r) => Array.from(r, (v) => v ?? null))]);
    expect(cells(after.slice(0, before.length))).toEqual(cells(before));
  });

  it("clears back to the original part for part, and checked again gives the same copy", () => {
    const c = cases.get(name) as Case;
    expect(differentParts(c.original, clearPackage(c.copy))).toEqual([]);
    expect(differentParts(c.copy, again(c))).toEqual([]);
  });
});

describe("the comparison fails on any difference outside the marks", () => {
  const sheet = "xl/worksheets/sheet1.xml";
  const differs = /^xl\/[^:]+: differs at \d+/m;
  it.each<[string, string, (xml: string) => string, RegExp, string?]>([
    ["an unmarked cell restyled", sheet, (x) => x.replace(/(<c r="A7") s="\d+"/, '$1 s="0"'), differs],
    ["a marked cell's value changed", sheet, (x) => x.replace(/(<c r="C4"[^>]*>)<v>[^<]*<\/v>/, "$1<v>9</v>"), differs],
    ["a marked cell's other attribute changed", sheet, (x) => x.replace(/<c r="C4"/, '<c r="C4" cm="1"'), differs],
    ["a hyperlink dropped", sheet, (x) => x.replace(/<hyperlink ref="J6"[^>]*\/>/, ""), differs],
    ["a row height changed", sheet, (x) => x.replace('ht="40.5"', 'ht="40"'), differs],
    ["a chart's series changed", "xl/charts/chart1.xml", (x) => x.replace("$K$2:$K$4", "$K$2:$K$5"), /chart1\.xml/],
    [
      "an existing fill changed",
      "xl/styles.xml",
      (x) => x.replace('tint="0.79998168889431442"', 'tint="0.5"'),
      differs,
    ],
    ["a user's note text changed", "xl/comments1.xml", (x) => x.replace("这里待补充采购合同号", "改过"), differs],
    [
      "a defined name dropped",
      "xl/workbook.xml",
      (x) => x.replace(/<definedName name="预算总额">[^<]*<\/definedName>/, ""),
      differs,
    ],
    [
      "a relationship retargeted",
      "xl/worksheets/_rels/sheet1.xml.rels",
      (x) => x.replace("table1.xml", "table2.xml"),
      differs,
    ],
    [
      "our <legacyDrawing> after <tableParts>",
      sheet,
      (x) => x.replace(/(<legacyDrawing [^>]*\/>)([^]*<\/tableParts>)/, "$2$1"),
      /<legacyDrawing> after <tableParts>/,
      "listObject",
    ],
    [
      "our cell without the sheet's prefix",
      sheet,
      (x) => x.replace(/<x:c r="C4"/, '<c r="C4"'),
      /<c> added without the SpreadsheetML prefix/,
      "prefixed",
    ],
    ["a row closed wrongly", sheet, (x) => x.replace(/<\/x:row>/, "</row>"), /not well-formed/, "prefixed"],
  ])("%s", (_what, part, f, says, name = "all") => {
    const { check, copy, original } = cases.get(name) as Case;
    expect(markDiff(original, tamper(copy, part, f), check.plan).problems.join("\n")).toMatch(says);
  });
});

const available = hasLibreOffice();
const maybe = available ? describe : describe.skip;
if (!available) process.stderr.write("LibreOffice not installed: the LibreOffice part of preserve.test.ts skipped\n");

maybe("in LibreOffice", () => {
  let dir: string;
  let saved: Case;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-preserve-"));
    // The workbook with everything, saved by LibreOffice: its own parts for charts, tables, notes and styles.
    const source = path.join(dir, "all.xlsx");
    await fs.writeFile(source, (cases.get("all") as Case).original);
    const [out] = convert(dir, [source], "xlsx:Calc MS Excel 2007 XML");
    saved = run(new Uint8Array(await fs.readFile(out)), "a.xlsx");
  }, 240_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("a workbook saved by LibreOffice with these features is marked only where the marks go, and clears back", () => {
    const parts = Object.keys(unzipSync(saved.original));
    expect(parts.filter((p) => /chart|drawing|table|comments|pivot/.test(p)).length).toBeGreaterThanOrEqual(6);
    expect(saved.check.plan.marks.filter((m) => m.sheet === MARKED).length).toBeGreaterThanOrEqual(5);
    expect(markDiff(saved.original, saved.copy, saved.check.plan).problems).toEqual([]);
    expect(differentParts(saved.original, clearPackage(saved.copy))).toEqual([]);
    expect(differentParts(saved.copy, again(saved))).toEqual([]);
  });

  it("every marked copy opens (converted to PDF in one run)", async () => {
    const files: string[] = [];
    for (const [name, c] of [...cases, ["lo", saved] as const]) {
      const file = path.join(dir, `${name}-marked.${c.check.outputExtension}`);
      await fs.writeFile(file, c.copy);
      files.push(file);
    }
    const pdfs = convert(dir, files, "pdf");
    for (const pdf of pdfs) {
      const head = await fs.readFile(pdf).then(
        (b) => b.subarray(0, 4).toString(),
        () => "missing",
      );
      expect([path.basename(pdf), head]).toEqual([path.basename(pdf), "%PDF"]);
    }
  }, 600_000);
});

describe("note shape numbers", () => {
  const vml = (idmap: string, ids: number[]) =>
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">${idmap}${ids.map((id) => `<v:shape id="_x0000_s${id}"></v:shape>`).join("")}</xml>`;
  const added = (xml: string, count: number, blocks: number[]) => {
    const splice = new Splice(xml);
    const notes = Array.from({ length: count }, (_, i) => ({ row: i, col: 0 }));
    patchVml(xml, notes, () => blocks.shift() as number, splice);
    const text = splice.apply().text;
    return {
      ids: [...text.slice(xml.length - 6).matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])),
      idmap: /data="([^"]*)"/.exec(text)?.[1],
    };
  };

  it("are free numbers in the drawing's own blocks; a full block makes the drawing take a new one", () => {
    expect(added(vml('<o:idmap v:ext="edit" data="2"/>', [2049, 2051]), 2, [9])).toEqual({
      ids: [2050, 2052],
      idmap: "2",
    });
    const full = Array.from({ length: 1022 }, (_, i) => 1025 + i);
    expect(added(vml('<o:idmap v:ext="edit" data="1"/>', full), 3, [9])).toEqual({
      ids: [2047, 9217, 9218],
      idmap: "1,9",
    });
  });

  it("without an idmap (LibreOffice), are in the blocks its shapes use", () => {
    expect(added(vml("", [1025]), 1, [9])).toEqual({ ids: [1026], idmap: undefined });
  });
});
