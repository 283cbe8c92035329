/** The task pane inside WPS 表格: the same React pane as in Excel, over the WPS host. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App, viewFromSearch } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { Notice } from "../taskpane/Notice";
import { theme } from "../taskpane/theme";
import { etApplication } from "./et";
import { createWpsHost, WPS_MESSAGES } from "./host";

// Read by taskpane.html's inline fallback script: the bundle ran, keep the fallback hidden.
(window as { __jixiaoMounted?: boolean }).__jixiaoMounted = true;
const root = createRoot(document.getElementById("root")!);
root.render(
  <FluentProvider theme={theme}>
    <ErrorBoundary>
      {etApplication() ? (
        <App host={createWpsHost()} initialView={viewFromSearch(window.location.search)} />
      ) : (
        <Notice title="请在 WPS 表格中打开" message={WPS_MESSAGES.outsideWps} />
      )}
    </ErrorBoundary>
  </FluentProvider>,
);
