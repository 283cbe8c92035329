import {
  kindName,
  profileChoices,
  RULES,
  SETTING_NAMES,
  severityName,
  showSetting,
  type Profile,
  type Rule,
  type Severity,
  type TableKind,
} from "../../core";
import { parse, profileOption, UsageError } from "../args";
import { EXIT_OK, type Io } from "../io";
import type { Command } from "./types";

const USAGE = "jixiao-check rules [--profile 表格式] [--format text|json]";

const HELP = `用法：${USAGE}

列出全部检查规则：规则编号、级别、适用的表和说明。规则编号就是检查报告和“检查结果”表中的“规则”。
加 --profile 时只列出该表格式检查的规则，级别按该表格式，并列出各规则的选项及取值。

选项：
  --profile 表格式     ${profileChoices()}
  --format text|json   输出格式，默认 text
  -h, --help           显示本帮助
`;

interface Listed {
  id: string;
  name: string;
  severity: Severity;
  kinds: TableKind[];
  description: string;
  options?: Record<string, unknown>;
}

function listed(r: Rule, severity: Severity, profile: Profile | null): Listed {
  const out: Listed = { id: r.id, name: r.docs.name, severity, kinds: [...r.kinds], description: r.docs.description };
  if (profile && r.options?.length) out.options = Object.fromEntries(r.options.map((k) => [k, profile.settings[k]]));
  return out;
}

/** The rules a profile runs on some kind of table, with the severity it gives them. */
function rulesOf(profile: Profile): Listed[] {
  const out: Listed[] = [];
  for (const r of RULES) {
    const sev = profile.settings.rules[r.id];
    if (sev === "off") continue;
    if (r.requires && !r.kinds.some((k) => profile.forms[k][r.requires!])) continue;
    out.push(listed(r, sev ?? r.severity, profile));
  }
  return out;
}

type OptionKey = keyof typeof SETTING_NAMES;

function optionText(key: OptionKey, value: unknown): string {
  return `${SETTING_NAMES[key]}：${showSetting(key, value as never)}`;
}

export const rules: Command = {
  name: "rules",
  summary: "列出全部检查规则",
  usage: USAGE,
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values } = parse(
      args,
      { profile: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
      "rules",
    );
    if (values.format !== undefined && values.format !== "text" && values.format !== "json")
      throw new UsageError(`--format 只能是 text 或 json（用 jixiao-check rules --help 查看用法）`);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    const profile = profileOption(values.profile) ?? null;
    const list = profile ? rulesOf(profile) : RULES.map((r) => listed(r, r.severity, null));
    if (values.format === "json") {
      const head = profile
        ? {
            profile: {
              id: profile.id,
              name: profile.name,
              description: profile.description,
              forms: profile.forms,
              hierarchy: profile.hierarchy,
            },
          }
        : {};
      io.stdout.write(`${JSON.stringify({ ...head, rules: list }, null, 2)}\n`);
      return EXIT_OK;
    }
    if (profile) io.stdout.write(`表格式 ${profile.id}：${profile.name}。${profile.description}。\n`);
    const width = Math.max(...list.map((r) => r.id.length)) + 2;
    for (const r of list) {
      io.stdout.write(
        `${r.id.padEnd(width)}${severityName(r.severity)}  ${r.name}：${r.description}（${r.kinds.map(kindName).join("、")}）\n`,
      );
      for (const [k, v] of Object.entries(r.options ?? {}))
        io.stdout.write(`${" ".repeat(width)}  ${optionText(k as OptionKey, v)}\n`);
    }
    io.stdout.write(`共 ${list.length} 条规则。\n`);
    return EXIT_OK;
  },
};
