import type { ReactNode } from "react";
import { Caption1 } from "@fluentui/react-components";

/** A fieldset: screen readers announce its title with each control inside. */
export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="jx-section">
      <legend>{title}</legend>
      {hint && (
        <Caption1 block className="jx-hint">
          {hint}
        </Caption1>
      )}
      {children}
    </fieldset>
  );
}
