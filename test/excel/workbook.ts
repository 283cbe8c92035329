/** The host tests' workbook: 10 sheets of 5 seed tables each, and plans made by hand for it. */
import {
  FILLS,
  NOTE_PREFIX,
  parseA1,
  SUMMARY_SHEET,
  toA1,
  type Report,
  type SummaryCell,
  type WritePlan,
} from "../../src/core";
import { SheetBuilder } from "../fixtures/sheet-builder";
import { SEED_PROJECTS, writeTargetTable, type WrittenTable } from "../fixtures/seed";
import { sheetDataFromSnapshot, type FakeWorkbookData } from "../support/fake-excel";

export interface BuiltSheet {
  builder: SheetBuilder;
  tables: WrittenTable[];
}

export function buildSheets(sheetCount = 10, tablesPerSheet = 5): BuiltSheet[] {
  return Array.from({ length: sheetCount }, (_, s) => {
    const builder = new SheetBuilder(`目标表${s + 1}`);
    const tables: WrittenTable[] = [];
    let top = 0;
    for (let t = 0; t < tablesPerSheet; t++) {
      const table = writeTargetTable(builder, SEED_PROJECTS[(s + t) % SEED_PROJECTS.length], top, 0, { title: true });
      tables.push(table);
      top = table.bottom + 3;
    }
    return { builder, tables };
  });
}

export function workbookData(sheets: BuiltSheet[], extra: Partial<FakeWorkbookData> = {}): FakeWorkbookData {
  return { name: "预算绩效.xlsx", sheets: sheets.map((s) => sheetDataFromSnapshot(s.builder.toSnapshot())), ...extra };
}

/** Cells of a table the plans point at. */
export function budgetCell(t: WrittenTable): string {
  return toA1(t.budgetRow, t.left + 2);
}
export function targetCell(t: WrittenTable): string {
  return toA1(t.firstIndicatorRow, t.left + 5);
}
/** 其他资金's value cell: blank in the seed, where the engine writes a computed 0. */
export function otherFundsCell(t: WrittenTable): string {
  return toA1(t.budgetRow, t.left + 6);
}

export interface PlanOptions {
  /** Cells ("sheet!A1") left out of this plan, as if the user fixed them. */
  skip?: Set<string>;
}

/** Per table: an error on 预算数, a warning on the first 指标值, a computed value in 其他资金. */
export function handPlan(sheets: BuiltSheet[], opts: PlanOptions = {}): { report: Report; plan: WritePlan } {
  const plan: WritePlan = {
    marks: [],
    writes: [],
    summary: { name: SUMMARY_SHEET, widths: [12, 14, 60, 10], rows: [] },
  };
  const findings: Report["findings"] = [];
  const rows: SummaryCell[][] = [[{ value: "绩效表检查结果", bold: true }, { value: "测试" }], []];
  let table = 0;
  for (const s of sheets) {
    const sheet = s.builder.name;
    s.tables.forEach((t) => {
      const marks = [
        { cell: budgetCell(t), severity: "error" as const, message: "预算数与资金来源合计不等。" },
        { cell: targetCell(t), severity: "warning" as const, message: "指标值未量化。" },
      ];
      for (const m of marks) {
        if (opts.skip?.has(`${sheet}!${m.cell}`)) continue;
        const pos = parseA1(m.cell) ?? { row: 0, col: 0 };
        plan.marks.push({
          sheet,
          cell: m.cell,
          ...pos,
          severity: m.severity,
          fill: FILLS[m.severity],
          note: `${NOTE_PREFIX}\n${m.severity === "error" ? "错误" : "警告"}：${m.message}`,
        });
        findings.push({
          rule: "hand",
          severity: m.severity,
          sheet,
          cell: m.cell,
          ...pos,
          projectCode: "",
          messageId: "hand",
          data: {},
          message: m.message,
          table,
        });
        rows.push([
          { value: m.severity === "error" ? "错误" : "警告", fill: FILLS[m.severity] },
          { value: sheet },
          { value: m.message },
          { value: m.cell, link: { sheet, cell: m.cell } },
        ]);
      }
      plan.writes.push({
        sheet,
        cell: otherFundsCell(t),
        row: t.budgetRow,
        col: t.left + 6,
        value: 0,
        numFmt: "0.00",
        note: `${NOTE_PREFIX}其他资金按 0 计。`,
      });
      table++;
    });
  }
  plan.summary.rows = rows;
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    plan,
    report: {
      tables: [],
      findings,
      summary: {
        sheets: sheets.length,
        tables: table,
        indicators: 0,
        errors,
        warnings: findings.length - errors,
        infos: 0,
      },
    },
  };
}
