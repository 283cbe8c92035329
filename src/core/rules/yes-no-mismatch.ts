import { squash } from "../text";
import { defineRule } from "./types";

/** A 是否… indicator answered the other way than its wording expects (是否超预算支出 answered 是). */
export const yesNoMismatch = defineRule({
  id: "yes-no-mismatch",
  severity: "warning",
  kinds: ["self-evaluation"],
  docs: {
    name: "是否题答反",
    description: "是否类指标的实际回答与预期相反（如“是否超预算支出”填了“是”）",
  },
  messages: {
    mismatch:
      "“{{question}}”应为“{{expected}}”，实际填写“{{text}}”：未达成，得分应在分值的 0–60% 之间。请核实，并在偏差原因中说明。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (!a) return;
    table.indicators.forEach((it, i) => {
      const r = a.rows[i].reading;
      if (!it.actual || it.parsed.kind !== "yesno" || r.kind !== "answer" || r.level !== "failed") return;
      ctx.report({
        cell: it.actual,
        messageId: "mismatch",
        data: { question: squash(it.parsed.question), expected: it.parsed.expected, text: it.actual.text.trim() },
      });
    });
  },
});
