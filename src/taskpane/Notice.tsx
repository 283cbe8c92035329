import { Subtitle2 } from "./ui/Text";

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
      <Subtitle2 as="h1">{title}</Subtitle2>
      <p>{message}</p>
    </div>
  );
}
