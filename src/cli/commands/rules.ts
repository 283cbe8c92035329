import { kindName, RULES, severityName } from "../../core";
import { parse, UsageError } from "../args";
import { EXIT_OK, type Io } from "../io";
import type { Command } from "./types";

const USAGE = "jixiao-check rules [--format text|json]";

const HELP = `用法：${USAGE}

列出全部检查规则：规则编号、级别、适用的表和说明。规则编号就是检查报告和“检查结果”表中的“规则”。

选项：
  --format text|json   输出格式，默认 text
  -h, --help           显示本帮助
`;

export const rules: Command = {
  name: "rules",
  summary: "列出全部检查规则",
  usage: USAGE,
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values } = parse(args, { format: { type: "string" }, help: { type: "boolean", short: "h" } }, "rules");
    if (values.format !== undefined && values.format !== "text" && values.format !== "json")
      throw new UsageError(`--format 只能是 text 或 json（用 jixiao-check rules --help 查看用法）`);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    const list = RULES.map((r) => ({
      id: r.id,
      name: r.docs.name,
      severity: r.severity,
      kinds: [...r.kinds],
      description: r.docs.description,
    }));
    if (values.format === "json") {
      io.stdout.write(`${JSON.stringify({ rules: list }, null, 2)}\n`);
      return EXIT_OK;
    }
    const width = Math.max(...list.map((r) => r.id.length)) + 2;
    for (const r of list)
      io.stdout.write(
        `${r.id.padEnd(width)}${severityName(r.severity)}  ${r.name}：${r.description}（${r.kinds.map(kindName).join("、")}）\n`,
      );
    io.stdout.write(`共 ${list.length} 条规则。\n`);
    return EXIT_OK;
  },
};
