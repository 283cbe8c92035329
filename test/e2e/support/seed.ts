import { toA1, type WorkbookSnapshot } from "../../../src/core";
import { buildSeedSheet, cloneProject, SEED_PROJECTS } from "../../fixtures/seed";
import { sheetDataFromSnapshot, type FakeWorkbookData } from "../../support/fake-excel";

export const SEED_SHEET = "绩效目标表";
/** What the user had on the 预算数 cell before any check: a fill and a note that must come back. */
export const USER_FILL = "#00B0F0";
export const USER_NOTE = "预算数已与财政局核对";

export interface SeedWorkbook {
  data: FakeWorkbookData;
  /** The same workbook as the engine reads it, to compute the expected report in the test. */
  snapshot: WorkbookSnapshot;
  /** A1 address of the first table's 预算数 cell. */
  budgetCell: string;
}

/**
 * The seed sheet as a fake workbook. `broken`: the first table's 财政资金 is 0.80 against a 预算数 of
 * 0.81, which the engine must report at the 预算数 cell.
 */
export function seedWorkbook(broken = false): SeedWorkbook {
  const projects = [...SEED_PROJECTS];
  if (broken) {
    const p = cloneProject(0);
    p.fiscal = 0.8;
    projects[0] = p;
  }
  const { builder, tables } = buildSeedSheet(SEED_SHEET, projects);
  const sheet = builder.toSnapshot();
  const budgetCell = toA1(tables[0].budgetRow, tables[0].left + 2);
  const fakeSheet = sheetDataFromSnapshot(sheet);
  fakeSheet.cells![budgetCell] = { ...fakeSheet.cells![budgetCell], fill: USER_FILL, note: USER_NOTE };
  return { data: { name: "绩效目标表.xlsx", sheets: [fakeSheet] }, snapshot: { sheets: [sheet] }, budgetCell };
}
