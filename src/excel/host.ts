import {
  buildTemplate,
  canBeSource,
  checkWorkbook,
  findTables,
  isOwnSheet,
  planWrites,
  profileTemplateOptions,
  templateProfile,
  SUMMARY_SHEET,
  summaryLayout,
  type PlanOptions,
  type Report,
  type SettingsInput,
  type TableKind,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import { detectCapabilities, MESSAGES, officeSetSupported } from "./capabilities";
import { queueOps } from "./apply";
import {
  errorLocation,
  protectedSheetError,
  protectedStoreError,
  protectedWorkbookError,
  toHostError,
  type Phase,
} from "./errors";
import {
  HostError,
  type Capabilities,
  type CheckOutcome,
  type CheckStage,
  type ExcelHost,
  type TableRef,
} from "./host-types";
import { planCellOps, touchedCells, withoutOurValues, type CellState, type CommentState } from "./marks";
import { chunkOps, REQUEST_BUDGET, type CellOp, type Op } from "./ops";
import { loadSettings, saveSettings } from "./settings";
import { buildSheetSnapshot, splitAddress } from "./snapshot-build";
import { findSourceTable, renderTemplateSheet, tableRef } from "./template";
import { decodeStore, encodeStore, entryKey, STORE_SHEET, type FillState, type StoreEntry } from "./store";

/** The engine as the host calls it; tests inject hand-made plans through it. */
export type Engine = (
  snapshot: WorkbookSnapshot,
  settings: SettingsInput,
  options: PlanOptions,
) => { report: Report; plan: WritePlan };

export const defaultEngine: Engine = (snapshot, settings, options) => {
  const result = checkWorkbook(snapshot, settings);
  return { report: result.report, plan: planWrites(result, options) };
};

export interface ExcelHostOptions {
  engine?: Engine;
  /** The clock for the summary's "checked at" line. */
  now?: () => Date;
  /** Request bytes per write batch; Excel on the web refuses over 5 MB. */
  requestBudget?: number;
}

export const COMMENT_NOTICE = "部分说明未能写成批注（单元格可能已有备注），请在“检查结果”工作表中查看全部问题。";

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const isCommentOp = (op: Op) => op.op.startsWith("comment") || op.op.startsWith("reply");

interface SheetRead {
  name: string;
  hidden: boolean;
  protection: Excel.WorksheetProtection;
  used?: Excel.Range;
  merged?: Excel.RangeAreas;
}

/** What the first two syncs learn: sheets, protection, the store, comment threads and (optionally) the snapshot. */
interface WorkbookRead {
  workbookName: string;
  workbookProtected: boolean;
  sheetNames: Set<string>;
  protectedSheets: Set<string>;
  storeExists: boolean;
  summaryExists: boolean;
  old: StoreEntry[];
  comments: Map<string, CommentState>;
  snapshot: WorkbookSnapshot;
}

/**
 * Syncs 1 and 2. Sync 1: sheet names and visibility, workbook protection and name, the comment
 * threads. Sync 2: every sheet's protection, used range (values, text, formats) and merged areas,
 * the store, and where each comment thread sits. Whatever the number of sheets: two round trips.
 */
async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  withCells: boolean,
): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/visibility");
  workbook.load("name");
  const protection = workbook.protection.load("protected");
  const comments = caps.annotations === "none" ? null : workbook.comments.load("items/id,items/content");
  await context.sync();

  const reads: SheetRead[] = [];
  let store: Excel.Range | null = null;
  let storeProtection: Excel.WorksheetProtection | null = null;
  for (const ws of sheets.items) {
    if (ws.name === STORE_SHEET) {
      store = ws.getUsedRangeOrNullObject(true).load("values");
      storeProtection = ws.protection.load("protected");
      continue;
    }
    if (ws.name === SUMMARY_SHEET) continue;
    const read: SheetRead = {
      name: ws.name,
      hidden: ws.visibility !== "Visible",
      protection: ws.protection.load("protected"),
    };
    if (withCells && !isOwnSheet(ws.name)) {
      read.used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,text,numberFormat");
      read.merged = ws.getRange().getMergedAreasOrNullObject().load("address");
    }
    reads.push(read);
  }
  const threads = (comments?.items ?? []).map((c) => ({
    id: c.id,
    content: c.content,
    location: c.getLocation().load("address"),
    replies: c.replies.load("items/id,items/content"),
  }));
  await context.sync();

  const commentIndex = new Map<string, CommentState>();
  for (const t of threads) {
    const { sheet, cell } = splitAddress(t.location.address);
    commentIndex.set(entryKey(sheet, cell), {
      id: t.id,
      content: t.content,
      replies: t.replies.items.map((r) => ({ id: r.id, content: r.content })),
    });
  }
  const names = sheets.items.map((s) => s.name);
  const old = store !== null && !store.isNullObject ? decodeStore(store.values) : [];
  const snapshot: WorkbookSnapshot = { sheets: [] };
  for (const r of reads) {
    if (!r.used || !r.merged) continue;
    const used = r.used.isNullObject ? null : r.used;
    const merged = r.merged.isNullObject ? null : r.merged.address;
    snapshot.sheets.push(withoutOurValues(buildSheetSnapshot(r.name, used, merged, r.hidden), old));
  }
  return {
    workbookName: workbook.name,
    workbookProtected: protection.protected,
    sheetNames: new Set(names),
    protectedSheets: new Set([
      ...reads.filter((r) => r.protection.protected).map((r) => r.name),
      ...(storeProtection?.protected ? [STORE_SHEET] : []),
    ]),
    storeExists: names.includes(STORE_SHEET),
    summaryExists: names.includes(SUMMARY_SHEET),
    old,
    comments: commentIndex,
    snapshot,
  };
}

