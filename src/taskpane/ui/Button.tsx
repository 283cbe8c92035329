import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: "primary" | "secondary" | "subtle";
  size?: "medium" | "small";
  shape?: "rounded" | "circular";
};

/**
 * Fluent's Button drawn on a native button (taskpane.css): @fluentui/react-button alone is 24 KB
 * minified, too much beside React and the engine within the pane's 120 KB.
 */
export function Button({
  appearance = "secondary",
  size = "medium",
  shape = "rounded",
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      type="button"
      {...rest}
      className={cx(
        "jx-button",
        appearance !== "secondary" && `jx-${appearance}`,
        size === "small" && "jx-small",
        shape === "circular" && "jx-circular",
        className,
      )}
    />
  );
}
