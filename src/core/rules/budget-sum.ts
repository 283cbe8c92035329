import type { CellRef } from "../model";
import { Big, ShownNumber } from "../money";
import { squash } from "../text";
import { defineRule } from "./types";
import { showMoney, shownNumber, sumDisagrees } from "./support";
import { isBlankCell } from "../read/cells";

interface Amount {
  name: string;
  /** As shown ("0.80"), or "0" for a blank source. */
  text: string;
  shown: ShownNumber;
  cell: CellRef;
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
    for (const s of funds.sources) {
      if (isBlankCell(s.amount)) {
        amounts.push({ name: s.name, text: "0", shown: ZERO, cell: s.amount });
        continue;
      }
      const shown = shownNumber(s.amount);
      if (!shown || shown.percent) {
        sourcesOk = false;
        ctx.report({
          cell: s.amount,
          messageId: "sourceNotNumber",
          data: { name: s.name, text: squash(s.amount.text || String(s.amount.value)) },
        });
        continue;
      }
      amounts.push({ name: s.name, text: squash(s.amount.text), shown, cell: s.amount });
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
    const budget = shownNumber(funds.budget);
    if (!budget || budget.percent) {
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
        budget: squash(funds.budget.text) || budget.big.toString(),
        sum: showMoney(off.shownSum, Math.max(decimals, budget.decimals)),
        parts: amounts.map((a) => `${a.name} ${a.text}`).join(" + "),
      },
    });
  },
});
