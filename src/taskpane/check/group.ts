import { compareSeverity, kindName, type Finding, type Report, type Severity, type TableSummary } from "../../core";

export type SeverityFilter = "all" | Severity;

/** Findings of one table (or of one sheet outside any table), as the pane lists them. */
export interface FindingGroup {
  key: string;
  sheet: string;
  /** Null for findings outside any table. */
  table: TableSummary | null;
  findings: Finding[];
  counts: Record<Severity, number>;
}

function tally(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Groups the report by table, in workbook order: the engine lists tables sheet by sheet, top to
 * bottom, and a sheet's findings outside any table follow its tables (or come last for a sheet with
 * none). Inside a table the errors come first, then reading order. Counts are of all findings,
 * whatever the filter; a filter other than "all" drops the tables it leaves empty.
 */
export function groupFindings(report: Report, filter: SeverityFilter = "all"): FindingGroup[] {
  const byTable = new Map<number, Finding[]>();
  const loose = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const inTable = f.table >= 0 && f.table < report.tables.length;
    const map: Map<number | string, Finding[]> = inTable ? byTable : loose;
    const key = inTable ? f.table : f.sheet;
    const list = map.get(key) ?? [];
    list.push(f);
    map.set(key, list);
  }
  const groups: FindingGroup[] = [];
  const looseGroup = (sheet: string): FindingGroup => {
    const all = loose.get(sheet)!;
    loose.delete(sheet);
    return { key: `s${sheet}`, sheet, table: null, findings: all, counts: tally(all) };
  };
  report.tables.forEach((t, i) => {
    const all = byTable.get(i) ?? [];
    groups.push({ key: `t${i}`, sheet: t.sheet, table: t, findings: all, counts: tally(all) });
    // The sheet's last table: its loose findings follow it.
    if (report.tables[i + 1]?.sheet !== t.sheet && loose.has(t.sheet)) groups.push(looseGroup(t.sheet));
  });
  for (const sheet of [...loose.keys()]) groups.push(looseGroup(sheet));

  // Array sort is stable: reading order survives within each severity.
  return groups
    .map((g) => ({
      ...g,
      findings: g.findings
        .filter((f) => filter === "all" || f.severity === filter)
        .sort((a, b) => compareSeverity(a.severity, b.severity)),
    }))
    .filter((g) => filter === "all" || g.findings.length > 0);
}

/**
 * Where a table is, said once: its kind, then its sheet unless the sheet is named after the kind
 * (a sheet called 2024年绩效目标表 holding a 绩效目标表), then its range.
 */
export function tablePlace(t: Pick<TableSummary, "kind" | "sheet" | "range">): string {
  const kind = kindName(t.kind);
  const sheet = t.sheet.trim();
  return sheet.includes(kind) ? `${sheet} ${t.range}` : `${kind} · 工作表“${sheet}” ${t.range}`;
}
