import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Fluent's type ramp as classes for native elements. Fluent's Text, Field, Input, Checkbox and
 * MessageBar would cost a fifth of the pane's 120 KB budget for the same look (see docs/addin.md).
 */
export const useText = makeStyles({
  body: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, margin: 0 },
  caption: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, margin: 0 },
  subtitle: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});
