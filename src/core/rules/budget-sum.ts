import type { CellRef } from "../model";
import { Big, ShownNumber } from "../money";
import { squash } from "../text";
import { defineRule } from "./types";
import { rawCell, showMoney, sumDisagrees } from "./support";
import { isBlankCell } from "../read/cells";

interface Amount {
  name: string;
  /** As shown ("0.80"), or "0" for a blank source. */
  text: string;
  /** In 万元, at the precision shown. */
  shown: ShownNumber;
  /** The typed value behind the figure, where the cell holds the figure alone in 万元. */
  cell: Pick<CellRef, "text" | "value" | "format">;
}

const ZERO = ShownNumber.ofPlain("0");

/** 预算数 equals the sum of its sources, at the precision shown; a blank source counts as 0 (domain.md §3). */
export const budgetSum = defineRule({
  id: "budget-sum",
  severity: "error",
  kinds: ["target"],
  docs: {
    name: "预算数与来源不符",
    description: "预算数应等于各资金来源之和（按显示精度比较，空白来源按 0 计）",
  },
  messages: {
    mismatch: "预算数 {{budget}} 不等于资金来源合计 {{sum}}（{{parts}}）。请改正预算数或资金来源。",
    budgetBlank: "预算数为空。请填写本项目预算数（万元）{{hint}}。",
    budgetNotNumber: "预算数“{{text}}”不是金额。请填写数字（万元，如 0.81）{{hint}}。",
    sourceNotNumber: "{{name}}“{{text}}”不是金额。请填写数字（万元），没有此项资金可留空或填 0。",
  },
  check(table, ctx) {
    const funds = table.funds;
    if (!funds) return;
    let sourcesOk = true;
    const amounts: Amount[] = [];
    const sources = funds.sources;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      if (isBlankCell(s.amount)) {
        amounts.push({ name: s.name, text: "0", shown: ZERO, cell: s.amount });
        continue;
      }
      const shown = s.amountWan;
      if (!shown) {
        sourcesOk = false;
        ctx.report({
          cell: s.amount,
          messageId: "sourceNotNumber",
          data: { name: s.name, text: squash(s.amount.text || String(s.amount.value)) },
        });
        continue;
      }
      amounts.push({
        name: s.name,
        text: shownText(s.amount, shown, funds.unit),
        shown,
        cell: rawCell(s.amount, shown, funds.unit),
      });
    }
    const decimals = Math.max(0, ...amounts.map((a) => a.shown.decimals));
    // Only the two findings about the budget cell itself quote the sum.
    const hint = (): string => {
      if (!sourcesOk || !amounts.length) return "";
      const sum = amounts.reduce((s, a) => s.plus(a.shown.big), new Big(0));
      return `，应等于资金来源合计 ${showMoney(sum, decimals)}`;
    };

    if (isBlankCell(funds.budget)) {
      ctx.report({ cell: funds.budget, messageId: "budgetBlank", data: { hint: hint() } });
      return;
    }
    const budget = funds.budgetWan;
    if (!budget) {
      ctx.report({
        cell: funds.budget,
        messageId: "budgetNotNumber",
        data: { text: squash(funds.budget.text || String(funds.budget.value)), hint: hint() },
      });
      return;
    }
    if (!sourcesOk || amounts.length === 0) return;
    const off = sumDisagrees({ shown: budget }, amounts);
    if (!off) return;
    ctx.report({
      cell: funds.budget,
      messageId: "mismatch",
      data: {
        budget: shownText(funds.budget, budget, funds.unit),
        sum: showMoney(off.shownSum, Math.max(decimals, budget.decimals)),
        parts: amounts.map((a) => `${a.name} ${a.text}`).join(" + "),
      },
    });
  },
});

/** A figure for a message: the cell's text when it is the figure in 万元, else the figure in 万元 with its unit. */
function shownText(cell: CellRef, shown: ShownNumber, unit: string): string {
  return rawCell(cell, shown, unit) === cell
    ? squash(cell.text) || shown.big.toString()
    : `${showMoney(shown.big, shown.decimals)}万元`;
}
