import type { ExcelHost } from "../excel/host-types";

export type LazyHost = ExcelHost & {
  /** Starts loading the host now (after the first view shows), so that the first 检查 does not wait. */
  preload(): Promise<ExcelHost>;
};

/**
 * A host whose heavy part (the engine and the Office.js plumbing, a third of the pane's JavaScript)
 * loads on first use, so that the first view shows without it. What must answer synchronously comes
 * from `now`. A failed load (a network blip) is not kept: the next action tries again.
 */
export function lazyHost(
  now: Pick<ExcelHost, "capabilities" | "loadSettings">,
  load: () => Promise<ExcelHost>,
): LazyHost {
  let loading: Promise<ExcelHost> | null = null;
  const real = () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
  return {
    preload: real,
    capabilities: () => now.capabilities(),
    loadSettings: () => now.loadSettings(),
    check: async (onStage) => (await real()).check(onStage),
    clearMarks: async () => (await real()).clearMarks(),
    select: async (sheet, cell) => (await real()).select(sheet, cell),
    saveSettings: async (settings) => (await real()).saveSettings(settings),
    listTables: async () => (await real()).listTables(),
    createSheet: async (kind, from) => (await real()).createSheet(kind, from),
  };
}
