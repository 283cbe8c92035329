import { makeStyles, tokens } from "@fluentui/react-components";
import { Subtitle2 } from "./ui/Text";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, lineHeight: tokens.lineHeightBase400 },
  text: { margin: `${tokens.spacingVerticalS} 0 0` },
});

/** The whole pane as one message: Excel absent or too old, or the add-in could not start. */
export function Notice({
  title,
  message,
  role = "status",
}: {
  title: string;
  message: string;
  role?: "status" | "alert";
}) {
  const styles = useStyles();
  return (
    <div className={styles.root} role={role} data-testid="notice">
      <Subtitle2 as="h1">{title}</Subtitle2>
      <p className={styles.text}>{message}</p>
    </div>
  );
}
