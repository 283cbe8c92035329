import { compareSeverity, type Finding, type Report, type Severity, type TableSummary } from "../../core";

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

function worst(counts: Record<Severity, number>): number {
  if (counts.error) return 0;
  if (counts.warning) return 1;
  if (counts.info) return 2;
  return 3;
}

function tally(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Groups the report by table: tables with errors first, then warnings, then notes, then clean ones,
 * keeping workbook order within each; inside a table the errors come first. Counts are of all findings,
 * whatever the filter; a filter other than "all" drops the tables it leaves empty.
 */
export function groupFindings(report: Report, filter: SeverityFilter = "all"): FindingGroup[] {
  const byTable = new Map<number, Finding[]>();
  const loose = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.table >= 0 && f.table < report.tables.length) {
      const list = byTable.get(f.table) ?? [];
      list.push(f);
      byTable.set(f.table, list);
    } else {
      const list = loose.get(f.sheet) ?? [];
      list.push(f);
      loose.set(f.sheet, list);
    }
  }
  const groups: FindingGroup[] = report.tables.map((t, i) => {
    const all = byTable.get(i) ?? [];
    return { key: `t${i}`, sheet: t.sheet, table: t, findings: all, counts: tally(all) };
  });
  for (const [sheet, all] of loose)
    groups.push({ key: `s${sheet}`, sheet, table: null, findings: all, counts: tally(all) });

  // Array sort is stable: workbook order survives within each severity.
  return groups
    .map((g) => ({
      ...g,
      findings: g.findings
        .filter((f) => filter === "all" || f.severity === filter)
        .sort((a, b) => compareSeverity(a.severity, b.severity)),
    }))
    .filter((g) => filter === "all" || g.findings.length > 0)
    .sort((a, b) => worst(a.counts) - worst(b.counts));
}
