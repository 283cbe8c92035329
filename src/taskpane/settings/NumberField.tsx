import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { borderColor } from "../ui/border";
import { NUMBER_FIELDS, type NumberKey } from "./form";

// Fluent's small Input, drawn on a native input: the component pulls in Field and Label as well.
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, marginBottom: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, marginBottom: "2px" },
  box: {
    display: "flex",
    alignItems: "center",
    minHeight: "24px",
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-within": {
      borderBottomColor: tokens.colorCompoundBrandStroke,
      outline: `1px solid ${tokens.colorStrokeFocus2}`,
    },
  },
  invalid: { ...borderColor(tokens.colorPaletteRedBorder2) },
  input: {
    flexGrow: 1,
    minWidth: 0,
    width: "100%",
    border: "none",
    outline: "none",
    padding: 0,
    background: "transparent",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  unit: {
    flexShrink: 0,
    paddingInlineStart: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** A labelled number input; the value stays text so that typing "8" on the way to "80" is not rejected. */
export function NumberField(props: {
  id: NumberKey;
  value: string;
  unit: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const styles = useStyles();
  const f = NUMBER_FIELDS[props.id];
  const inputId = `setting-${props.id}`;
  return (
    <div className={styles.root}>
      <label className={styles.label} htmlFor={inputId}>
        {f.label}
      </label>
      <div className={mergeClasses(styles.box, props.error && styles.invalid)}>
        <input
          id={inputId}
          className={styles.input}
          type="number"
          inputMode="decimal"
          min={f.min}
          max={f.max}
          step="any"
          value={props.value}
          aria-invalid={!!props.error}
          aria-describedby={props.error ? `${inputId}-unit ${inputId}-error` : `${inputId}-unit`}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={inputId}
        />
        <span id={`${inputId}-unit`} className={styles.unit}>
          {props.unit}
        </span>
      </div>
      {props.error && (
        <span id={`${inputId}-error`} className={styles.error}>
          {props.error}
        </span>
      )}
    </div>
  );
}
