import { RULES } from "./rules";

/** Names of findings no rule reports: a rule that broke, a file with no table (the command line's). */
const OTHER_NAMES: Record<string, string> = {
  "engine-error": "规则运行出错",
  "no-table": "未找到绩效表",
  uncalculated: "公式没有计算结果",
};

let names: Map<string, string> | null = null;

/** The short Chinese name users see for a finding's rule; the id itself where none is known. */
export function ruleName(id: string): string {
  names ??= new Map([...RULES.map((r) => [r.id, r.docs.name] as const), ...Object.entries(OTHER_NAMES)]);
  return names.get(id) ?? id;
}
