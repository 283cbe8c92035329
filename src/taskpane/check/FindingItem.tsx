import type { Finding, Severity } from "../../core";
import { SEVERITY_LABEL } from "../strings";
import { Tag, type TagColor } from "../ui/Tag";

const TAG: Record<Severity, TagColor> = { error: "danger", warning: "warning", info: "informative" };

/** A finding as a button: activating it selects the cell in the workbook. */
export function FindingItem({ finding: f, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const where = `${f.sheet}!${f.cell}`;
  return (
    <li>
      <button
        type="button"
        className="jx-finding"
        onClick={() => onSelect(f)}
        title={`定位到 ${where}`}
        aria-label={`${SEVERITY_LABEL[f.severity]} ${f.cell}：${f.message}（定位到 ${where}）`}
        data-testid="finding"
        data-cell={f.cell}
        data-sheet={f.sheet}
        data-rule={f.rule}
      >
        <Tag color={TAG[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
        <span className="jx-cell">{f.cell}</span>
        <span className="jx-message">{f.message}</span>
      </button>
    </li>
  );
}
