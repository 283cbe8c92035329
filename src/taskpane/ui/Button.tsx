import type { ButtonHTMLAttributes } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { borderColor } from "./border";

// Fluent's Button, drawn on a native button with Fluent's tokens: @fluentui/react-button alone is
// 24 KB minified, too much beside React and the engine within the pane's 120 KB (docs/addin.md).
const useStyles = makeStyles({
  base: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minHeight: "32px",
    minWidth: "96px",
    padding: `5px ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    transitionProperty: "background, border, color",
    transitionDuration: tokens.durationFaster,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, ...borderColor(tokens.colorNeutralStroke1Hover) },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...borderColor("transparent"),
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, ...borderColor("transparent") },
    ":active": { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    ...borderColor("transparent"),
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, ...borderColor("transparent") },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  small: {
    minHeight: "24px",
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  circular: { borderRadius: tokens.borderRadiusCircular },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForegroundDisabled,
    ...borderColor(tokens.colorNeutralStrokeDisabled),
    cursor: "not-allowed",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
    },
    ":active": { backgroundColor: tokens.colorNeutralBackgroundDisabled },
  },
});

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: "primary" | "secondary" | "subtle";
  size?: "medium" | "small";
  shape?: "rounded" | "circular";
};

export function Button({
  appearance = "secondary",
  size = "medium",
  shape = "rounded",
  className,
  ...rest
}: ButtonProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      {...rest}
      className={mergeClasses(
        styles.base,
        appearance === "primary" && styles.primary,
        appearance === "subtle" && styles.subtle,
        size === "small" && styles.small,
        shape === "circular" && styles.circular,
        rest.disabled && styles.disabled,
        className,
      )}
    />
  );
}
