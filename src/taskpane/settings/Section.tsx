import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Caption1 } from "../ui/Text";

const useStyles = makeStyles({
  root: {
    border: "none",
    margin: `0 0 ${tokens.spacingVerticalL}`,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  hint: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalXS },
});

/** A fieldset: screen readers announce its title with each control inside. */
export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{title}</legend>
      {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
      {children}
    </fieldset>
  );
}
