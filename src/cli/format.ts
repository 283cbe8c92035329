import {
  kindName,
  lightName,
  profileName,
  ruleName,
  severityName,
  type Finding,
  type Report,
  type Severity,
  type TableSummary,
} from "../core";
import type { FileCheck } from "../xlsx";
import type { Paint } from "./io";
import { fileReport } from "./report";

/** One file's outcome: checked, or not readable (with the line already shown on stderr). */
export interface FileOutcome {
  file: string;
  check?: FileCheck;
  /** The marked copy written took the place of an earlier one. */
  replaced?: boolean;
  error?: { code: string; message: string };
}

// ---------------------------------------------------------------------------------------------
// JSON: the issue's shape, one object, fields only ever added.

export interface JsonReport extends Report {
  /** The marked copy, or null with --no-copy (and for a file with no table). */
  output: string | null;
  /** True when the marked copy replaced an earlier one. */
  replaced: boolean;
}

function jsonOf(o: FileOutcome & { check: FileCheck }): JsonReport {
  const { tables, findings, summary } = fileReport(o.check);
  return { tables, findings, summary, output: o.check.output, replaced: !!o.replaced };
}

/** One file: {tables, findings, summary}; several: {files: [{file, ...}]}, an unreadable one as {file, error}. */
export function formatJson(outcomes: FileOutcome[], several: boolean): string {
  if (!several) {
    const only = outcomes[0];
    return JSON.stringify(only?.check ? jsonOf({ ...only, check: only.check }) : { error: only?.error ?? null });
  }
  const files = outcomes.map((o) =>
    o.check ? { file: o.file, ...jsonOf({ ...o, check: o.check }) } : { file: o.file, error: o.error },
  );
  return JSON.stringify({ files });
}

// ---------------------------------------------------------------------------------------------
// Text: a report grouped by table.

function severityLabel(s: Severity, p: Paint): string {
  const name = severityName(s);
  return s === "error" ? p.red(name) : s === "warning" ? p.yellow(name) : p.cyan(name);
}

function counts(t: { errors: number; warnings: number; infos: number }, p: Paint): string {
  const e = `错误 ${t.errors}`;
  const w = `警告 ${t.warnings}`;
  return [t.errors ? p.red(e) : e, t.warnings ? p.yellow(w) : w, `提示 ${t.infos}`].join("，");
}

function tableLine(t: TableSummary, n: number, p: Paint): string {
  const name = t.projectName || "（未填项目名称）";
  const code = t.projectCode ? `（${t.projectCode}）` : "";
  const budget = t.budget === null ? "预算数未填" : `预算数 ${t.budget.toFixed(2)} 万元`;
  const extra: string[] = [];
  if (t.light) extra.push(lightName(t.light));
  if (t.score !== undefined) extra.push(`得分 ${t.score.toFixed(2)}（${t.grade ?? ""}）`);
  const head = `${n}. ${p.bold(`${name}${code}`)} ${p.dim(`${kindName(t.kind)}（按${profileName(t.profile)}）`)}`;
  const facts = [`位置 ${t.sheet}!${t.range}`, budget, `${t.indicators} 个指标`, ...extra].join("，");
  return `${head}\n   ${facts}；${counts(t, p)}`;
}

function findingLine(f: Finding, p: Paint): string {
  const cell = f.cell ? ` ${p.bold(f.cell)} ` : "";
  return `   ${severityLabel(f.severity, p)}${cell} ${f.message} ${p.dim(`[${ruleName(f.rule)}]`)}`;
}

function fileText(o: FileOutcome & { check: FileCheck }, p: Paint): string[] {
  const { check } = o;
  const report = fileReport(check);
  const lines: string[] = [];
  const byTable = new Map<number, Finding[]>();
  for (const f of report.findings) {
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  report.tables.forEach((t, i) => {
    lines.push(tableLine(t, i + 1, p));
    const own = byTable.get(i) ?? [];
    if (own.length === 0) lines.push(`   ${p.green("通过")}`);
    for (const f of own) lines.push(findingLine(f, p));
    lines.push("");
  });
  const outside = byTable.get(-1) ?? [];
  if (outside.length) {
    if (report.tables.length) lines.push("表外：");
    for (const f of outside) lines.push(findingLine(f, p));
    lines.push("");
  }
  const s = report.summary;
  lines.push(`合计：${s.tables} 张表，${s.indicators} 个指标；${counts(s, p)}`);
  if (check.output) lines.push(`标记副本：${check.output}${o.replaced ? "（已替换原有的标记副本）" : ""}`);
  else if (report.tables.length === 0 && !check.writeError) lines.push("没有可标记的表，未写标记副本。");
  return lines;
}

export function formatText(outcomes: FileOutcome[], p: Paint): string {
  const several = outcomes.length > 1;
  const out: string[] = [];
  for (const o of outcomes) {
    if (!o.check) continue;
    if (several) out.push(p.bold(`== ${o.file} ==`));
    out.push(...fileText({ ...o, check: o.check }, p));
    if (several) out.push("");
  }
  if (several) {
    const checked = outcomes.filter((o) => o.check);
    const total = { tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
    for (const o of checked) {
      const s = fileReport(o.check!).summary;
      total.tables += s.tables;
      total.indicators += s.indicators;
      total.errors += s.errors;
      total.warnings += s.warnings;
      total.infos += s.infos;
    }
    const failed = outcomes.length - checked.length;
    out.push(
      p.bold(`共 ${outcomes.length} 个文件`) +
        `：已检查 ${checked.length} 个，${total.tables} 张表，${total.indicators} 个指标；${counts(total, p)}` +
        (failed ? `；${p.red(`${failed} 个无法读取`)}（见上方提示）` : ""),
    );
  }
  return out.join("\n") + "\n";
}
