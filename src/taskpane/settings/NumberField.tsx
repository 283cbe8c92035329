import { cx } from "../ui/cx";
import { NUMBER_FIELDS, type NumberKey } from "./form";

/**
 * A labelled number input in Fluent's small Input look; the value stays text so that typing "8" on
 * the way to "80" is not rejected.
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
    <div className="jx-field">
      <label htmlFor={id}>{f.label}</label>
      <div className={cx("jx-input", props.error && "jx-invalid")}>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={f.min}
          max={f.max}
          step="any"
          value={props.value}
          aria-invalid={!!props.error}
          aria-describedby={props.error ? `${id}-unit ${id}-error` : `${id}-unit`}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={id}
        />
        <span id={`${id}-unit`} className="jx-unit">
          {props.unit}
        </span>
      </div>
      {props.error && (
        <span id={`${id}-error`} className="jx-field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
