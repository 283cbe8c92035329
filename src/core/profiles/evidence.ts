import type { Grid } from "../grid";
import type { ColumnRole, Table } from "../model";
import { readShown } from "../money";
import { memoText, toHalfWidth } from "../text";
import type { Evidence } from "./types";

/** The division code opening a project code: its first two digits are the province. */
const PROVINCE_CODE = /^\s*(\d{2})\d{4}/;

/** Rows above the table's range that may hold its title (a title line often stands outside it). */
const ABOVE = 2;
/** Rows read when the table has no indicator header. */
const HEAD_ROWS = 12;
/** A cell's words beyond this are a sentence (a goal, a purpose), not a label. */
const CELL_CHARS = 60;

/** One cell's words as headerText joins them: cut to CELL_CHARS, half-width, no white space. Labels repeat across tables. */
const squashCell = memoText((t: string): string =>
  toHalfWidth(t.length > CELL_CHARS ? t.slice(0, CELL_CHARS) : t).replace(/[\s\u00a0\u200b\ufeff]+/g, ""),
);

/** headerText's scratch list, reused: a new one per table grows its backing store a few times over. */
const WORDS: string[] = [];

/**
 * The header block's words, squashed: the title and labels, down to the indicator header (and the
 * row under it). Each cell is normalised on its own (memoised: a thousand tables repeat the same
 * labels) and the words are joined once, into the flat string the evidence's regexes read.
 */
function headerText(table: Table, grid: Grid): string {
  const { top, left, right, bottom } = table.range;
  const from = Math.max(top - ABOVE, grid.firstRow);
  const to = Math.min(table.header ? table.header.row + 1 : top + HEAD_ROWS, bottom);
  const c0 = grid.firstCol;
  const words = WORDS;
  words.length = 0;
  for (let r = from; r <= to; r++) {
    // The stored texts, read without a call per cell; a missing one falls back to grid.text.
    const texts = grid.rowTexts(r);
    // Cells past the stored row are empty.
    const end = Math.min(right, grid.rowEnd(r));
    for (let c = left; c <= end; c++) {
      const raw = texts?.[c - c0];
      const t = typeof raw === "string" ? raw : raw === null ? "" : grid.text(r, c);
      if (t) words.push(squashCell(t));
    }
  }
  const text = words.join("|");
  words.length = 0;
  return text;
}

/** 13 for 13020924P00056410001N, also when the code is glued to the name (51092324T…-项目). */
function province(table: Table): string {
  for (const cell of [table.projectCode, table.projectName]) {
    const m = cell ? PROVINCE_CODE.exec(cell.text) : null;
    if (m) return m[1];
  }
  return "";
}

/** A flat list: indicators, none under a first-level category. */
function isFlat(table: Table): boolean {
  const list = table.indicators;
  for (let i = 0; i < list.length; i++) if (list[i].level1Kind !== null) return false;
  return list.length > 0;
}

/** What a profile's evidence weighs, read once per table. */
export function evidenceOf(table: Table, grid: Grid): Evidence {
  const weight = table.selfEvaluation?.weight ? readShown(table.selfEvaluation.weight) : null;
  const columns = new Set(Object.keys(table.header?.columns ?? {}) as ColumnRole[]);
  return {
    kind: table.kind,
    text: headerText(table, grid),
    hasPlan: table.plan !== null,
    province: province(table),
    columns,
    executionWeight: weight && !weight.percent ? weight.toNumber() : null,
    flat: isFlat(table),
  };
}
