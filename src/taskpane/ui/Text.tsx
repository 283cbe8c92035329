import type { HTMLAttributes } from "react";
import { cx } from "./cx";

type Props = HTMLAttributes<HTMLElement> & { as?: "span" | "p" | "h1" | "h2" | "h3" };

function make(kind: "jx-body" | "jx-caption" | "jx-subtitle") {
  return function Text({ as: Tag = "span", className, ...rest }: Props) {
    return <Tag className={cx(kind, className)} {...rest} />;
  };
}

/** Fluent's Body1 / Caption1 / Subtitle2 sizes (taskpane.css) on plain elements. */
export const Body1 = make("jx-body");
export const Caption1 = make("jx-caption");
export const Subtitle2 = make("jx-subtitle");
