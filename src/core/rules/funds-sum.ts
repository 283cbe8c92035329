import type { CellRef, Funds } from "../model";
import { Big, readAmount, readShown, type ShownNumber } from "../money";
import { isBlankCell } from "../read/cells";
import { squash } from "../text";
import { columnName, rawCell, showMoney, sumDisagrees } from "./support";
import { defineRule } from "./types";

/** A dash or 无 where a source has no money in that column (其中 rows of the 财预〔2020〕10号 form). */
const NO_FIGURE = /^[-—–－―/／无]+$/;

const noFigure = (cell: CellRef): boolean => isBlankCell(cell) || NO_FIGURE.test(squash(cell.text));

/** A figure in 万元 shown in the table's own unit, as the user wrote it. */
function inTableUnit(b: Big, decimals: number, unit: Funds["unit"]): string {
  return unit === "元" ? showMoney(b.times(10000), Math.max(decimals - 4, 0)) : showMoney(b, decimals);
}

/** The cell's text where it is a plain figure in the table's unit, else the figure with its unit. */
function figureText(cell: CellRef, shown: ShownNumber, unit: Funds["unit"]): string {
  const own = readShown(cell);
  return own && !own.percent ? squash(cell.text) : `${inTableUnit(shown.big, shown.decimals, unit)}${unit}`;
}

interface Part {
  text: string;
  shown: ShownNumber;
  cell: Pick<CellRef, "text" | "value" | "format">;
}

/**
 * In a funds block with column headers (年初预算数 | 全年预算数 | 全年执行数), each column's total
 * (年度资金总额) equals its 其中 rows at the precision shown. A column whose 其中 rows are all blank
 * gives no breakdown and is not checked; where some are filled, a blank one counts as 0.
 */
export const fundsSum = defineRule({
  id: "funds-sum",
  severity: "error",
  kinds: ["self-evaluation", "monitoring"],
  docs: {
    name: "资金总额与分项不符",
    description:
      "资金表各列（年初预算数、全年预算数、执行数）的年度资金总额应等于其中各项资金之和（其中各项全空的列不查）",
  },
  messages: {
    mismatch:
      "{{total}}的{{column}} {{value}} 不等于其中各项之和 {{sum}}（{{parts}}）。请改正{{total}}或其中各项，使两者相符。",
    totalBlank: "{{total}}的{{column}}为空，其中各项之和为 {{sum}}（{{parts}}）。请填写{{total}}。",
  },
  check(table, ctx) {
    const funds = table.funds;
    if (!funds?.columns || funds.sources.length === 0) return;
    const unit = funds.unit;
    const total = squash(funds.budgetLabel.text).replace(/[:：]$/, "") || "资金总额";
    for (const { header, total: cell } of funds.columns) {
      const parts: (Part | null)[] = [];
      let readable = true;
      const sources = funds.sources;
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i];
        const part = ctx.grid.ref(s.label.row, header.col);
        const shown = noFigure(part) ? null : readAmount(part, unit);
        // A source that is no amount: the column is left alone (budget-sum reports it on a target table).
        if (!shown && !noFigure(part)) readable = false;
        parts.push(shown && { text: figureText(part, shown, unit), shown, cell: rawCell(part, shown, unit) });
      }
      const given = parts.filter((p): p is Part => p !== null);
      if (!readable || given.length === 0) continue;
      const decimals = Math.max(0, ...given.map((p) => p.shown.decimals));
      const data = {
        total,
        column: columnName(header, "金额"),
        parts: funds.sources.map((s, i) => `${s.name} ${parts[i]?.text ?? "0"}`).join(" + "),
      };
      if (isBlankCell(cell)) {
        const sum = given.reduce((s, p) => s.plus(p.shown.big), new Big(0));
        if (!sum.eq(0))
          ctx.report({ cell, messageId: "totalBlank", data: { ...data, sum: inTableUnit(sum, decimals, unit) } });
        continue;
      }
      const shown = readAmount(cell, unit);
      const off = shown && sumDisagrees({ shown }, given);
      if (!shown || !off) continue;
      ctx.report({
        cell,
        messageId: "mismatch",
        data: {
          ...data,
          value: figureText(cell, shown, unit),
          sum: inTableUnit(off.shownSum, Math.max(decimals, shown.decimals), unit),
        },
      });
    }
  },
});
