import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface Status {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** The outcome of the last action, announced to screen readers as it changes. */
export function StatusBar({ status }: { status: Status | null }) {
  return (
    <div aria-live="polite" data-testid="status" className="jx-status">
      {status && (
        <MessageBar intent={status.intent} layout="multiline" data-intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
