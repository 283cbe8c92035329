/**
 * The WPS 表格 host: the ExcelHost the task pane and the ribbon call, over the ET object model.
 * The engine, the write plan and the marking policy (what the user had, what is ours, how our note
 * sits beside theirs, the store that undoes it) are the Excel host's; only reading and writing
 * differ. ET is synchronous: each call below is a property or method of the live workbook.
 */
import {
  buildTemplate,
  canBeSource,
  findTables,
  freeSheetName,
  isBookkeepingSheet,
  resolveSettings,
  SUMMARY_SHEET,
  summaryLayout,
  type CellValue,
  type SettingsInput,
  type SheetSnapshot,
  type TableKind,
  type WorkbookSnapshot,
} from "../core";
import { protectedStoreError, protectedWorkbookError, toHostError, type Phase } from "../excel/errors";
import { defaultEngine, type Engine } from "../excel/host";
import {
  HostError,
  type Capabilities,
  type CheckOutcome,
  type CheckStage,
  type ExcelHost,
  type TableRef,
} from "../excel/host-types";
import { planCellOps, touchedCells, withoutOurValues, type CellState } from "../excel/marks";
import {
  decodeStore,
  decodeStoreMeta,
  encodeStore,
  entryKey,
  STORE_SHEET,
  summaryOf,
  type StoreEntry,
  type StoreMeta,
} from "../excel/store";
import { findSourceTable, tableRef } from "../excel/template";
import { etApplication, XL_SHEET_VISIBLE, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";
import { cellValue, grid2d, readSheet } from "./read";
import { decodeSettings, encodeSettings, SETTINGS_SHEET } from "./settings";
import {
  addSheet,
  applyCellOps,
  applyPrint,
  deleteSheet,
  drawTemplate,
  fillState,
  noteText,
  writeHiddenRows,
  writeSummary,
} from "./write";

export const WPS_MESSAGES = {
  outsideWps: "未在 WPS 表格中运行：请在 WPS 表格中点“绩效检查”选项卡 →“检查面板”打开。",
  noWorkbook: "请先在 WPS 表格中打开要检查的工作簿。",
} as const;

export interface WpsHostOptions {
  /** Where ET is found; the page's window.Application by default. */
  app?: () => EtApplication | null;
  engine?: Engine;
  /** The clock for the summary's "checked at" line. */
  now?: () => Date;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

interface WorkbookRead {
  wb: EtWorkbook;
  sheets: Map<string, EtWorksheet>;
  protectedSheets: Set<string>;
  store: EtWorksheet | null;
  summary: EtWorksheet | null;
  old: StoreEntry[];
  snapshot: WorkbookSnapshot;
}

function listSheets(wb: EtWorkbook): EtWorksheet[] {
  const sheets = wb.Worksheets;
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i));
  return out;
}

/** The store sheet's rows (from A1), or null. */
function storeValues(ws: EtWorksheet): unknown[][] | null {
  const used = ws.UsedRange;
  if (used.Row !== 1 || used.Column !== 1) return null;
  return grid2d(used.Value2, used.Rows.Count, used.Columns.Count);
}

/** A1:A3 of a sheet, as a snapshot enough to tell our summary's layout. */
function headOf(ws: EtWorksheet): SheetSnapshot {
  return { name: ws.Name, values: grid2d(ws.Range("A1:A3").Value2, 3, 1) as CellValue[][] };
}