/** A loaded fill as plain data; the pattern colour only matters under a real pattern. */
function fillState(fill: Excel.RangeFill): FillState {
  const pattern = fill.pattern ?? "None";
  const out: FillState = { color: fill.color ?? "#FFFFFF", pattern };
  if (pattern !== "None" && pattern !== "Solid" && fill.patternColor) out.patternColor = fill.patternColor;
  return out;
}

/**
 * Sync 3: the current fill, value, format and note of every cell this run marks, writes or
 * restores, read after nothing has been written, so the decision of what to write is made whole.
 */
async function readCellStates(
  context: Excel.RequestContext,
  caps: Capabilities,
  cells: StoreEntry[],
  comments: Map<string, CommentState>,
): Promise<Map<string, CellState>> {
  const sheets = new Map<string, Excel.Worksheet>();
  const loads = cells.map((c) => {
    let ws = sheets.get(c.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(c.sheet);
      sheets.set(c.sheet, ws);
    }
    const range = ws.getRange(c.cell).load("values,numberFormat");
    return {
      cell: c,
      range,
      fill: range.format.fill.load("color,pattern,patternColor"),
      note: caps.annotations === "notes" ? ws.notes.getItemOrNullObject(c.cell).load("content") : null,
    };
  });
  if (loads.length > 0) await context.sync();

  const states = new Map<string, CellState>();
  for (const l of loads) {
    const key = entryKey(l.cell.sheet, l.cell.cell);
    const raw = l.range.values[0][0];
    const fmt = l.range.numberFormat[0][0];
    states.set(key, {
      fill: fillState(l.fill),
      value: raw === "" || raw === null || raw === undefined ? null : (raw as string | number | boolean),
      numFmt: typeof fmt === "string" && fmt ? fmt : "General",
      note: l.note && !l.note.isNullObject ? l.note.content : null,
      comment: comments.get(key) ?? null,
    });
  }
  return states;
}

/** Only restores and marks on sheets that still exist can be done; a protected one stops the run before any write. */
function checkWritable(read: WorkbookRead, sheets: Iterable<string>, touchesSheets: boolean): void {
  if (touchesSheets && read.workbookProtected) throw protectedWorkbookError();
  for (const s of sheets)
    if (read.protectedSheets.has(s)) throw s === STORE_SHEET ? protectedStoreError() : protectedSheetError(s);
}

