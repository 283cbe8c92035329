/**
 * The ribbon's function file. 检查 runs the pane's check and reports the outcome in a small dialog
 * (Excel has no notification API for ExecuteFunction commands, unlike Outlook's notificationMessages);
 * where no dialog can open, it activates the 检查结果 sheet instead, which the check always writes.
 */
import { SUMMARY_SHEET } from "../core/plan-types";
import { createExcelHost } from "../excel";
import type { ExcelHost } from "../excel/host-types";
import { errorText } from "../taskpane/strings";
import { checkForCommand, dialogUrl, type CommandOutcome } from "./outcome";

/** ExecuteFunction commands are cut off after 5 minutes; close the dialog before that. */
const DIALOG_LIMIT_MS = 4 * 60 * 1000;

let hostPromise: Promise<ExcelHost> | null = null;

function getHost(): Promise<ExcelHost> {
  hostPromise ??= Office.onReady().then(() => createExcelHost());
  return hostPromise;
}

/** Shows the outcome; resolves once the dialog is closed, with false when it could not open. */
function showOutcome(outcome: CommandOutcome, onOpenSummary: () => void): Promise<boolean> {
  return new Promise((resolve) => {
    const ui = Office.context?.ui;
    if (!ui || typeof ui.displayDialogAsync !== "function") {
      resolve(false);
      return;
    }
    const options = { height: 30, width: 25, displayInIframe: true };
    ui.displayDialogAsync(dialogUrl(outcome, window.location.href), options, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve(false);
        return;
      }
      const dialog = result.value;
      const finish = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        dialog.close();
        finish();
      }, DIALOG_LIMIT_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg && arg.message === "summary") onOpenSummary();
        dialog.close();
        finish();
      });
      // Closed with its own X button.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    });
  });
}

/**
 * 检查 on the ribbon. Excel waits for event.completed() before it runs another command from this
 * add-in, and shows its own error after 5 minutes without one: it is called on every path.
 */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    let host: ExcelHost | null = null;
    let outcome: CommandOutcome;
    try {
      host = await getHost();
      outcome = await checkForCommand(host);
    } catch (e) {
      outcome = { ok: false, text: errorText(e), hasSummary: false };
    }
    const openSummary = () => void host?.select(outcome.summary ?? SUMMARY_SHEET, "A1").catch(() => undefined);
    const shown = await showOutcome(outcome, openSummary).catch(() => false);
    if (!shown && outcome.hasSummary) openSummary();
  } finally {
    event.completed();
  }
}

// office.js is loaded by a classic <script> before this deferred bundle, so Office exists here.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
  Office.actions.associate("runCheck", runCheck);
}