function readWorkbook(wb: EtWorkbook, withCells: boolean): WorkbookRead {
  const read: WorkbookRead = {
    wb,
    sheets: new Map(),
    protectedSheets: new Set(),
    store: null,
    summary: null,
    old: [],
    snapshot: { sheets: [] },
  };
  const sheets: SheetSnapshot[] = [];
  for (const ws of listSheets(wb)) {
    const name = ws.Name;
    read.sheets.set(name, ws);
    if (name === STORE_SHEET) read.store = ws;
    if (ws.ProtectContents) read.protectedSheets.add(name);
    if (withCells && !isBookkeepingSheet(name)) sheets.push(readSheet(ws, ws.Visible !== XL_SHEET_VISIBLE));
  }
  const values = read.store ? storeValues(read.store) : null;
  read.old = decodeStore(values);
  const names = [...read.sheets.keys()];
  const summary = summaryOf(names, decodeStoreMeta(values), (name) => {
    const ws = read.sheets.get(name);
    return sheets.find((s) => s.name === name) ?? (ws ? headOf(ws) : null);
  });
  if (summary !== null) {
    read.summary = read.sheets.get(summary) ?? null;
    read.protectedSheets.delete(summary);
    read.snapshot.own = [summary];
  }
  read.snapshot.sheets = sheets.map((s) => withoutOurValues(s, read.old));
  return read;
}

/** The touched cells as they are now, read after the plan is made and before anything is written. */
function readCellStates(read: WorkbookRead, cells: StoreEntry[]): Map<string, CellState> {
  const states = new Map<string, CellState>();
  for (const c of cells) {
    const ws = read.sheets.get(c.sheet);
    if (!ws) continue;
    const cell = ws.Range(c.cell);
    const fmt = cell.NumberFormat;
    states.set(entryKey(c.sheet, c.cell), {
      fill: fillState(cell.Interior),
      value: cellValue(grid2d(cell.Value2, 1, 1)[0][0]),
      numFmt: typeof fmt === "string" && fmt ? fmt : "General",
      note: noteText(cell),
      comment: null,
    });
  }
  return states;
}

function sheetList(names: string[]): string {
  return names.map((s) => `“${s}”`).join("、");
}

/** The last visible sheet now: new sheets go after it, never after a very hidden one. */
function lastVisible(wb: EtWorkbook): EtWorksheet | null {
  let last: EtWorksheet | null = null;
  for (const ws of listSheets(wb)) if (ws.Visible === XL_SHEET_VISIBLE) last = ws;
  return last;
}

