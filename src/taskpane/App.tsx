import { lazy, Suspense, useMemo, useState } from "react";
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { MESSAGES } from "../excel/capabilities";
import type { ExcelHost } from "../excel/host-types";
import { CheckView } from "./check/CheckView";
import { ErrorBoundary } from "./ErrorBoundary";
import { Notice } from "./Notice";
import { StatusBar } from "./StatusBar";

// The first view is 检查: the other two views come as their own chunks when first opened.
const NewSheetView = lazy(() =>
  import(/* webpackChunkName: "newsheet" */ "./newsheet/NewSheetView").then((m) => ({ default: m.NewSheetView })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "settings" */ "./settings/SettingsView").then((m) => ({ default: m.SettingsView })),
);

export type View = "check" | "new" | "settings";

const VIEWS: { value: View; label: string }[] = [
  { value: "check", label: "检查" },
  { value: "new", label: "新建表" },
  { value: "settings", label: "设置" },
];

export function viewFromSearch(search: string): View {
  const v = new URLSearchParams(search).get("view");
  return v === "new" || v === "settings" ? v : "check";
}

/**
 * The pane: three views over one host (Excel's, or any other host with the same interface). A view
 * is mounted when first shown and stays mounted, so results and a half-filled form survive switching.
 */
export function App({ host, initialView = "check" }: { host: ExcelHost; initialView?: View }) {
  const caps = useMemo(() => host.capabilities(), [host]);
  const [view, setView] = useState<View>(initialView);
  const [shown, setShown] = useState<ReadonlySet<View>>(() => new Set([initialView]));

  if (!caps.supported) return <Notice title="无法在此版本的 Excel 中运行" message={caps.message ?? MESSAGES.tooOld} />;

  function open(v: View) {
    setView(v);
    setShown((s) => (s.has(v) ? s : new Set(s).add(v)));
  }

  return (
    <div className="jx-app">
      <TabList
        selectedValue={view}
        onTabSelect={(_, d) => open(d.value as View)}
        aria-label="功能"
        size="medium"
        className="jx-tabs"
      >
        {VIEWS.map((v) => (
          <Tab key={v.value} value={v.value} id={`pane-tab-${v.value}`} aria-controls={`pane-panel-${v.value}`}>
            {v.label}
          </Tab>
        ))}
      </TabList>
      {caps.message && (
        <div className="jx-degraded">
          <StatusBar status={{ intent: "info", text: caps.message }} />
        </div>
      )}
      {VIEWS.map((v) => (
        <div
          key={v.value}
          id={`pane-panel-${v.value}`}
          role="tabpanel"
          aria-labelledby={`pane-tab-${v.value}`}
          className="jx-panel"
          hidden={view !== v.value}
        >
          {shown.has(v.value) && (
            // A view that fails (its chunk did not load) says so in its own panel; the others still work.
            <ErrorBoundary>
              <Suspense fallback={<Spinner size="small" label="正在加载…" className="jx-loading" />}>
                {v.value === "check" && <CheckView host={host} />}
                {v.value === "new" && <NewSheetView host={host} active={view === "new"} />}
                {v.value === "settings" && <SettingsView host={host} />}
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
      ))}
    </div>
  );
}
