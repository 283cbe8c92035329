/**
 * The add-in's main.js: WPS loads index.html, then resolves ribbon.xml's callbacks (onLoad,
 * onAction, getImage) as functions on this page's window. 检查 and 清除标记 run here and answer
 * with an alert (WPS's web view shows it as a message box); 检查面板 and 新建表 open the task pane.
 */
import { SUMMARY_SHEET } from "../core/plan-types";
import { checkForCommand } from "../commands/outcome";
import { clearedText, errorText } from "../taskpane/strings";
import { etApplication, type EtTaskPane } from "./et";
import { createWpsHost, WPS_MESSAGES } from "./host";

const host = createWpsHost();

/** PluginStorage keys of the task panes, one per view, so a second click toggles the same pane. */
const PANE_KEY = "jixiao-check.pane.";

export function paneUrl(base: string, view: string): string {
  const url = new URL("taskpane.html", base);
  url.search = view === "check" ? "" : `?view=${view}`;
  return url.href;
}

function togglePane(view: "check" | "new"): void {
  const app = etApplication();
  if (!app || typeof app.CreateTaskPane !== "function") {
    alert(WPS_MESSAGES.outsideWps);
    return;
  }
  const storage = app.PluginStorage;
  const id = storage?.getItem(PANE_KEY + view);
  let pane: EtTaskPane | null = null;
  if (id !== null && id !== undefined && id !== "" && typeof app.GetTaskPane === "function") {
    try {
      pane = app.GetTaskPane(id as string);
    } catch {
      pane = null; // closed with its workbook window
    }
  }
  if (pane) {
    pane.Visible = view === "new" ? true : !pane.Visible;
    return;
  }
  pane = app.CreateTaskPane(paneUrl(window.location.href, view), "绩效表检查");
  storage?.setItem(PANE_KEY + view, pane.ID);
  pane.Visible = true;
}

async function runCheck(): Promise<void> {
  const outcome = await checkForCommand(host);
  alert(outcome.text);
  if (outcome.hasSummary) await host.select(outcome.summary ?? SUMMARY_SHEET, "A1").catch(() => undefined);
}

async function runClear(): Promise<void> {
  try {
    const n = await host.clearMarks();
    alert(clearedText(n));
  } catch (e) {
    alert(errorText(e, "清除标记"));
  }
}

interface RibbonControl {
  Id: string;
}

const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: RibbonControl): boolean {
    switch (control.Id) {
      case "jxCheck":
        void runCheck();
        break;
      case "jxPane":
        togglePane("check");
        break;
      case "jxNew":
        togglePane("new");
        break;
      case "jxClear":
        void runClear();
        break;
    }
    return true;
  },
  GetImage(): string {
    return "assets/icon-32.png";
  },
};

// ribbon.xml names the callbacks bare (onAction="OnAction"): WPS looks them up on window.
Object.assign(window, ribbon);
