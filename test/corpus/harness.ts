/**
 * The corpus harness: each real table built into a workbook, run through the engine, and every
 * field of its expectation checked. Shared by test/corpus/corpus.test.ts and `npm run corpus`.
 */
import { checkWorkbook, type CheckResult, type Finding, type TableKind } from "../../src/core";
import { realWorkbook, type Layout } from "../fixtures/real/transcription";

/** A source error a rule exists for: the rule (or one of them) must report it at this cell. */
export interface ExpectedError {
  rule: string | string[];
  cell: string;
  why: string;
}

/** A finding that is right for the excerpt but not for the whole table (it is cut off), or a judgement call. */
export interface Allowed {
  rule: string;
  cell?: string;
  /** Allowed only when the message says this (a missing 满意度, not a missing 数量指标). */
  message?: RegExp;
  why: string;
}

export interface ExpectedTable {
  kind: TableKind;
  /** As a reader says it; compared without white space (a wrapped PDF label holds spaces). */
  name: string;
  /** "" when the table has none. */
  code: string;
  /** 万元; null when the table states none. */
  budget: number | null;
  /** The annual set, placeholders and template leftovers not counted. */
  indicators: number;
  /** Self-evaluation total, where the table's figures let one compute it. */
  score?: number;
  errors?: ExpectedError[];
  /** Rules that must not report on this table at all (no false red or yellow cell). */
  silent?: string[];
  allowed?: Allowed[];
}

export interface RealTable {
  /** Short id: the file's prefix (ex09). */
  id: string;
  file: string;
  layout: Layout;
  tables: ExpectedTable[];
  /** Source errors no rule covers yet: listed by `npm run corpus`, never counted as caught. */
  uncovered?: string[];
  /**
   * Checks the engine does not pass yet, by key (see checkKeys): they run as it.failing, so a fix
   * turns the test red until its key is removed here.
   */
  gaps: string[];
}

export interface CheckOutcome {
  key: string;
  type: "field" | "error" | "silent" | "false";
  ok: boolean;
  /** What the engine read or reported, for the failure message. */
  detail: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

function sameNumber(a: number | null | undefined, b: number | null): boolean {
  if (a === null || a === undefined || b === null) return (a ?? null) === b;
  return Math.abs(a - b) < 1e-6;
}

function ruleMatches(rule: string | string[], id: string): boolean {
  return Array.isArray(rule) ? rule.includes(id) : rule === id;
}

function show(f: Finding): string {
  return `${f.rule}@${f.cell}: ${f.message}`;
}

export function runReal(real: RealTable): CheckResult {
  return checkWorkbook(realWorkbook(real.id, real.file, real.layout));
}

/** Every check of one real table, in a stable order; keys are what `gaps` lists. */
export function checkReal(real: RealTable, result: CheckResult = runReal(real)): CheckOutcome[] {
  const { tables, findings } = result.report;
  const out: CheckOutcome[] = [];
  const field = (key: string, ok: boolean, detail: unknown) =>
    out.push({ key, type: "field", ok, detail: JSON.stringify(detail) ?? "nothing" });
  field(
    "tables",
    tables.length === real.tables.length,
    tables.map((t) => `${t.kind} ${t.projectName}`),
  );
  real.tables.forEach((e, i) => {
    const t = tables[i];
    const p = `${i}.`;
    field(`${p}kind`, t?.kind === e.kind, t?.kind);
    field(`${p}name`, t !== undefined && squeeze(t.projectName) === squeeze(e.name), t?.projectName);
    field(`${p}code`, t !== undefined && t.projectCode === e.code, t?.projectCode);
    field(`${p}budget`, t !== undefined && sameNumber(t.budget, e.budget), t?.budget);
    field(`${p}indicators`, t?.indicators === e.indicators, t?.indicators);
    if (e.score !== undefined) field(`${p}score`, t !== undefined && sameNumber(t.score, e.score), t?.score);
    const own = findings.filter((f) => f.table === i);
    for (const err of e.errors ?? []) {
      const hit = findings.some((f) => f.cell === err.cell && ruleMatches(err.rule, f.rule));
      const near = findings.filter((f) => f.cell === err.cell).map(show);
      out.push({
        key: `${p}error ${[err.rule].flat().join("|")}@${err.cell}`,
        type: "error",
        ok: hit,
        detail: near.join("; "),
      });
    }
    for (const rule of e.silent ?? []) {
      const heard = own.filter((f) => f.rule === rule);
      out.push({
        key: `${p}silent ${rule}`,
        type: "silent",
        ok: heard.length === 0,
        detail: heard.map(show).join("; "),
      });
    }
  });
  const expected = real.tables.flatMap((e) => e.errors ?? []);
  const unexpected = findings.filter(
    (f) =>
      f.severity === "error" &&
      !expected.some((e) => e.cell === f.cell && ruleMatches(e.rule, f.rule)) &&
      !(real.tables[f.table]?.allowed ?? []).some(
        (a) =>
          a.rule === f.rule && (a.cell === undefined || a.cell === f.cell) && (!a.message || a.message.test(f.message)),
      ),
  );
  out.push({
    key: "no false errors",
    type: "false",
    ok: unexpected.length === 0,
    detail: unexpected.map(show).join("\n"),
  });
  return out;
}

/** Errors reported that the source does not have (the last check's failures), for the summary. */
export function falseErrors(outcomes: CheckOutcome[]): number {
  const f = outcomes.find((o) => o.type === "false");
  return f && !f.ok ? f.detail.split("\n").length : 0;
}
