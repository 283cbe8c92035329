import { ToggleButton } from "@fluentui/react-components";
import { severityName, type Summary } from "../../core";
import type { SeverityFilter as Filter } from "./group";

/** 全部 / 错误 / 警告 / 提示, each with its count; pressed toggle buttons that fit one row at 320 px. */
export function SeverityFilter({
  value,
  summary,
  onChange,
}: {
  value: Filter;
  summary: Summary;
  onChange: (f: Filter) => void;
}) {
  const options: { value: Filter; label: string; n: number }[] = [
    { value: "all", label: "全部", n: summary.errors + summary.warnings + summary.infos },
    { value: "error", label: severityName("error"), n: summary.errors },
    { value: "warning", label: severityName("warning"), n: summary.warnings },
    { value: "info", label: severityName("info"), n: summary.infos },
  ];
  return (
    <div role="group" aria-label="按严重程度筛选" className="jx-row-tight">
      {options.map((o) => (
        <ToggleButton
          key={o.value}
          size="small"
          shape="circular"
          appearance={value === o.value ? "primary" : "secondary"}
          checked={value === o.value}
          onClick={() => onChange(o.value)}
          className="jx-filter"
        >
          {`${o.label} ${o.n}`}
        </ToggleButton>
      ))}
    </div>
  );
}
