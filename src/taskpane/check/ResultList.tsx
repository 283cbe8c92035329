import { useMemo, useState } from "react";
import { Body1 } from "@fluentui/react-components";
import type { Finding, Report } from "../../core";
import { groupFindings, type SeverityFilter as Filter } from "./group";
import { SeverityFilter } from "./SeverityFilter";
import { TableGroup } from "./TableGroup";

/** The report: overall counts, the severity filter, then one group per table in workbook order. */
/** Without onSelect the findings are plain text (the web page has no workbook to go to). */
export function ResultList({ report, onSelect }: { report: Report; onSelect?: (f: Finding) => void }) {
  const [filter, setFilter] = useState<Filter>("all");
  const [selected, setSelected] = useState<Finding | null>(null);
  const groups = useMemo(() => groupFindings(report, filter), [report, filter]);
  const s = report.summary;
  const select = onSelect
    ? (f: Finding) => {
        setSelected(f);
        onSelect(f);
      }
    : undefined;
  return (
    <section aria-label="检查结果" data-testid="results">
      <Body1 block className="jx-summary-line">
        {s.sheets} 个工作表 · {s.tables} 张表 · {s.indicators} 个指标
      </Body1>
      <SeverityFilter value={filter} summary={s} onChange={setFilter} />
      <div className="jx-stack">
        {groups.map((g) => (
          <TableGroup key={g.key} group={g} selected={selected} onSelect={select} />
        ))}
        {groups.length === 0 && <Body1>没有此类问题。</Body1>}
      </div>
    </section>
  );
}
