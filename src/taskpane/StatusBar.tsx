import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { borderColor } from "./ui/border";

export interface Status {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

// Fluent's MessageBar look (tinted background, coloured icon), without its motion and icon packages.
const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginBottom: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: "1px solid",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  icon: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: "11px",
    lineHeight: "16px",
    fontWeight: tokens.fontWeightBold,
    textAlign: "center",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    ...borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...borderColor(tokens.colorPaletteRedBorder1),
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...borderColor(tokens.colorNeutralStroke2) },
  // The glyph is drawn by CSS so that it stays out of the announced text.
  successIcon: { backgroundColor: tokens.colorPaletteGreenForeground1, "::before": { content: '"✓"' } },
  warningIcon: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1, "::before": { content: '"!"' } },
  errorIcon: { backgroundColor: tokens.colorPaletteRedForeground1, "::before": { content: '"✕"' } },
  infoIcon: { backgroundColor: tokens.colorNeutralForeground3, "::before": { content: '"i"' } },
});

/** The outcome of the last action, announced to screen readers as it changes. */
export function StatusBar({ status }: { status: Status | null }) {
  const styles = useStyles();
  return (
    <div aria-live="polite" data-testid="status">
      {status && (
        <div className={mergeClasses(styles.bar, styles[status.intent])} data-intent={status.intent}>
          <span className={mergeClasses(styles.icon, styles[`${status.intent}Icon`])} aria-hidden="true" />
          <span>{status.text}</span>
        </div>
      )}
    </div>
  );
}
