import { severityName, type Finding, type Severity } from "../../core";
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
        aria-label={`${severityName(f.severity)} ${f.cell}：${f.message}（定位到 ${where}）`}
        data-testid="finding"
        data-cell={f.cell}
        data-sheet={f.sheet}
        data-rule={f.rule}
      >
        <Tag color={TAG[f.severity]}>{severityName(f.severity)}</Tag>
        <span className="jx-cell">{f.cell}</span>
        <span className="jx-message">{f.message}</span>
      </button>
    </li>
  );
}
