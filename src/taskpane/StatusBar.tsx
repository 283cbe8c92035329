export interface Status {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** The outcome of the last action (Fluent's MessageBar look), announced to screen readers as it changes. */
export function StatusBar({ status }: { status: Status | null }) {
  return (
    <div aria-live="polite" data-testid="status">
      {status && (
        <div className={`jx-status jx-status-${status.intent}`} data-intent={status.intent}>
          <span>{status.text}</span>
        </div>
      )}
    </div>
  );
}