/**
 * Sync 4: one batch for any workbook of normal size. Only a plan estimated above the request
 * budget is split, and then its batches go one after another (each must land before the next is
 * sent, so this is the one place with a sync per step). Ops are ordered so that
 * a batch failing half-way leaves a store that can still undo everything: the union of old and new
 * bookkeeping first, the final bookkeeping last, comment threads after it (see COMMENT_NOTICE).
 */
async function writeOps(
  context: Excel.RequestContext,
  ops: Op[],
  budget: number,
): Promise<{ commentsFailed: boolean }> {
  const chunks = chunkOps(ops, budget);
  let done = 0;
  const next = async (): Promise<{ commentsFailed: boolean }> => {
    if (done >= chunks.length) return { commentsFailed: false };
    queueOps(context, chunks[done]);
    try {
      await context.sync();
    } catch (e) {
      // Comment ops come last: a refused comment (a cell holding a note we cannot see) leaves the rest written.
      if (/^Comment/.test(errorLocation(e)) && chunks[done].some(isCommentOp)) return { commentsFailed: true };
      throw e;
    }
    done++;
    return next();
  };
  return next();
}

function storeOps(read: WorkbookRead, union: StoreEntry[]): { first: Op[]; exists: boolean } {
  const first: Op[] = [];
  let exists = read.storeExists;
  if (union.length > 0) {
    if (!exists) first.push({ op: "addSheet", sheet: STORE_SHEET, veryHidden: true });
    else first.push({ op: "clearSheet", sheet: STORE_SHEET });
    first.push({ op: "storeRows", sheet: STORE_SHEET, top: 0, rows: encodeStore(union) });
    exists = true;
  }
  return { first, exists };
}

function finalStoreOps(exists: boolean, entries: StoreEntry[]): Op[] {
  if (entries.length > 0) {
    return [
      { op: "clearSheet", sheet: STORE_SHEET },
      { op: "storeRows", sheet: STORE_SHEET, top: 0, rows: encodeStore(entries) },
    ];
  }
  return exists ? [{ op: "deleteSheet", sheet: STORE_SHEET }] : [];
}

