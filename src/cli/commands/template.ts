import * as path from "node:path";
import {
  buildTemplate,
  canBeSource,
  findTables,
  kindName,
  profileTemplateOptions,
  TEMPLATE_KINDS,
  TEMPLATE_PROFILE,
  templateProfile,
  type Table,
  type TableKind,
} from "../../core";
import { exists, readSnapshot, WorkbookReadError, WorkbookWriteError, writeTemplateFile } from "../../xlsx";
import { parse, profileOption, UsageError } from "../args";
import { EXIT_OK, EXIT_USAGE, type Io } from "../io";
import type { Command } from "./types";

const USAGE = "jixiao-check template 类型 [--from 文件.xlsx] [--project 项目编码] [--profile 表格式] --out 新文件.xlsx";

const HELP = `用法：${USAGE}

按模板新建一张表，写成一个新的 .xlsx 文件（已有文件不会被覆盖）。

类型（英文或中文均可）：
  target           目标表：绩效目标表（空白，含一级/二级指标下拉、指标值填写提示、支出计划 25%/50%/75%/100%）
  monitoring       监控表：运行监控表（按 --from 中的目标表预填项目、预算、支出计划和指标）
  self-evaluation  自评表：绩效自评表（财预〔2020〕10号格式，按目标表预填指标和默认分值）

选项：
  --from 文件.xlsx     从这个工作簿中的绩效目标表预填（monitoring、self-evaluation 用）
  --project 项目编码   --from 中有多张表时，选项目编码相同的那张；默认第一张目标表
  --profile 表格式     按此表格式的版式和分值（如 central 的目标表没有支出计划）；默认 ${TEMPLATE_PROFILE}
  --out 新文件.xlsx    要写出的新文件；文件已存在时不写，请换一个名字
  -h, --help           显示本帮助

退出码：0 已写出；2 用法有误、文件无法读取或输出文件已存在。

示例：
  jixiao-check template target --out 绩效目标表.xlsx
  jixiao-check template monitoring --from 绩效目标表.xlsx --project 13020924P000558100016 --out 监控表.xlsx
  jixiao-check template self-evaluation --from 绩效目标表.xlsx --out 自评表.xlsx
  jixiao-check template 监控表 --from 绩效目标表.xlsx --out 监控表.xlsx
`;

const OPTIONS = {
  profile: { type: "string" },
  from: { type: "string" },
  project: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const KIND_LIST = TEMPLATE_KINDS.map((k) => `${k}（${kindName(k)}）`).join("、");

/** The kind as typed: its id, or its Chinese name in full or short, with or without 表 (绩效自评表, 绩效自评, 自评表, 自评). */
const KIND_NAMES = new Map<string, TableKind>();
for (const k of TEMPLATE_KINDS) {
  const full = kindName(k);
  const short = full.replace(/^(绩效|运行)/, "");
  for (const name of [k, full, short]) KIND_NAMES.set(name, k).set(name.replace(/表$/, ""), k);
}

function kindOf(text: string): TableKind | undefined {
  const key = text.trim();
  return KIND_NAMES.get(key) ?? KIND_NAMES.get(key.toLowerCase());
}

function describe(t: Table): string {
  const code = t.projectCodeText || "（无编码）";
  return `${code} ${t.projectNameText}`.trim();
}

/** The source table: by 项目编码, else the first target table, else the first table. */
function pickTable(found: Table[], file: string, project: string | undefined): Table {
  if (found.length === 0) throw new UsageError(`${file}：没有找到绩效表（需有“项目名称”“一级指标”等标签）`);
  const tables = found.filter(canBeSource);
  if (tables.length === 0)
    throw new UsageError(`${file}：其中的绩效表还是空白（项目名称、编码和指标都未填写），请先填好目标表再预填`);
  if (project !== undefined) {
    const want = project.trim().toUpperCase();
    const found = tables.find((t) => t.projectCodeText.toUpperCase() === want);
    if (!found) {
      const list = tables.slice(0, 5).map(describe).join("；");
      throw new UsageError(
        `${file}：找不到项目编码为 ${project} 的表。表中有：${list}${tables.length > 5 ? " 等" : ""}`,
      );
    }
    return found;
  }
  return tables.find((t) => t.kind === "target") ?? tables[0];
}

export const template: Command = {
  name: "template",
  summary: "按模板新建绩效目标表、运行监控表或绩效自评表",
  usage: USAGE,
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, OPTIONS, "template");
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError(`缺少表类型。用法：${USAGE}`);
    if (positionals.length > 1) throw new UsageError(`只能指定一个表类型，收到：${positionals.join(" ")}`);
    const kind = kindOf(positionals[0]);
    if (!kind) throw new UsageError(`未知表类型：${positionals[0]}。可选：${KIND_LIST}`);
    const out = values.out;
    if (!out) throw new UsageError("缺少 --out：请指定要新建的文件，如 --out 监控表.xlsx");
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应为 .xlsx 文件，收到：${out}`);
    if (kind === "target" && values.from !== undefined)
      throw new UsageError("新建绩效目标表不需要 --from：--from 只用于 monitoring 和 self-evaluation");
    if (values.project !== undefined && values.from === undefined)
      throw new UsageError("--project 需要与 --from 一起使用：先指定从哪个文件选表");
    if (values.from !== undefined && path.resolve(values.from) === path.resolve(out))
      throw new UsageError(`${out}：不能写到 --from 的文件上，请换一个文件名`);
    if (await exists(out)) throw new UsageError(`${out}：文件已存在，不会覆盖。请换一个文件名`);

    const profile = profileOption(values.profile) ?? templateProfile();
    let source: Table | null = null;
    if (values.from !== undefined) {
      try {
        const snapshot = await readSnapshot(values.from);
        source = pickTable(findTables(snapshot), values.from, values.project);
      } catch (e) {
        if (e instanceof WorkbookReadError) {
          io.stderr.write(`${e.message}\n`);
          return EXIT_USAGE;
        }
        throw e;
      }
    }
    const sheet = buildTemplate(kind, source, profileTemplateOptions(profile));
    let name: string;
    try {
      name = await writeTemplateFile(sheet, out);
    } catch (e) {
      if (e instanceof WorkbookWriteError) {
        io.stderr.write(`${e.message}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
    const from = source ? `，预填自 ${describe(source)}` : "";
    io.stdout.write(`已新建${kindName(kind)}“${name}”${from}：${out}\n`);
    return EXIT_OK;
  },
};
