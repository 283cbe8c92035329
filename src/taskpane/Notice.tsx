import { Body1, Subtitle2 } from "@fluentui/react-components";

/** The whole pane as one message: Excel absent or too old, or the add-in could not start. */
export function Notice({
  title,
  message,
  role = "status",
}: {
  title: string;
  message: string;
  role?: "status" | "alert";
}) {
  return (
    <div className="jx-notice" role={role} data-testid="notice">
      <Subtitle2 as="h1" block>
        {title}
      </Subtitle2>
      <Body1 as="p" block>
        {message}
      </Body1>
    </div>
  );
}
