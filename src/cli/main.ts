import { COMMANDS } from "./commands";
import { UsageError } from "./args";
import { EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io";

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 4;
  const list = Object.values(COMMANDS)
    .map((c) => `  ${c.name.padEnd(width)}${c.summary}`)
    .join("\n");
  const usages = Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join("\n");
  return `jixiao-check：检查预算绩效目标表（.xlsx），标出问题并写出标记副本。

用法：
${usages}
  jixiao-check <命令> --help    查看某个命令的用法

命令：
${list}

示例：
  jixiao-check check 绩效目标表.xlsx
  jixiao-check check a.xlsx b.xlsx --format json --out 检查结果

退出码：0 没有错误；1 发现错误；2 用法有误或文件无法读取。
`;
}

/** Runs the command line; resolves to the exit code and never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    if (name === undefined) {
      io.stderr.write("缺少命令。用法：jixiao-check check 文件.xlsx...（--help 查看帮助）\n");
      return EXIT_USAGE;
    }
    const sub = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.stdout.write(sub ? sub.help : mainHelp());
    return EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const hint = /\.xls[xm]?$/i.test(name) ? `检查文件请用：jixiao-check check ${name}` : "用 --help 查看可用命令";
    io.stderr.write(`未知命令：${name}（${hint}）\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
}

/** True when run as a program: directly (tsx, node lib/cli/main.js) or through bin/jixiao-check.js. */
function isEntry(): boolean {
  const entry = require.main;
  if (!entry) return false;
  return entry === module || /[\\/]bin[\\/]jixiao-check(\.js)?$/.test(entry.filename);
}

if (isEntry()) {
  // `jixiao-check ... | head` closes the pipe early: stop quietly instead of printing a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
