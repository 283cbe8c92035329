import { Badge, Tooltip, type BadgeProps } from "@fluentui/react-components";
import { ruleName, severityName, type Finding, type Severity } from "../../core";

const COLOR: Record<Severity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

/**
 * A finding as a button: activating it selects the cell in the workbook. Without onSelect (the web
 * page, which has no workbook open) it is plain text that promises no 定位. The rule shows by its
 * Chinese name; its id (what the JSON report and the settings file use) is the name's tooltip.
 */
export function FindingItem({
  finding: f,
  selected,
  onSelect,
}: {
  finding: Finding;
  selected: boolean;
  onSelect?: (f: Finding) => void;
}) {
  const where = `${f.sheet}!${f.cell}`;
  const rule = ruleName(f.rule);
  const data = { "data-testid": "finding", "data-cell": f.cell, "data-sheet": f.sheet, "data-rule": f.rule };
  const body = (
    <>
      <span className="jx-finding-head">
        <Badge color={COLOR[f.severity]} appearance="tint" size="small">
          {severityName(f.severity)}
        </Badge>
        <span className="jx-cell">{f.cell}</span>
        <Tooltip content={`规则 ${f.rule}`} relationship="description" positioning="below-start">
          <span className="jx-rule-name">{rule}</span>
        </Tooltip>
      </span>
      <span className="jx-message">{f.message}</span>
    </>
  );
  if (!onSelect)
    return (
      <li>
        <div className="jx-finding jx-finding-static" {...data}>
          {body}
        </div>
      </li>
    );
  return (
    <li>
      <button
        type="button"
        className="jx-finding"
        onClick={() => onSelect(f)}
        aria-current={selected || undefined}
        aria-label={`${severityName(f.severity)} ${f.cell}：${f.message}（${rule}，定位到 ${where}）`}
        {...data}
      >
        {body}
      </button>
    </li>
  );
}
