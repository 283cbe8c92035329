import type { ExcelHost } from "../excel/host-types";
import { errorText, outcomeText } from "../taskpane/strings";

/** What the ribbon's 检查 tells the user. */
export interface CommandOutcome {
  ok: boolean;
  text: string;
  /** The 检查结果 sheet was written and is worth opening. */
  hasSummary: boolean;
  /** Its name (检查结果, or a free one beside the user's own sheet of that name). */
  summary?: string;
}

/**
 * The same check as the pane's 检查 button, reduced to one message; never throws. Excel too old is
 * the host's refusal: check() rejects with a HostError carrying the capabilities' message.
 */
export async function checkForCommand(host: ExcelHost): Promise<CommandOutcome> {
  try {
    const outcome = await host.check();
    return {
      ok: true,
      text: outcomeText(outcome),
      hasSummary: outcome.report.summary.tables > 0,
      summary: outcome.summarySheet,
    };
  } catch (e) {
    return { ok: false, text: errorText(e), hasSummary: false };
  }
}

/** The dialog page's address for an outcome, next to the function file. */
export function dialogUrl(outcome: CommandOutcome, base: string): string {
  const url = new URL("dialog.html", base);
  url.search = "";
  url.searchParams.set("t", outcome.ok ? "ok" : "error");
  url.searchParams.set("m", outcome.text);
  if (outcome.hasSummary) url.searchParams.set("summary", "1");
  return url.href;
}
