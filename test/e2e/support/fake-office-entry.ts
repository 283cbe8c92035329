/**
 * Runs in the page before its own scripts: installs the strict fake Office/Excel holding the test's
 * workbook as window.Office / window.Excel, and (optionally) a dialog API that records what opens.
 */
import { installFakeOffice, type FakeOffice, type FakeOptions, type FakeWorkbookData } from "../../support/fake-excel";

export interface FakeDialogLog {
  urls: string[];
  /** Sends a message to the add-in as the dialog page would (Office.context.ui.messageParent). */
  send(message: string): void;
  /** Closes the dialog as the user would with its X button. */
  dismiss(): void;
  closed: number;
}

interface FakeConfig {
  data: FakeWorkbookData;
  options?: FakeOptions;
  /** Provide Office.context.ui.displayDialogAsync. */
  dialog?: boolean;
}

declare global {
  interface Window {
    __fakeConfig: FakeConfig;
    __fake: FakeOffice;
    __dialog?: FakeDialogLog;
  }
}

const config = window.__fakeConfig;
window.__fake = installFakeOffice(window as unknown as Record<string, unknown>, config.data, config.options);

if (config.dialog) {
  type Handler = (arg: { message?: string; error?: number }) => void;
  const handlers: Record<string, Handler[]> = {};
  const log: FakeDialogLog = {
    urls: [],
    closed: 0,
    send: (message) => handlers.dialogMessageReceived?.forEach((h) => h({ message })),
    dismiss: () => handlers.dialogEventReceived?.forEach((h) => h({ error: 12006 })),
  };
  window.__dialog = log;
  const office = window.Office as unknown as {
    context: Record<string, unknown>;
    EventType?: Record<string, string>;
  };
  office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
  office.context.ui = {
    displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
      log.urls.push(url);
      const dialog = {
        addEventHandler: (type: string, h: Handler) => (handlers[type] ??= []).push(h),
        close: () => {
          log.closed++;
        },
      };
      setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
    },
  };
}
