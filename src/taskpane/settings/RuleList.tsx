import { severityName, type Severity } from "../../core";
import { Caption1 } from "../ui/Text";

interface RuleInfo {
  id: string;
  severity: Severity;
  docs: { description: string };
}

type Override = Severity | "off";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** One select per rule (its default severity, another severity, or off), folded away by default. */
export function RuleList(props: {
  rules: readonly RuleInfo[];
  value: Record<string, Override>;
  onChange: (v: Record<string, Override>) => void;
}) {
  const changed = props.rules.filter((r) => props.value[r.id] !== undefined).length;
  function set(id: string, v: string) {
    const next = { ...props.value };
    if (v === "default") delete next[id];
    else next[id] = v as Override;
    props.onChange(next);
  }
  return (
    <details>
      <summary className="jx-summary">
        调整某项检查的严重程度或关闭该检查（共 {props.rules.length} 项{changed > 0 && `，已调整 ${changed} 项`}）
      </summary>
      <div className="jx-rules">
        {props.rules.map((r) => (
          <label key={r.id} className="jx-rule">
            {r.docs.description}
            <Caption1 className="jx-block jx-muted">{r.id}</Caption1>
            <select
              data-rule={r.id}
              className="jx-select"
              value={props.value[r.id] ?? "default"}
              onChange={(e) => set(r.id, e.target.value)}
            >
              <option value="default">默认（{severityName(r.severity)}）</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {severityName(s)}
                </option>
              ))}
              <option value="off">关闭</option>
            </select>
          </label>
        ))}
      </div>
    </details>
  );
}
