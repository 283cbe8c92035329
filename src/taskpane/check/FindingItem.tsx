import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core";
import { SEVERITY_LABEL } from "../strings";
import { Tag } from "../ui/Tag";

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  button: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  badge: { flexShrink: 0, marginTop: "1px" },
  cell: {
    flexShrink: 0,
    minWidth: "3em",
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
  },
  message: { minWidth: 0, overflowWrap: "anywhere" },
});

/** A finding as a button: activating it selects the cell in the workbook. */
export function FindingItem({ finding: f, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const where = `${f.sheet}!${f.cell}`;
  return (
    <li>
      <button
        type="button"
        className={styles.button}
        onClick={() => onSelect(f)}
        title={`定位到 ${where}`}
        aria-label={`${SEVERITY_LABEL[f.severity]} ${f.cell}：${f.message}（定位到 ${where}）`}
        data-testid="finding"
        data-cell={f.cell}
        data-sheet={f.sheet}
        data-rule={f.rule}
      >
        <Tag className={styles.badge} color={BADGE[f.severity]}>
          {SEVERITY_LABEL[f.severity]}
        </Tag>
        <span className={styles.cell}>{f.cell}</span>
        <span className={styles.message}>{f.message}</span>
      </button>
    </li>
  );
}
