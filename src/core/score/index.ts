import type { CellRef, Table } from "../model";
import { isBlankCell } from "../read/cells";
import { LIGHT_FILLS, LIGHT_NAMES } from "../plan-types";
import type { Settings } from "../settings";
import { bandsText, lightName, progressText, scoreText, show, showWan, showPercent } from "./explain";
import { analyzeMonitoring, worstLight } from "./lights";
import { analyzeSelfEvaluation, gradeOf, round2 } from "./self-evaluation";
import type { ComputedCell, TableAnalysis } from "./types";

function blank(cell: CellRef | null | undefined): cell is CellRef {
  return !!cell && isBlankCell(cell);
}

function monitoring(table: Table, s: Settings): TableAnalysis {
  const m = analyzeMonitoring(table, s);
  const rowLights = m.rows.map((r) => r.light);
  const computed: ComputedCell[] = [];
  table.indicators.forEach((it, i) => {
    const light = rowLights[i];
    if (!light || !blank(it.result)) return;
    computed.push({
      row: it.result.row,
      col: it.result.col,
      value: LIGHT_NAMES[light],
      fill: LIGHT_FILLS[light],
      note: `监控结果由检查计算：${progressText(it, m.rows[i], m.month)}，${lightName(light)}（${bandsText(s)}）。`,
    });
  });
  const spendLight = m.spend?.light ?? null;
  const light = worstLight([...rowLights, spendLight]);
  const out: TableAnalysis = { rowLights, spendLight, computed, monitoring: m };
  if (light) out.light = light;
  return out;
}

function selfEvaluation(table: Table, s: Settings): TableAnalysis {
  const a = analyzeSelfEvaluation(table, s);
  const info = table.selfEvaluation;
  const computed: ComputedCell[] = [];
  const ex = a.execution;
  if (blank(info?.rate) && ex.rate !== null && ex.spent !== null && ex.budgetFull !== null)
    computed.push({
      row: info.rate.row,
      col: info.rate.col,
      value: ex.rate,
      numFmt: "0.00%",
      note: `执行率由检查计算：全年执行数 ${showWan(ex.spent)} ÷ 全年预算数 ${showWan(ex.budgetFull)} = ${showPercent(ex.rate * 100)}。`,
    });
  if (blank(info?.score) && ex.computed !== null && ex.rate !== null)
    computed.push({
      row: info.score.row,
      col: info.score.col,
      value: ex.computed,
      numFmt: "0.00",
      note: `得分由检查计算：执行率 ${showPercent(ex.rate * 100)}（超过100%按100%计）× 分值 ${show(ex.weight)} = ${show(ex.computed)}。`,
    });
  table.indicators.forEach((it, i) => {
    const row = a.rows[i];
    if (!blank(it.score) || row.computed === null) return;
    computed.push({
      row: it.score.row,
      col: it.score.col,
      value: row.computed,
      numFmt: "0.00",
      note: `得分由检查计算：${scoreText(it, row)}。`,
    });
  });
  // The table's score: its own scores where they are right, the computed ones where they are not.
  const score = round2(a.score);
  const grade = gradeOf(score, s);
  if (blank(info?.total) && a.complete) {
    const total = round2(a.total);
    computed.push({
      row: info.total.row,
      col: info.total.col,
      value: a.total,
      numFmt: "0.00",
      note: `总分由检查计算：执行率得分与各指标得分之和 = ${total.toFixed(2)}，等级“${gradeOf(total, s)}”（优≥${s.grades.excellent}，良≥${s.grades.good}，中≥${s.grades.pass}）。`,
    });
  }
  return { score, grade, computed, selfEvaluation: a };
}

/** Lights for monitoring tables, scores for self-evaluations; nothing to derive for a target table. */
export function analyzeTable(table: Table, settings: Settings): TableAnalysis {
  switch (table.kind) {
    case "monitoring":
      return monitoring(table, settings);
    case "self-evaluation":
      return selfEvaluation(table, settings);
    default:
      return { computed: [] };
  }
}
