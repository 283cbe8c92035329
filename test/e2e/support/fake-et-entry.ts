/** Runs in the page before its own scripts: installs the fake ET holding the test's workbook as window.Application. */
import type { FakeWorkbookData } from "../../support/fake-excel";
import { installFakeEt, type FakeEt } from "../../support/fake-et";

declare global {
  interface Window {
    __etData: FakeWorkbookData;
    __et: FakeEt;
    __alerts: string[];
  }
}

window.__et = installFakeEt(window as unknown as Record<string, unknown>, window.__etData);
// WPS shows alert() as a message box; the test reads what it said.
window.__alerts = [];
window.alert = (m?: unknown) => void window.__alerts.push(String(m));
