import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { theme } from "../taskpane/theme";
import { App } from "./App";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={theme}>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </FluentProvider>,
);
