import { checkFile, WorkbookReadError, type WorkbookWriteError } from "../../xlsx";
import { profileChoices, SettingsError } from "../../core";
import { parse, profileOption, UsageError } from "../args";
import { formatJson, formatText, type FileOutcome } from "../format";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, paint, useColor, type Io } from "../io";
import { Progress } from "../progress";
import { fileReport } from "../report";
import type { Command } from "./types";

const USAGE = "jixiao-check check 文件.xlsx... [--profile 表格式] [--format text|json] [--out 目录] [--no-copy]";

const HELP = `用法：${USAGE}

检查工作簿中的每一张绩效目标表、运行监控表和绩效自评表，在终端列出问题，并写出标记副本
（原名.checked.xlsx：错误标红、警告标橙、提示标紫，单元格备注写明问题和改法；监控表写入亮灯，
自评表写入得分；另加“检查结果”工作表）。原文件不会被改动。使用加载项保存在工作簿中的设置
（没有则用默认设置）；每张表按其格式（表格式）检查，未指定时按表的内容自动判断。

选项：
  --profile 表格式    每张表都按此表格式检查（${profileChoices()}）
  --format text|json  输出格式：text 为分表的可读报告（默认）；json 为一个 JSON 对象
  --out 目录          标记副本写到此目录（不存在则创建）；默认与原文件同目录
  --no-copy           只检查，不写标记副本
  -h, --help          显示本帮助

没有绩效表的文件算作错误（no-table），不写标记副本。已有的标记副本会被替换，输出中会注明。

退出码：0 没有错误；1 发现错误（含没有绩效表的文件）；2 用法有误或文件无法读取。

示例：
  jixiao-check check 绩效目标表.xlsx
  jixiao-check check *.xlsx --out 检查结果 --format json > 结果.json
`;

const OPTIONS = {
  profile: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  "no-copy": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Failures where another folder helps: the hint names --out only when the user has not given it. */
const PLACE_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOTDIR", "EEXIST", "EISDIR", "ENOSPC"]);

function writeErrorLine(e: WorkbookWriteError, outGiven: boolean): string {
  const hint = !outGiven && e.code && PLACE_CODES.has(e.code) ? "（可用 --out 目录 把标记副本写到别处）" : "";
  return `${e.message}${hint}`;
}

/** One unreadable or unwritable file -> its outcome; anything else is a bug worth saying so. */
function failure(file: string, e: unknown): FileOutcome {
  if (e instanceof WorkbookReadError) return { file, error: { code: e.code, message: e.message } };
  if (e instanceof SettingsError)
    return { file, error: { code: "settings", message: `${file}：工作簿中保存的${e.message}` } };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    file,
    error: { code: "internal", message: `${file}：检查时出现内部错误（${detail}），请将此文件发给维护人员` },
  };
}

export const check: Command = {
  name: "check",
  summary: "检查一个或多个工作簿，写出标记副本",
  usage: USAGE,
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals: files } = parse(args, OPTIONS, "check");
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--format 只能是 text 或 json，收到：${format}`);
    if (files.length === 0) throw new UsageError("缺少要检查的文件。用法：jixiao-check check 文件.xlsx...");
    if (values.out === "") throw new UsageError("--out 需要一个目录");
    const profile = profileOption(values.profile)?.id;

    const several = files.length > 1;
    const progress = new Progress(io.stderr, files.length, several && !!io.stderr.isTTY);
    const outcomes: FileOutcome[] = [];
    const taken = new Set<string>();
    for (const [i, file] of files.entries()) {
      progress.update(i, file);
      try {
        const result = await checkFile(file, { outDir: values.out, copy: !values["no-copy"], taken, profile });
        outcomes.push({ file, check: result, replaced: !!result.replaced });
        if (result.writeError) {
          progress.clear();
          io.stderr.write(`${writeErrorLine(result.writeError, values.out !== undefined)}\n`);
        }
      } catch (e) {
        const outcome = failure(file, e);
        outcomes.push(outcome);
        progress.clear();
        io.stderr.write(`${outcome.error?.message}\n`);
      }
    }
    progress.clear();

    if (format === "json") {
      // A single unreadable file leaves stdout empty: the stderr line and exit code 2 say it all.
      if (several || outcomes[0].check) io.stdout.write(formatJson(outcomes, several) + "\n");
    } else if (outcomes.some((o) => o.check)) {
      io.stdout.write(formatText(outcomes, paint(useColor(io.stdout, io.env))));
    }

    if (outcomes.some((o) => o.error || o.check?.writeError)) return EXIT_USAGE;
    return outcomes.some((o) => o.check && fileReport(o.check).summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
  },
};
