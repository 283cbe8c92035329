/** The ribbon command's outcome dialog: shows the message it was opened with, sends back the choice. */

function send(message: "summary" | "close") {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent(message);
  else window.close();
}

function show() {
  const params = new URLSearchParams(window.location.search);
  const ok = params.get("t") === "ok";
  document.body.classList.toggle("error", !ok);
  document.getElementById("title")!.textContent = ok ? "检查完成" : "检查未完成";
  // The title already says 检查完成; the message need not repeat it.
  document.getElementById("message")!.textContent = (params.get("m") ?? "").replace(/^检查完成：/, "");
  const summary = document.getElementById("summary") as HTMLButtonElement;
  summary.hidden = params.get("summary") !== "1";
  summary.addEventListener("click", () => send("summary"));
  const close = document.getElementById("close") as HTMLButtonElement;
  close.addEventListener("click", () => send("close"));
  (summary.hidden ? close : summary).focus();
}

show();
if (typeof Office !== "undefined") Office.onReady(() => undefined);
