import type { HTMLAttributes, ReactNode } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useText } from "./typography";

type Props = HTMLAttributes<HTMLElement> & { as?: "span" | "p" | "h1" | "h2" | "h3"; children?: ReactNode };

function make(kind: "body" | "caption" | "subtitle", fallback: Props["as"]) {
  return function Text({ as, className, ...rest }: Props) {
    const text = useText();
    const Tag = as ?? fallback ?? "span";
    return <Tag className={mergeClasses(text[kind], className)} {...rest} />;
  };
}

/** Fluent's Body1 / Caption1 / Subtitle2 sizes on plain elements. */
export const Body1 = make("body", "span");
export const Caption1 = make("caption", "span");
export const Subtitle2 = make("subtitle", "span");
