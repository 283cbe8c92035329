import type { ExcelHost } from "../../src/excel/host-types";
import { lazyHost } from "../../src/taskpane/lazy-host";

/** A host that records every call made on it. */
function recordingHost(calls: string[]): ExcelHost {
  return {
    capabilities: () => ({ supported: true, annotations: "notes" }),
    async check(onStage) {
      onStage?.("reading");
      calls.push("check");
      return { report: { tables: [], findings: [], summary: {} as never }, marked: 0, written: 0 };
    },
    async clearMarks() {
      calls.push("clearMarks");
      return 3;
    },
    async select(sheet, cell) {
      calls.push(`select ${sheet}!${cell}`);
    },
    loadSettings: () => ({}),
    async saveSettings(s) {
      calls.push(`save ${JSON.stringify(s)}`);
    },
    async listTables() {
      calls.push("listTables");
      return [];
    },
    async createSheet(kind, from) {
      calls.push(`create ${kind} ${from?.sheet ?? "-"}`);
      return "新表";
    },
  };
}

const now = {
  capabilities: () => ({ supported: false, annotations: "none" as const, message: "旧版" }),
  loadSettings: () => ({ scoreTolerance: 1 }),
};

test("answers the synchronous calls without loading, loads once on first use, and passes every call through", async () => {
  const calls: string[] = [];
  let loads = 0;
  const host = lazyHost(now, async () => {
    loads++;
    return recordingHost(calls);
  });
  expect(host.capabilities()).toEqual(now.capabilities());
  expect(host.loadSettings()).toEqual({ scoreTolerance: 1 });
  expect(loads).toBe(0);

  const stages: string[] = [];
  await host.check((s) => stages.push(s));
  expect(stages).toEqual(["reading"]);
  await expect(host.clearMarks()).resolves.toBe(3);
  await host.select("表1", "C3");
  await host.saveSettings({ scoreTolerance: 2 });
  await host.listTables();
  await expect(
    host.createSheet("monitoring", { sheet: "表1", range: "A1:G9", kind: "target", projectCode: "", projectName: "" }),
  ).resolves.toBe("新表");
  expect(calls).toEqual([
    "check",
    "clearMarks",
    "select 表1!C3",
    'save {"scoreTolerance":2}',
    "listTables",
    "create monitoring 表1",
  ]);
  expect(loads).toBe(1);
});

test("a failed load fails the action that needed it, and the next action loads again", async () => {
  const calls: string[] = [];
  let loads = 0;
  const host = lazyHost(now, async () => {
    if (++loads === 1) throw new Error("Loading chunk engine failed");
    return recordingHost(calls);
  });
  await expect(host.preload()).rejects.toThrow("Loading chunk engine failed");
  await expect(host.clearMarks()).resolves.toBe(3);
  await host.listTables();
  expect(loads).toBe(2);
  expect(calls).toEqual(["clearMarks", "listTables"]);
});
