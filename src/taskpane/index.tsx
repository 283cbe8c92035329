import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { detectCapabilities, officeSetSupported } from "../excel/capabilities";
import { loadSettings } from "../excel/settings";
import { App, viewFromSearch } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { lazyHost } from "./lazy-host";
import { Notice } from "./Notice";
import { errorText, NOT_IN_EXCEL, OFFICE_JS_FAILED } from "./strings";
import { theme } from "./theme";

declare global {
  interface Window {
    /** Read by taskpane.html's inline fallback script: the bundle ran, keep the fallback hidden. */
    __jixiaoMounted?: boolean;
  }
}

/** How long to wait for Office.onReady before deciding office.js will not get ready. */
const READY_TIMEOUT_MS = 10000;

/**
 * Where the pane runs. "no-office": office.js did not load or never got ready (often a network that
 * blocks Microsoft's CDN, inside Excel too); "other-host": office.js ran and reports no Excel.
 */
async function whereAmI(): Promise<"excel" | "other-host" | "no-office"> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "no-office";
  const ready = Office.onReady().then((info) => (info.host === Office.HostType.Excel ? "excel" : "other-host"));
  const timeout = new Promise<"no-office">((resolve) => setTimeout(() => resolve("no-office"), READY_TIMEOUT_MS));
  return Promise.race([ready, timeout]);
}

async function main() {
  window.__jixiaoMounted = true;
  const root = createRoot(document.getElementById("root")!);
  const render = (node: ReactNode) =>
    root.render(
      <FluentProvider theme={theme}>
        <ErrorBoundary>{node}</ErrorBoundary>
      </FluentProvider>,
    );

  const where = await whereAmI();
  if (where === "no-office") {
    render(<Notice title="未能加载 Office 脚本（office.js）" message={OFFICE_JS_FAILED} role="alert" />);
    return;
  }
  if (where === "other-host") {
    render(<Notice title="请在 Excel 中打开" message={NOT_IN_EXCEL} />);
    return;
  }
  try {
    // The engine comes as its own chunk: the first view shows without it, and it loads meanwhile.
    const host = lazyHost({ capabilities: () => detectCapabilities(officeSetSupported()), loadSettings }, () =>
      import(/* webpackChunkName: "engine" */ "../excel/host").then((m) => m.createExcelHost()),
    );
    render(<App host={host} initialView={viewFromSearch(window.location.search)} />);
    // A failed load shows on the first action that needs the host, as that action's error.
    host.preload().catch(() => undefined);
  } catch (e) {
    render(<Notice title="检查面板未能启动" message={errorText(e, "启动")} role="alert" />);
  }
}

void main();
