import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createExcelHost } from "../excel";
import { App, viewFromSearch } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { Notice } from "./Notice";
import { errorText, NOT_IN_EXCEL } from "./strings";
import { theme } from "./theme";

declare global {
  interface Window {
    /** Read by taskpane.html's inline fallback script: the bundle ran, keep the fallback hidden. */
    __jixiaoMounted?: boolean;
  }
}

/** How long to wait for Office.onReady before deciding the page is not inside Excel. */
const READY_TIMEOUT_MS = 10000;

/** True inside Excel; false when office.js is missing (no network, plain browser) or reports another host. */
function inExcel(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(false);
  return Promise.race([
    Office.onReady().then((info) => info.host === Office.HostType.Excel),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS)),
  ]);
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

  if (!(await inExcel())) {
    render(<Notice title="请在 Excel 中打开" message={NOT_IN_EXCEL} />);
    return;
  }
  try {
    const host = await createExcelHost();
    render(<App host={host} initialView={viewFromSearch(window.location.search)} />);
  } catch (e) {
    render(<Notice title="检查面板未能启动" message={errorText(e, "启动")} role="alert" />);
  }
}

void main();
