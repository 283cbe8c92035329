import { makeStyles, tokens } from "@fluentui/react-components";
import { Caption1 } from "../ui/Text";
import type { Severity } from "../../core";
import { SEVERITY_LABEL } from "../strings";

interface RuleInfo {
  id: string;
  severity: Severity;
  docs: { description: string };
}

type Override = Severity | "off";

const useStyles = makeStyles({
  summary: {
    cursor: "pointer",
    paddingBlock: tokens.spacingVerticalXS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  label: { display: "block", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  id: { display: "block", color: tokens.colorNeutralForeground3 },
  // A native select: Fluent's adds a field and an icon set for no gain here.
  select: {
    width: "100%",
    minHeight: "24px",
    marginTop: "2px",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** One select per rule (its default severity, another severity, or off), folded away by default. */
export function RuleList(props: {
  rules: readonly RuleInfo[];
  value: Record<string, Override>;
  onChange: (v: Record<string, Override>) => void;
}) {
  const styles = useStyles();
  const changed = props.rules.filter((r) => props.value[r.id] !== undefined).length;
  function set(id: string, v: string) {
    const next = { ...props.value };
    if (v === "default") delete next[id];
    else next[id] = v as Override;
    props.onChange(next);
  }
  return (
    <details>
      <summary className={styles.summary}>
        调整某项检查的严重程度或关闭该检查（共 {props.rules.length} 项{changed > 0 && `，已调整 ${changed} 项`}）
      </summary>
      <div className={styles.list}>
        {props.rules.map((r) => (
          <label key={r.id} className={styles.label}>
            {r.docs.description}
            <Caption1 className={styles.id}>{r.id}</Caption1>
            <select
              data-rule={r.id}
              className={styles.select}
              value={props.value[r.id] ?? "default"}
              onChange={(e) => set(r.id, e.target.value)}
            >
              <option value="default">默认（{SEVERITY_LABEL[r.severity]}）</option>
              <option value="error">错误</option>
              <option value="warning">警告</option>
              <option value="info">提示</option>
              <option value="off">关闭</option>
            </select>
          </label>
        ))}
      </div>
    </details>
  );
}
