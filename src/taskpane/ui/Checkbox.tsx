import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minHeight: "32px",
    paddingInlineEnd: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
  },
  input: {
    width: "16px",
    height: "16px",
    margin: tokens.spacingHorizontalXS,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/** A native checkbox in Fluent's colours, labelled by its text. */
export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const styles = useStyles();
  return (
    <label className={styles.root}>
      <input
        className={styles.input}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}
