import { clearFile, WorkbookReadError, WorkbookWriteError } from "../../xlsx";
import { parse, UsageError } from "../args";
import { EXIT_OK, EXIT_USAGE, type Io } from "../io";
import type { Command } from "./types";

const USAGE = "jixiao-check clear 文件.xlsx... [--out 目录]";

const HELP = `用法：${USAGE}

去掉标记副本中的全部标记（填充色、备注、写入的数值、“检查结果”表），写出副本
（原名.cleared.xlsx），即检查前的工作簿。原文件不会被改动。

选项：
  --out 目录    副本写到此目录（不存在则创建）；默认与原文件同目录
  -h, --help    显示本帮助

退出码：0 成功；2 用法有误或文件无法读取、写入。
`;

export const clear: Command = {
  name: "clear",
  summary: "去掉标记副本中的全部标记",
  usage: USAGE,
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals: files } = parse(
      args,
      { out: { type: "string" }, help: { type: "boolean", short: "h" } },
      "clear",
    );
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (files.length === 0) throw new UsageError("缺少文件。用法：jixiao-check clear 文件.xlsx...");
    if (values.out === "") throw new UsageError("--out 需要一个目录");
    const taken = new Set<string>();
    let failed = false;
    for (const file of files) {
      try {
        const output = await clearFile(file, { outDir: values.out, taken });
        io.stdout.write(`已去掉标记：${output}\n`);
      } catch (e) {
        if (!(e instanceof WorkbookReadError || e instanceof WorkbookWriteError)) throw e;
        io.stderr.write(`${e.message}\n`);
        failed = true;
      }
    }
    return failed ? EXIT_USAGE : EXIT_OK;
  },
};
