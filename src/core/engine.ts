import { Grid } from "./grid";
import { locateTables } from "./locate";
import type { Table, TableKind } from "./model";
import { compareSeverity, type Finding, type Report, type TableSummary } from "./report";
import { RULES } from "./rules";
import { awaitingInput, isAwaitingInput } from "./rules/awaiting-input";
import type { Rule, RuleContext } from "./rules/types";
import { analyzeTable } from "./score";
import type { TableAnalysis } from "./score/types";
import type { Settings, SettingsInput, Severity } from "./settings";
import { rangeToA1, toA1, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
import { parseSettingsInput, PROFILE_SPECS, ProfileSet, type Profile, type ProfileSpec } from "./profiles";
import { vocabularyOf, withVocabulary } from "./locate/vocabulary";
import { LEGEND_LABEL, SUMMARY_SHEET, SUMMARY_TITLE } from "./plan-types";

/** A rule switched on for a table kind, with the severity the settings give it. */
interface ActiveRule {
  rule: Rule;
  override: Severity | undefined;
}

export interface CheckResult {
  tables: Table[];
  analyses: TableAnalysis[];
  /** The profile each table was checked by (its settings are the ones its rules read). */
  profiles: Profile[];
  report: Report;
  /** The settings of the chosen profile, else of the fallback one. */
  settings: Settings;
}

/** The hosts' hidden bookkeeping (the record of marks, the saved settings). */
export function isBookkeepingSheet(name: string): boolean {
  return name.startsWith("_jixiao");
}

/** A summary's name as a host gives it: 检查结果, or 检查结果 (2) where a sheet of the user's has that name. */
const SUMMARY_NAME = new RegExp(`^${SUMMARY_SHEET}( \\(\\d+\\))?$`);

export function isSummaryName(name: string): boolean {
  return SUMMARY_NAME.test(name);
}

/**
 * A sheet laid out as our summary (its title in A1, the colour legend's label in A3): how a summary
 * is known in a workbook whose record names none (marked before records named it).
 */
export function looksLikeSummary(sheet: SheetSnapshot): boolean {
  if (!isSummaryName(sheet.name)) return false;
  if (sheet.origin && (sheet.origin.row !== 0 || sheet.origin.col !== 0)) return false;
  return sheet.values[0]?.[0] === SUMMARY_TITLE && sheet.values[2]?.[0] === LEGEND_LABEL;
}

/**
 * Sheets the engine never reads: the ones the host's record names as its own (`own`), the hidden
 * bookkeeping, and a summary known by its layout. A sheet of the user's named 检查结果 is read like any other.
 */
export function isOwnSheet(sheet: SheetSnapshot, own: readonly string[] = []): boolean {
  return own.includes(sheet.name) || isBookkeepingSheet(sheet.name) || looksLikeSummary(sheet);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;
/** Templates split once at their {{placeholders}}: literal text at even indices, names at odd ones. */
const compiled = new Map<string, string[]>();

/** A message template with its data; a placeholder the data leaves unfilled is a bug of the rule, and throws. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]];
    // A placeholder's value is a string or a number: an absent one (undefined) is a rule's bug.
    if (v === undefined && !(parts[i] in data)) throw new Error(`message placeholder {{${parts[i]}}} left unfilled`);
    out += (typeof v === "string" ? v : String(v)) + parts[i + 1];
  }
  return out;
}

const NO_DATA: Record<string, string | number> = Object.freeze({}) as Record<string, string | number>;

/** The finding a rule that threw leaves behind (messageId "crashed"). */
const ENGINE_ERROR = "检查规则 {{rule}} 运行出错（{{error}}），请将此表发给维护人员。";

/**
 * Runs the rules on one table; a broken rule becomes a finding, never a crash. One context serves
 * every rule of the table (thousands of tables times dozens of rules).
 */
function runRules(
  rules: readonly ActiveRule[],
  table: Table,
  tableIndex: number,
  profile: Profile,
  analysis: TableAnalysis,
  grid: Grid,
): Finding[] {
  const out: Finding[] = [];
  const sheet = table.sheet;
  const projectCode = table.projectCodeText;
  // Each finding is built once, as reported: a table's findings are sorted in place afterwards.
  const finding = (
    rule: string,
    severity: Severity,
    row: number,
    col: number,
    messageId: string,
    data: Record<string, string | number>,
    message: string,
  ): Finding => ({
    rule,
    severity,
    cell: toA1(row, col),
    row,
    col,
    messageId,
    data,
    message,
    sheet,
    projectCode,
    table: tableIndex,
  });
  let rule = rules[0]?.rule;
  let override: Severity | undefined;
  const ctx: RuleContext = {
    settings: profile.settings,
    profile,
    analysis,
    grid,
    report(d) {
      const template = rule.messages[d.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported undeclared messageId ${d.messageId}`);
      const data = d.data ?? NO_DATA;
      out.push(
        finding(
          rule.id,
          override ?? d.severity ?? rule.severity,
          d.cell.row,
          d.cell.col,
          d.messageId,
          data,
          formatMessage(template, data),
        ),
      );
    },
  };
  for (let i = 0; i < rules.length; i++) {
    rule = rules[i].rule;
    override = rules[i].override;
    try {
      rule.check(table, ctx);
    } catch (e) {
      // The table's own first column, on its header (or name) row: where the user looks for it.
      const anchor = table.header ?? table.projectName ?? null;
      const data = { rule: rule.id, error: e instanceof Error ? e.message : String(e) };
      const row = anchor ? anchor.row : table.range.top;
      out.push(
        finding("engine-error", "error", row, table.range.left, "crashed", data, formatMessage(ENGINE_ERROR, data)),
      );
    }
  }
  const stale = uncalculatedIn(table, grid.uncalculated);
  if (stale) {
    // Formulas without their results read as blanks: every other finding would be a false one.
    out.length = 0;
    out.push(
      finding(
        "uncalculated",
        "error",
        stale.row,
        stale.col,
        "uncalculated",
        NO_DATA,
        "文件保存时没有计算公式结果（常见于程序生成的文件），本表无法检查：请用 Excel 或 WPS 打开此文件、保存后再检查。",
      ),
    );
  }
  // Worst first, then in reading order. Tables come in sheet order, top to bottom: sorting each
  // table's few findings orders them all.
  if (out.length > 1) out.sort(byPlace);
  return out;
}

/** The first formula cell without a cached value inside the table, if any. */
function uncalculatedIn(table: Table, cells: readonly { row: number; col: number }[] | undefined) {
  if (!cells) return null;
  const r = table.range;
  return cells.find((c) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right) ?? null;
}

function summarize(table: Table, findings: Finding[], analysis: TableAnalysis, profile: Profile): TableSummary {
  const budget = table.funds?.budgetWan ?? null;
  const counts = countSeverities(findings);
  const summary: TableSummary = {
    sheet: table.sheet,
    kind: table.kind,
    profile: profile.id,
    projectCode: table.projectCodeText,
    projectName: table.projectNameText,
    budget: budget ? budget.toNumber() : null,
    indicators: table.indicators.length,
    range: rangeToA1(table.range),
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
  };
  if (analysis.light) summary.light = analysis.light;
  if (analysis.score !== undefined) summary.score = analysis.score;
  if (analysis.grade) summary.grade = analysis.grade;
  return summary;
}

/** Every table of the workbook's sheets (not the engine's own), each with its sheet's grid. */
function locateAll(workbook: WorkbookSnapshot): { tables: Table[]; grids: Grid[]; sheets: number } {
  const tables: Table[] = [];
  const grids: Grid[] = [];
  let sheets = 0;
  for (const sheet of workbook.sheets) {
    if (isOwnSheet(sheet, workbook.own)) continue;
    sheets++;
    const grid = new Grid(sheet);
    for (const t of locateTables(grid)) {
      tables.push(t);
      grids.push(grid);
    }
  }
  return { tables, grids, sheets };
}

/** The tables alone, read but not checked: for listing them and for a template's source. */
export function findTables(workbook: WorkbookSnapshot, profileSpecs: readonly ProfileSpec[] = PROFILE_SPECS): Table[] {
  return withVocabulary(vocabularyOf(profileSpecs), () => locateAll(workbook).tables);
}

/**
 * The whole engine: snapshot in, tables, analyses and the report out. Pure and synchronous. The
 * tables are read with the labels of every profile in `profileSpecs`.
 */
export function checkWorkbook(
  workbook: WorkbookSnapshot,
  settingsInput?: SettingsInput | null,
  rules: readonly Rule[] = RULES,
  profileSpecs: readonly ProfileSpec[] = PROFILE_SPECS,
): CheckResult {
  // A profile the user chose is known before any table is read: its unused labels count.
  const chosen = parseSettingsInput(settingsInput).profile?.trim() || null;
  return withVocabulary(vocabularyOf(profileSpecs, chosen), () =>
    checkWith(workbook, settingsInput, rules, profileSpecs),
  );
}

function checkWith(
  workbook: WorkbookSnapshot,
  settingsInput: SettingsInput | null | undefined,
  rules: readonly Rule[],
  profileSpecs: readonly ProfileSpec[],
): CheckResult {
  // The user's settings are checked here, once: a bad value throws SettingsError before any table is read.
  const profileSet = new ProfileSet(settingsInput, profileSpecs);
  const { tables, grids, sheets } = locateAll(workbook);
  const analyses: TableAnalysis[] = [];
  const profiles: Profile[] = [];
  const findings: Finding[] = [];
  const perTable: Finding[][] = [];
  // The rules each profile runs on each table kind, in registry order, without the ones switched
  // off or belonging to a part of the form the profile does not have.
  const active = new Map<string, ActiveRule[]>();
  const rulesFor = (profile: Profile, kind: TableKind): ActiveRule[] => {
    const key = `${profile.id}\u0000${kind}`;
    let list = active.get(key);
    if (!list) {
      const sev = profile.settings.rules;
      const form = profile.forms[kind];
      list = rules
        .filter((r) => r.kinds.includes(kind) && sev[r.id] !== "off" && (!r.requires || form[r.requires]))
        .map((rule) => ({ rule, override: sev[rule.id] as Severity | undefined }));
      active.set(key, list);
    }
    return list;
  };
  tables.forEach((table, i) => {
    const profile = profileSet.pick(table, grids[i]);
    profiles.push(profile);
    // A table awaiting input (a template) is told what to fill in: no other rule, light or score.
    const blank = isAwaitingInput(table);
    const analysis: TableAnalysis = blank ? { computed: [] } : analyzeTable(table, profile.settings);
    analyses.push(analysis);
    const rules = rulesFor(profile, table.kind);
    const active = blank ? rules.filter((r) => r.rule === awaitingInput) : rules;
    const own = runRules(active, table, i, profile, analysis, grids[i]);
    perTable.push(own);
    for (let k = 0; k < own.length; k++) findings.push(own[k]);
  });
  const summaries = tables.map((t, i) => summarize(t, perTable[i], analyses[i], profiles[i]));
  // Every finding belongs to a table: the workbook's counts are the tables' counts added up.
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const s of summaries) {
    errors += s.errors;
    warnings += s.warnings;
    infos += s.infos;
  }
  return {
    tables,
    analyses,
    profiles,
    settings: profileSet.main.settings,
    report: {
      tables: summaries,
      findings,
      summary: {
        sheets,
        tables: tables.length,
        indicators: tables.reduce((n, t) => n + t.indicators.length, 0),
        errors,
        warnings,
        infos,
      },
    },
  };
}

function byPlace(a: Finding, b: Finding): number {
  return compareSeverity(a.severity, b.severity) || a.row - b.row || a.col - b.col || a.rule.localeCompare(b.rule);
}

function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (let i = 0; i < findings.length; i++) {
    const s = findings[i].severity;
    if (s === "error") errors++;
    else if (s === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
