import type { ReactNode } from "react";
import { cx } from "./cx";

export type TagColor = "danger" | "warning" | "success" | "brand" | "informative";

/** Fluent's Badge, reduced to what the pane shows: a small coloured label, tinted or solid. */
export function Tag(props: { color: TagColor; solid?: boolean; children: ReactNode }) {
  return <span className={cx("jx-tag", `jx-tag-${props.color}`, props.solid && "jx-tag-solid")}>{props.children}</span>;
}
