import { squash } from "../text";
import { defineRule } from "./types";
import { indicatorName, nameCell } from "./support";

/** A percent written in the name: （%） (%) [%] or a bare % / 百分比 at its end. */
const NAME_PERCENT = /\s*[（(［[【]\s*(%|％|百分比)\s*[）)］\]】]|\s*(%|％|百分比)\s*$/;
const VALUE_PERCENT = /%|％|百分比|百分数/;

/** A % inside the indicator's name beside a percent unit in its value: the unit is written twice. */
export const unitDuplicated = defineRule({
  id: "unit-duplicated",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "单位重复",
    description: "指标名称中已有“（%）”，指标值又带百分号或“百分比”，单位重复",
  },
  messages: {
    duplicated:
      "指标名称“{{name}}”中的“{{inName}}”与指标值“{{value}}”的单位“{{unit}}”重复。请删去名称中的“{{inName}}”，写作“{{fixed}}”。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      const t = it.parsed;
      if ((t.kind !== "numeric" && t.kind !== "range") || t.unitClass !== "percent") continue;
      const cell = nameCell(it);
      if (!cell) continue;
      const name = squash(cell.text);
      const m = NAME_PERCENT.exec(name);
      if (!m) continue;
      const fixed = name.replace(NAME_PERCENT, "").trim();
      if (!fixed) continue;
      ctx.report({
        cell,
        messageId: "duplicated",
        data: {
          name: name || indicatorName(it),
          inName: m[0].trim(),
          value: squash(it.targetText),
          unit: VALUE_PERCENT.exec(it.targetText)?.[0] ?? "%",
          fixed,
        },
      });
    }
  },
});
