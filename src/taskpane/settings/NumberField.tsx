import { Field, Input } from "@fluentui/react-components";
import { NUMBER_FIELDS, type NumberKey } from "./form";

/**
 * A labelled number in Fluent's small Input. Text, not type="number": the value stays as typed (so
 * "8" on the way to "80" is not rejected) and only the form's own Chinese message judges it, never
 * the browser's bubble.
 */
export function NumberField(props: {
  id: NumberKey;
  value: string;
  unit: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const f = NUMBER_FIELDS[props.id];
  const id = `setting-${props.id}`;
  return (
    <Field
      label={f.label}
      size="small"
      validationMessage={props.error}
      validationState={props.error ? "error" : "none"}
      className="jx-field"
    >
      <Input
        id={id}
        size="small"
        className="jx-input"
        inputMode="decimal"
        autoComplete="off"
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        contentAfter={<span aria-label={`单位：${props.unit}`}>{props.unit}</span>}
        data-testid={id}
      />
    </Field>
  );
}