async function run<T>(phase: { current: Phase; sheets: string[] }, fn: (context: Excel.RequestContext) => Promise<T>) {
  try {
    return await Excel.run(fn);
  } catch (e) {
    throw toHostError(e, phase.current, phase.sheets);
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const engine = options.engine ?? defaultEngine;
  const now = options.now ?? (() => new Date());
  const budget = options.requestBudget ?? REQUEST_BUDGET;

  const capabilities = (): Capabilities => detectCapabilities(officeSetSupported());
  const requireSupported = (): Capabilities => {
    const caps = capabilities();
    if (!caps.supported) throw new HostError(caps.message ?? MESSAGES.tooOld);
    return caps;
  };

  const host: ExcelHost = {
    capabilities,

    async check(onStage?: (stage: CheckStage) => void): Promise<CheckOutcome> {
      const caps = requireSupported();
      const settings = loadSettings();
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      onStage?.("reading");
      const outcome = await run(phase, async (context) => {
        const read = await readWorkbook(context, caps, true);

        onStage?.("checking");
        const { report, plan } = engine(read.snapshot, settings, {
          checkedAt: stamp(now()),
          source: read.workbookName,
        });

        onStage?.("writing");
        const old = read.old.filter((e) => read.sheetNames.has(e.sheet));
        const cells = [...touchedCells(old, plan.marks, plan.writes).values()].filter((c) =>
          read.sheetNames.has(c.sheet),
        );
        const written = new Set(cells.map((c) => c.sheet));
        if (read.storeExists) written.add(STORE_SHEET);
        checkWritable(read, written, true);

        const states = await readCellStates(context, caps, cells, read.comments);
        const marking = planCellOps({
          old,
          marks: plan.marks,
          writes: plan.writes,
          states,
          annotations: caps.annotations,
        });

        const { first, exists } = storeOps(read, marking.union);
        const cellOps: CellOp[] = marking.ops.filter((o) => !isCommentOp(o));
        const commentOps: CellOp[] = marking.ops.filter(isCommentOp);
        const layout = summaryLayout(plan.summary);
        const ops: Op[] = [
          ...first,
          ...(read.summaryExists ? [{ op: "deleteSheet", sheet: SUMMARY_SHEET } as Op] : []),
          ...cellOps,
          { op: "addSheet", sheet: SUMMARY_SHEET },
          {
            op: "summaryRows",
            sheet: SUMMARY_SHEET,
            top: 0,
            rows: plan.summary.rows,
            columns: plan.summary.widths.length,
            wrap: layout.wrap,
            lone: layout.lone,
            heights: layout.heights,
          },
          { op: "widths", sheet: SUMMARY_SHEET, widths: plan.summary.widths },
          ...(plan.summary.print ? [{ op: "print", sheet: SUMMARY_SHEET, print: plan.summary.print } as Op] : []),
          ...finalStoreOps(exists, marking.entries),
          ...commentOps,
        ];
        phase.current = "write";
        phase.sheets = [...written].filter((s) => s !== STORE_SHEET);
        const { commentsFailed } = await writeOps(context, ops, budget);
        const result: CheckOutcome = { report, marked: marking.marked, written: marking.written };
        if (commentsFailed) result.notice = COMMENT_NOTICE;
        return result;
      });
      onStage?.("done");
      return outcome;
    },

    async clearMarks(): Promise<number> {
      const caps = requireSupported();
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      return run(phase, async (context) => {
        const read = await readWorkbook(context, caps, false);
        if (!read.storeExists && !read.summaryExists) return 0;
        const old = read.old.filter((e) => read.sheetNames.has(e.sheet));
        const sheets = new Set(old.map((e) => e.sheet));
        checkWritable(read, sheets, true);

        const states = await readCellStates(context, caps, old, read.comments);
        const marking = planCellOps({ old, marks: [], writes: [], states, annotations: caps.annotations });
        const ops: Op[] = [
          ...marking.ops.filter((o) => !isCommentOp(o)),
          ...(read.summaryExists ? [{ op: "deleteSheet", sheet: SUMMARY_SHEET } as Op] : []),
          ...(read.storeExists ? [{ op: "deleteSheet", sheet: STORE_SHEET } as Op] : []),
          ...marking.ops.filter(isCommentOp),
        ];
        phase.current = "write";
        phase.sheets = [...sheets];
        await writeOps(context, ops, budget);
        return marking.restored;
      });
    },

    async select(sheet: string, cell: string): Promise<void> {
      requireSupported();
      try {
        await Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        });
      } catch (e) {
        const code = (e as { code?: string } | null)?.code;
        if (code === "ItemNotFound")
          throw new HostError(`找不到工作表“${sheet}”，它可能已被重命名或删除：请重新检查。`);
        throw toHostError(e, "select", [sheet]);
      }
    },

    loadSettings,
    saveSettings,

    async listTables(): Promise<TableRef[]> {
      const caps = requireSupported();
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      const read = await run(phase, (context) => readWorkbook(context, caps, true));
      // The tables are read, not checked: a list needs no rules. A blank one has nothing to carry over.
      return findTables(read.snapshot).filter(canBeSource).map(tableRef);
    },

    async createSheet(kind: TableKind, from?: TableRef): Promise<string> {
      const caps = requireSupported();
      const settings = loadSettings();
      // Every kind, blank ones too: a blank self-evaluation sheet shows the saved weights, a blank
      // target table the chosen form's parts (its spending plan or none, at its 序时进度).
      const templateOpts = profileTemplateOptions(templateProfile(settings));
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      return run(phase, async (context) => {
        let source = null;
        if (from) {
          // The source is read afresh: the user may have edited it since the pane listed it.
          const read = await readWorkbook(context, caps, true);
          source = findSourceTable(findTables(read.snapshot), from);
          if (!source)
            throw new HostError(
              `在工作表“${from.sheet}”中找不到项目“${from.projectName || from.range}”：请点“刷新列表”后重新选择来源表。`,
            );
        }
        phase.current = "write";
        return renderTemplateSheet(context, buildTemplate(kind, source, templateOpts), { after: from?.sheet });
      });
    },
  };
  return host;
}
