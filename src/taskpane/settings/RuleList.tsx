import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Select,
  Tooltip,
} from "@fluentui/react-components";
import { severityName, type Severity } from "../../core";

interface RuleInfo {
  id: string;
  severity: Severity;
  docs: { name: string; description: string };
}

type Override = Severity | "off";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** One select per rule, named in Chinese (its default severity, another, or off), folded away by default. */
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
    <Accordion collapsible>
      <AccordionItem value="rules">
        <AccordionHeader size="small" expandIconPosition="end">
          调整某项检查的严重程度或关闭该检查（共 {props.rules.length} 项{changed > 0 && `，已调整 ${changed} 项`}）
        </AccordionHeader>
        <AccordionPanel className="jx-rules">
          {props.rules.map((r) => (
            <Field
              key={r.id}
              label={
                <Tooltip content={`规则 ${r.id}`} relationship="description" positioning="above-start">
                  <span>{r.docs.name}</span>
                </Tooltip>
              }
              hint={r.docs.description}
              size="small"
            >
              <Select
                size="small"
                data-rule={r.id}
                value={props.value[r.id] ?? "default"}
                onChange={(_, d) => set(r.id, d.value)}
              >
                <option value="default">默认（{severityName(r.severity)}）</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {severityName(s)}
                  </option>
                ))}
                <option value="off">关闭</option>
              </Select>
            </Field>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
