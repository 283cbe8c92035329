import { useMemo, useState } from "react";
import { MESSAGES } from "../excel/capabilities";
import type { ExcelHost } from "../excel/host-types";
import { CheckView } from "./check/CheckView";
import { NewSheetView } from "./newsheet/NewSheetView";
import { Notice } from "./Notice";
import { SettingsView } from "./settings/SettingsView";
import { StatusBar } from "./StatusBar";
import { Tabs } from "./ui/Tabs";

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

/** The pane: three views over one host. Views stay mounted so results survive switching tabs. */
export function App({ host, initialView = "check" }: { host: ExcelHost; initialView?: View }) {
  const caps = useMemo(() => host.capabilities(), [host]);
  const [view, setView] = useState<View>(initialView);

  if (!caps.supported) return <Notice title="无法在此版本的 Excel 中运行" message={caps.message ?? MESSAGES.tooOld} />;

  return (
    <div className="jx-app">
      <Tabs items={VIEWS} value={view} onChange={setView} label="功能" idPrefix="pane" />
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
          {v.value === "check" && <CheckView host={host} />}
          {v.value === "new" && <NewSheetView host={host} active={view === "new"} />}
          {v.value === "settings" && <SettingsView host={host} />}
        </div>
      ))}
    </div>
  );
}
