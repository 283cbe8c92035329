import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { borderColor } from "./border";

export type TagColor = "danger" | "warning" | "success" | "brand" | "informative";

// Fluent's Badge, reduced to what the pane shows: a small coloured label.
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    minHeight: "18px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    border: "1px solid transparent",
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...borderColor(tokens.colorPaletteRedBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteMarigoldForeground2,
    ...borderColor(tokens.colorPaletteYellowBorder1),
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...borderColor(tokens.colorPaletteGreenBorder1),
  },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...borderColor(tokens.colorBrandStroke2),
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    ...borderColor(tokens.colorNeutralStroke2),
  },
  solid: { color: tokens.colorNeutralForegroundOnBrand, ...borderColor("transparent") },
  solidDanger: { backgroundColor: tokens.colorPaletteRedBackground3 },
  solidWarning: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
  solidSuccess: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  solidBrand: { backgroundColor: tokens.colorBrandBackground },
  solidInformative: { backgroundColor: tokens.colorNeutralForeground3 },
});

const SOLID = {
  danger: "solidDanger",
  warning: "solidWarning",
  success: "solidSuccess",
  brand: "solidBrand",
  informative: "solidInformative",
} as const;

export function Tag(props: { color: TagColor; solid?: boolean; className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span
      className={mergeClasses(
        styles.root,
        styles[props.color],
        props.solid && styles.solid,
        props.solid && styles[SOLID[props.color]],
        props.className,
      )}
    >
      {props.children}
    </span>
  );
}
