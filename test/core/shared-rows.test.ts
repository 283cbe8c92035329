import { checkWorkbook, planWrites, type SheetSnapshot, type WorkbookSnapshot } from "../../src/core";
import { REAL_TABLES } from "../fixtures/real";
import { realWorkbook } from "../fixtures/real/transcription";
import { seedWorkbookSnapshot } from "../fixtures/seed";

/**
 * The exceljs reader's shape (src/xlsx/read.ts): a row of plain text under the default format is its
 * own values row as text, null where a merge leaves a gap, and has no format row. Returns the copy
 * and how many rows it shares.
 */
function shareRows(workbook: WorkbookSnapshot): { workbook: WorkbookSnapshot; shared: number } {
  let shared = 0;
  const sheets = workbook.sheets.map((sheet): SheetSnapshot => {
    const text: (string | null)[][] = [];
    const formats: string[][] = [];
    sheet.values.forEach((values, i) => {
      const own = sheet.text?.[i] ?? [];
      const fmts = sheet.formats?.[i] ?? [];
      const plain =
        values.every((v, j) => (v === null ? !own[j] : typeof v === "string" && own[j] === v)) &&
        own.length <= values.length &&
        fmts.every((f) => !f || f === "General");
      if (plain) shared++;
      // Every value of a plain row is text or null (checked above).
      text.push(plain ? (values as (string | null)[]) : own);
      formats.push(plain ? [] : fmts);
    });
    return { ...sheet, text, formats };
  });
  return { workbook: { ...workbook, sheets }, shared };
}

const WORKBOOKS: [string, () => WorkbookSnapshot][] = [
  ["the seed's three tables", seedWorkbookSnapshot],
  ...REAL_TABLES.map((t): [string, () => WorkbookSnapshot] => [t.id, () => realWorkbook(t.id, t.file, t.layout)]),
];

describe("a snapshot whose text rows are its values rows reads as one with rows of its own", () => {
  test("the seed's shared rows have gaps (null) where its merges are", () => {
    const { workbook } = shareRows(seedWorkbookSnapshot());
    expect(workbook.sheets[0].text?.filter((row) => row.includes(null)).length).toBeGreaterThan(5);
  });

  test.each(WORKBOOKS)("%s", (_, build) => {
    const own = build();
    const { workbook, shared } = shareRows(build());
    // Something to compare: the workbook has such rows.
    expect(shared).toBeGreaterThan(0);

    const a = checkWorkbook(own);
    const b = checkWorkbook(workbook);
    expect(b.report).toEqual(a.report);
    expect(b.tables).toEqual(a.tables);
    expect(planWrites(b, { source: "t.xlsx" })).toEqual(planWrites(a, { source: "t.xlsx" }));
  });
});