export function createWpsHost(options: WpsHostOptions = {}): ExcelHost {
  const getApp = options.app ?? (() => etApplication());
  const engine = options.engine ?? defaultEngine;
  const now = options.now ?? (() => new Date());

  const capabilities = (): Capabilities =>
    getApp()
      ? { supported: true, annotations: "notes" }
      : { supported: false, annotations: "none", message: WPS_MESSAGES.outsideWps };

  /** The application and its active workbook, or the user's reason why not. */
  const open = (): { app: EtApplication; wb: EtWorkbook } => {
    const app = getApp();
    if (!app) throw new HostError(WPS_MESSAGES.outsideWps);
    const wb = app.ActiveWorkbook;
    if (!wb) throw new HostError(WPS_MESSAGES.noWorkbook);
    return { app, wb };
  };

  /** Runs fn with screen updating off; any failure becomes one Chinese sentence. */
  const run = <T>(
    phase: { current: Phase; sheets: string[] },
    fn: (app: EtApplication, wb: EtWorkbook) => T,
    /** The workbook an earlier step read: the user may have switched windows since. */
    book?: EtWorkbook,
  ): T => {
    const opened = open();
    const app = opened.app;
    const wb = book ?? opened.wb;
    const updating = app.ScreenUpdating;
    try {
      app.ScreenUpdating = false;
      return fn(app, wb);
    } catch (e) {
      throw toHostError(e, phase.current, phase.sheets);
    } finally {
      app.ScreenUpdating = updating;
    }
  };

  /** Puts the user back on the sheet they were on (adding a sheet activates it in ET). */
  const keepActive = <T>(app: EtApplication, fn: () => T): T => {
    const active = app.ActiveSheet;
    const name = active?.Name;
    const out = fn();
    if (active && name && app.ActiveSheet?.Name !== name) {
      try {
        active.Activate();
      } catch {
        // The sheet was ours and is gone.
      }
    }
    return out;
  };

  const loadSettings = (): SettingsInput => {
    const app = getApp();
    const wb = app?.ActiveWorkbook;
    if (!wb) return {};
    const ws = listSheets(wb).find((s) => s.Name === SETTINGS_SHEET) ?? null;
    return decodeSettings(ws);
  };

  const host: ExcelHost = {
    capabilities,

    async check(onStage?: (stage: CheckStage) => void): Promise<CheckOutcome> {
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      // ET's calls hold the thread: each stage yields first so the pane can paint its progress.
      const paint = () => new Promise((r) => setTimeout(r, 0));
      onStage?.("reading");
      await paint();
      const settings = loadSettings();
      const read = run(phase, (_app, wb) => readWorkbook(wb, true));
      onStage?.("checking");
      await paint();
      const { report, plan } = engine(read.snapshot, settings, { checkedAt: stamp(now()), source: read.wb.Name });
      onStage?.("writing");
      await paint();
      const outcome = run(
        phase,
        (app, wb) => {
          if (wb.ProtectStructure) throw protectedWorkbookError();
          if (read.store && read.protectedSheets.has(STORE_SHEET)) throw protectedStoreError();
          // A protected sheet is checked and reported, not marked: its cells and its old entries are left as they are.
          const blocked = (sheet: string) => read.protectedSheets.has(sheet);
          const old = read.old.filter((e) => read.sheets.has(e.sheet));
          const keptOld = old.filter((e) => blocked(e.sheet));
          const marks = plan.marks.filter((m) => !blocked(m.sheet));
          const writes = plan.writes.filter((w) => !blocked(w.sheet));
          const skipped = [...plan.marks, ...plan.writes].filter((m) => blocked(m.sheet));
          const liveOld = old.filter((e) => !blocked(e.sheet));
          const cells = [...touchedCells(liveOld, marks, writes).values()].filter((c) => read.sheets.has(c.sheet));
          const states = readCellStates(read, cells);
          const marking = planCellOps({ old: liveOld, marks, writes, states, annotations: "notes" });

          phase.current = "write";
          phase.sheets = [...new Set(cells.map((c) => c.sheet))];
          // Ours replaces our last one; a sheet of the user's named 检查结果 keeps its name, ours takes a free one.
          const summaryName = freeSheetName(
            SUMMARY_SHEET,
            [...read.sheets.keys()].filter((n) => n !== read.summary?.Name),
          );
          const meta: StoreMeta = { summary: summaryName };
          keepActive(app, () => {
            const union = [...marking.union, ...keptOld];
            let store = read.store;
            // The union first: a failure half-way still leaves every mark undoable.
            if (union.length > 0)
              store = writeHiddenRows(wb, STORE_SHEET, encodeStore(union, meta), store, lastVisible(wb));
            if (read.summary) deleteSheet(app, read.summary);
            applyCellOps(wb, marking.ops);
            const layout = summaryLayout(plan.summary);
            const summary = addSheet(wb, summaryName, lastVisible(wb));
            writeSummary(summary, { ...layout, rows: plan.summary.rows, widths: plan.summary.widths });
            if (plan.summary.print) applyPrint(summary, plan.summary.print);
            // Kept even with no entry: it names the summary as ours.
            const entries = [...marking.entries, ...keptOld];
            writeHiddenRows(wb, STORE_SHEET, encodeStore(entries, meta), store, lastVisible(wb));
          });

          const result: CheckOutcome = {
            report,
            marked: marking.marked,
            written: marking.written,
            summarySheet: summaryName,
          };
          if (skipped.length > 0) {
            const names = [...new Set(skipped.map((s) => s.sheet))];
            result.notice = `工作表${sheetList(names)}受保护，其中 ${skipped.length} 个单元格未标记（问题已列入“检查结果”工作表）：请在“审阅”选项卡中撤消工作表保护后重新检查。`;
          }
          return result;
        },
        read.wb,
      );
      onStage?.("done");
      return outcome;
    },

    async clearMarks(): Promise<number> {
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      return run(phase, (app, wb) => {
        const read = readWorkbook(wb, false);
        if (!read.store && !read.summary) return 0;
        const old = read.old.filter((e) => read.sheets.has(e.sheet));
        const sheets = [...new Set(old.map((e) => e.sheet))];
        if (wb.ProtectStructure) throw protectedWorkbookError();
        const locked = sheets.filter((s) => read.protectedSheets.has(s));
        if (locked.length > 0)
          throw new HostError(
            `工作表${sheetList(locked)}受保护，无法清除其中的标记：请在“审阅”选项卡中撤消工作表保护后再清除。`,
          );
        const states = readCellStates(read, old);
        const marking = planCellOps({ old, marks: [], writes: [], states, annotations: "notes" });
        phase.current = "write";
        phase.sheets = sheets;
        keepActive(app, () => {
          applyCellOps(wb, marking.ops);
          if (read.summary) deleteSheet(app, read.summary);
          if (read.store) deleteSheet(app, read.store);
        });
        return marking.restored;
      });
    },

    async select(sheet: string, cell: string): Promise<void> {
      const phase = { current: "select" as Phase, sheets: [sheet] };
      run(phase, (_app, wb) => {
        const ws = listSheets(wb).find((s) => s.Name === sheet);
        if (!ws) throw new HostError(`找不到工作表“${sheet}”，它可能已被重命名或删除：请重新检查。`);
        ws.Activate();
        ws.Range(cell).Select();
      });
    },

    loadSettings,

    async saveSettings(input: SettingsInput): Promise<void> {
      const phase = { current: "write" as Phase, sheets: [] as string[] };
      run(phase, (app, wb) => {
        const read = readWorkbook(wb, false);
        const existing = read.sheets.get(SETTINGS_SHEET) ?? null;
        if (!existing && wb.ProtectStructure)
          throw new HostError("工作簿结构受保护，设置无法保存到工作簿：请在“审阅”选项卡中撤消工作簿保护后再保存。");
        keepActive(app, () => writeHiddenRows(wb, SETTINGS_SHEET, encodeSettings(input), existing, lastVisible(wb)));
      });
    },

    async listTables(): Promise<TableRef[]> {
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      const read = run(phase, (_app, wb) => readWorkbook(wb, true));
      // The tables are read, not checked: a list needs no rules. A blank one has nothing to carry over.
      return findTables(read.snapshot).filter(canBeSource).map(tableRef);
    },

    async createSheet(kind: TableKind, from?: TableRef): Promise<string> {
      const { weights } = resolveSettings(loadSettings());
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      return run(phase, (app, wb) => {
        const read = readWorkbook(wb, !!from);
        let source = null;
        if (from) {
          source = findSourceTable(findTables(read.snapshot), from);
          if (!source)
            throw new HostError(
              `在工作表“${from.sheet}”中找不到项目“${from.projectName || from.range}”：请点“刷新列表”后重新选择来源表。`,
            );
        }
        if (wb.ProtectStructure)
          throw new HostError("工作簿结构受保护，无法新建工作表：请在“审阅”选项卡中撤消工作簿保护后再试。");
        const t = buildTemplate(kind, source, { weights });
        const name = freeSheetName(t.name, [...read.sheets.keys()]);
        phase.current = "write";
        const after = (from && read.sheets.get(from.sheet)) || lastVisible(wb);
        const ws = addSheet(wb, name, after);
        try {
          drawTemplate(app, ws, t);
        } catch (e) {
          // Remove the half-drawn sheet so a retry does not make "… (2)".
          try {
            deleteSheet(app, ws);
          } catch {
            // The first error is the one to report.
          }
          throw e;
        }
        return name;
      });
    },
  };
  return host;
}
