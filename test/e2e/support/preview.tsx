/** A page for component tests: the pane's App over a memory host configured by the test. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App, viewFromSearch } from "../../../src/taskpane/App";
import { theme } from "../../../src/taskpane/theme";
import { memoryHost, type MemoryHostConfig, type MemoryHostLog } from "./memory-host";

declare global {
  interface Window {
    __previewConfig: MemoryHostConfig;
    __previewLog: MemoryHostLog;
  }
}

window.__jixiaoMounted = true;
window.__previewLog = { selected: [], saved: [], created: [], cleared: 0, listed: 0 };
const host = memoryHost(window.__previewConfig, window.__previewLog);
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={theme}>
    <App host={host} initialView={viewFromSearch(window.location.search)} />
  </FluentProvider>,
);
