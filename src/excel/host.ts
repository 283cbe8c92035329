import {
  buildTemplate,
  canBeSource,
  checkWorkbook,
  findTables,
  freeSheetName,
  planWrites,
  profileTemplateOptions,
  templateProfile,
  SUMMARY_SHEET,
  summaryLayout,
  type PlanOptions,
  type Report,
  type SettingsInput,
  type CellValue,
  type TableKind,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import { detectCapabilities, MESSAGES, officeSetSupported } from "./capabilities";
import { queueOps } from "./apply";
import {
  ACTION_BYTES,
  ListSource,
  PATH_BYTES,
  READ_BUDGET,
  isPayloadError,
  runSources,
  sheetProxy,
  utf8Length,
  type Budget,
  type Piece,
} from "./batches";
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
import { readContents, survey, threadPieces, type CommentThread } from "./read";
import { loadSettings, refreshSettings, saveSettings } from "./settings";
import { buildSheetSnapshot } from "./snapshot-build";
import { findSourceTable, renderTemplateSheet, tableRef } from "./template";
import {
  decodeStore,
  decodeStoreMeta,
  encodeStore,
  entryKey,
  STORE_SHEET,
  summaryOf,
  type FillState,
  type StoreEntry,
  type StoreMeta,
} from "./store";

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
  /** Estimated request and response bytes per read sync. */
  readBudget?: Budget;
}

export const COMMENT_NOTICE = "部分说明未能写成批注（单元格可能已有备注），请在“检查结果”工作表中查看全部问题。";

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const isCommentOp = (op: Op) => op.op.startsWith("comment") || op.op.startsWith("reply");

/** What the reading syncs learn: sheets, protection, the store, comment threads and (optionally) the snapshot. */
interface WorkbookRead {
  workbookName: string;
  workbookProtected: boolean;
  sheetNames: Set<string>;
  protectedSheets: Set<string>;
  storeExists: boolean;
  /** Our summary sheet (the one the store names, or an old one laid out as ours), if the workbook has one. */
  summary: string | null;
  old: StoreEntry[];
  comments: Map<string, CommentState>;
  /** Where each thread sits, by id. */
  threadCells: Map<string, { sheet: string; cell: string }>;
  snapshot: WorkbookSnapshot;
}

/** Comment threads by cell, and where each sits by id. */
function indexThreads(threads: CommentThread[]) {
  const byCell = new Map<string, CommentState>();
  const byId = new Map<string, { sheet: string; cell: string }>();
  for (const t of threads) {
    byCell.set(entryKey(t.sheet, t.cell), { id: t.id, content: t.content, replies: t.replies });
    byId.set(t.id, { sheet: t.sheet, cell: t.cell });
  }
  return { byCell, byId };
}

/**
 * Sync 1 surveys the sheets (read.ts); sync 2 reads every sheet's cells, merged areas, the store
 * and where the comment threads sit — one sync for a workbook of ordinary size, more as the bytes
 * grow past one request's budget.
 */
async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  withCells: boolean,
  budget: Budget,
): Promise<WorkbookRead> {
  const found = await survey(context, caps.annotations !== "none");
  const contents = await readContents(context, found, withCells, budget);
  const { byCell, byId } = indexThreads(contents.threads);
  const names = found.sheets.map((s) => s.name);
  const old = decodeStore(contents.store);
  const snapshot: WorkbookSnapshot = { sheets: [] };
  for (const s of found.sheets) {
    const c = contents.sheets.get(s.name);
    if (!c) continue;
    snapshot.sheets.push(
      withoutOurValues(buildSheetSnapshot(s.name, c.used, c.merges, s.visibility !== "Visible"), old),
    );
  }
  const summary = summaryOf(names, decodeStoreMeta(contents.store), (name) => {
    const head = contents.heads.get(name);
    return snapshot.sheets.find((x) => x.name === name) ?? (head ? { name, values: head as CellValue[][] } : null);
  });
  if (summary !== null) snapshot.own = [summary];
  return {
    workbookName: found.workbookName,
    workbookProtected: found.workbookProtected,
    sheetNames: new Set(names),
    protectedSheets: new Set(found.sheets.filter((s) => s.protected && s.name !== summary).map((s) => s.name)),
    storeExists: names.includes(STORE_SHEET),
    summary,
    old,
    comments: byCell,
    threadCells: byId,
    snapshot,
  };
}

/**
 * A loaded fill as plain data; the pattern colour only matters under a real pattern. Some builds
 * read the pattern as null and No Fill as #FFFFFF: then white is no fill and any other colour solid.
 */
function fillState(fill: { color: string | null; pattern: string | null; patternColor?: string | null }): FillState {
  const color = fill.color ?? "#FFFFFF";
  const pattern = fill.pattern ?? (color.toUpperCase() === "#FFFFFF" ? "None" : "Solid");
  const out: FillState = { color, pattern };
  if (pattern !== "None" && pattern !== "Solid" && fill.patternColor) out.patternColor = fill.patternColor;
  return out;
}

/** Estimated bytes of one cell's state read: about 1 KB of request, as office.js writes it. */
export function statePiece(
  c: StoreEntry,
  caps: Capabilities,
  comments: Map<string, CommentState>,
  states: Map<string, CellState>,
): Piece {
  const args = utf8Length(c.sheet) * 2 + c.cell.length * 2 + 40;
  return {
    request:
      (caps.annotations === "notes" ? 6 : 4) * PATH_BYTES +
      (caps.annotations === "notes" ? 4 : 3) * ACTION_BYTES +
      args,
    response: 600,
    queue: (context) => {
      const ws = sheetProxy(context, c.sheet);
      const range = ws.getRange(c.cell).load("values,numberFormat");
      const fill = range.format.fill.load("color,pattern,patternColor");
      const note = caps.annotations === "notes" ? ws.notes.getItemOrNullObject(c.cell).load("content") : null;
      return () => {
        const key = entryKey(c.sheet, c.cell);
        const raw = range.values[0][0];
        const fmt = range.numberFormat[0][0];
        states.set(key, {
          fill: fillState(fill),
          value: raw === "" || raw === null || raw === undefined ? null : (raw as string | number | boolean),
          numFmt: typeof fmt === "string" && fmt ? fmt : "General",
          note: note && !note.isNullObject ? note.content : null,
          comment: comments.get(key) ?? null,
        });
      };
    },
  };
}

/**
 * Sync 3: the current fill, value, format and note of every cell this run marks, writes or
 * restores, read after nothing has been written, so the decision of what to write is made whole.
 * About 1 KB of request a cell: past some 3,000 cells it takes more than one sync.
 */
async function readCellStates(
  context: Excel.RequestContext,
  caps: Capabilities,
  cells: StoreEntry[],
  comments: Map<string, CommentState>,
  budget: Budget,
): Promise<Map<string, CellState>> {
  const states = new Map<string, CellState>();
  await runSources(context, [new ListSource(cells.map((c) => statePiece(c, caps, comments, states)))], budget);
  return states;
}

/** The summary and the store must be writable; a protected sheet only goes unmarked (see check). */
function checkWritable(read: WorkbookRead, sheets: Iterable<string>, touchesSheets: boolean): void {
  if (touchesSheets && read.workbookProtected) throw protectedWorkbookError();
  for (const s of sheets)
    if (read.protectedSheets.has(s)) throw s === STORE_SHEET ? protectedStoreError() : protectedSheetError(s);
}

/** Ops in batches under the request budget, one sync each (one batch for a normal plan). */
async function writeOps(context: Excel.RequestContext, ops: Op[], budget: number): Promise<void> {
  for (const chunk of chunkOps(ops, budget)) {
    queueOps(context, chunk);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per budgeted batch is the design
    await context.sync();
  }
}

/** Whether a comment op is in the workbook now (Excel applies a failed batch up to the failing call). */
function landed(op: CellOp, threads: CommentThread[]): boolean {
  const byId = new Map(threads.map((t) => [t.id, t]));
  switch (op.op) {
    case "commentAdd":
      return threads.some((t) => t.sheet === op.sheet && t.cell === op.cell.toUpperCase() && t.content === op.content);
    case "commentSet":
      return byId.get(op.id)?.content === op.content;
    case "commentDelete":
      return !byId.has(op.id);
    case "replyAdd":
      return !!byId.get(op.commentId)?.replies.some((r) => r.content === op.content);
    case "replyDelete":
      return !byId.get(op.commentId)?.replies.some((r) => r.id === op.replyId);
    default:
      return true;
  }
}

async function readThreads(context: Excel.RequestContext, budget: Budget): Promise<CommentThread[]> {
  const items = context.workbook.comments.load("items/id");
  await context.sync();
  const threads: CommentThread[] = [];
  const pieces = threadPieces(
    items.items.map((c) => c.id),
    threads,
  );
  await runSources(context, [new ListSource(pieces)], budget);
  return threads;
}

/**
 * Sync 4: one batch for any workbook of normal size (see writeOps), comment threads last. Where
 * only threads exist, Excel refuses a thread on a cell holding a note it cannot show, and every
 * later call of that batch fails with it. So a batch failing on a comment is followed by a look at
 * the threads: what landed stays, the first call that did not is the refused one and is dropped,
 * and the rest is sent again — one cell loses only its own comment. Returns the dropped calls.
 */
async function writeWithComments(
  context: Excel.RequestContext,
  ops: Op[],
  comments: CellOp[],
  budget: number,
  readBudget: Budget,
): Promise<CellOp[]> {
  const lost: CellOp[] = [];
  // Pre-split (a large rows op becomes slices), so a chunk is always a prefix of what is left.
  let rest: Op[] = chunkOps([...ops, ...comments], budget).flat();
  while (rest.length > 0) {
    const chunk = chunkOps(rest, budget)[0];
    rest = rest.slice(chunk.length);
    queueOps(context, chunk);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per budgeted batch is the design
      await context.sync();
    } catch (e) {
      const mine = chunk.filter(isCommentOp) as CellOp[];
      if (isPayloadError(e) || mine.length === 0 || !/^Comment/.test(errorLocation(e))) throw e;
      // Everything before the comments in this chunk landed: Excel stops at the refused call.
      const threads = await readThreads(context, readBudget);
      const failed = mine.findIndex((op) => !landed(op, threads));
      if (failed >= 0) {
        lost.push(mine[failed]);
        rest = [...mine.slice(failed + 1), ...rest];
      }
    }
  }
  return lost;
}

/** Where a comment op was meant to go, as "Sheet!A1". */
function commentCell(op: CellOp, read: WorkbookRead): string {
  if (op.op === "commentAdd") return `${op.sheet}!${op.cell}`;
  const id = op.op === "commentSet" || op.op === "commentDelete" ? op.id : "commentId" in op ? op.commentId : "";
  const at = read.threadCells.get(id);
  return at ? `${at.sheet}!${at.cell}` : "";
}

function listCells(cells: string[]): string {
  return cells.slice(0, 10).join("、") + (cells.length > 10 ? ` 等 ${cells.length} 个单元格` : "");
}

/** Chinese: sheets left unmarked because they are protected, and what that means. */
function protectedNotice(skipped: { sheet: string; count: number }[]): string {
  const names = skipped.map((s) => `“${s.sheet}”`).join("、");
  const count = skipped.reduce((n, s) => n + s.count, 0);
  return `工作表${names}受保护，其中 ${count} 个单元格未标记（问题已列入“检查结果”工作表）：请在“审阅”选项卡中撤消工作表保护后重新检查。`;
}

/** Chinese: the cells whose explanation Excel refused as a comment. */
function lostCommentsNotice(cells: string[]): string {
  return `${COMMENT_NOTICE}未能写成批注的单元格：${listCells(cells)}。`;
}

function storeOps(read: WorkbookRead, union: StoreEntry[], meta: StoreMeta): { first: Op[]; exists: boolean } {
  const first: Op[] = [];
  let exists = read.storeExists;
  if (union.length > 0) {
    if (!exists) first.push({ op: "addSheet", sheet: STORE_SHEET, veryHidden: true });
    else first.push({ op: "clearSheet", sheet: STORE_SHEET });
    first.push({ op: "storeRows", sheet: STORE_SHEET, top: 0, rows: encodeStore(union, meta) });
    exists = true;
  }
  return { first, exists };
}

/** The store after the check: its entries and the summary's name (kept even with no entry, so the summary stays known as ours). */
function finalStoreOps(exists: boolean, entries: StoreEntry[], meta: StoreMeta): Op[] {
  return [
    exists ? { op: "clearSheet", sheet: STORE_SHEET } : { op: "addSheet", sheet: STORE_SHEET, veryHidden: true },
    { op: "storeRows", sheet: STORE_SHEET, top: 0, rows: encodeStore(entries, meta) },
  ];
}

/**
 * Excel.run; with `delay`, Excel holds the batch while the user is typing in a cell rather than
 * failing it (检查 and 清除标记, which the ribbon starts with no pane to show an error in).
 */
async function run<T>(
  phase: { current: Phase; sheets: string[] },
  fn: (context: Excel.RequestContext) => Promise<T>,
  delay = false,
) {
  try {
    return await Excel.run({ delayForCellEdit: delay }, fn);
  } catch (e) {
    throw toHostError(e, phase.current, phase.sheets);
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const engine = options.engine ?? defaultEngine;
  const now = options.now ?? (() => new Date());
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  const readBudget = options.readBudget ?? READ_BUDGET;

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
      // Fresh: the ribbon's runtime keeps its own copy, stale once the pane saved a change.
      await refreshSettings();
      const settings = loadSettings();
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      onStage?.("reading");
      const outcome = await run(
        phase,
        async (context) => {
          const read = await readWorkbook(context, caps, true, readBudget);

          onStage?.("checking");
          const { report, plan } = engine(read.snapshot, settings, {
            checkedAt: stamp(now()),
            source: read.workbookName,
          });

          onStage?.("writing");
          // A protected sheet is checked and listed, not marked; its earlier bookkeeping is kept.
          const blocked = (sheet: string) => read.protectedSheets.has(sheet) && sheet !== STORE_SHEET;
          const live = read.old.filter((e) => read.sheetNames.has(e.sheet));
          const kept = live.filter((e) => blocked(e.sheet));
          const old = live.filter((e) => !blocked(e.sheet));
          const marks = plan.marks.filter((m) => !blocked(m.sheet));
          const writes = plan.writes.filter((w) => !blocked(w.sheet));
          const skipped = new Map<string, number>();
          for (const c of touchedCells([], plan.marks, plan.writes).values())
            if (blocked(c.sheet)) skipped.set(c.sheet, (skipped.get(c.sheet) ?? 0) + 1);
          const cells = [...touchedCells(old, marks, writes).values()].filter((c) => read.sheetNames.has(c.sheet));
          const written = new Set(cells.map((c) => c.sheet));
          if (read.storeExists) written.add(STORE_SHEET);
          checkWritable(read, read.storeExists || cells.length > 0 ? [STORE_SHEET] : [], true);

          const states = await readCellStates(context, caps, cells, read.comments, readBudget);
          const marking = planCellOps({ old, marks, writes, states, annotations: caps.annotations });

          const notices: string[] = [];
          const rows = [...plan.summary.rows];
          if (skipped.size > 0) {
            const text = protectedNotice([...skipped].map(([sheet, count]) => ({ sheet, count })));
            notices.push(text);
            rows.push([], [{ value: text, bold: true }]);
          }
          // Ours replaces our last one; a sheet of the user's named 检查结果 keeps its name, ours takes a free one.
          const summaryName = freeSheetName(
            SUMMARY_SHEET,
            [...read.sheetNames].filter((n) => n !== read.summary),
          );
          const meta: StoreMeta = { summary: summaryName };
          const summary = { ...plan.summary, name: summaryName, rows };
          const { first, exists } = storeOps(read, [...marking.union, ...kept], meta);
          const cellOps: CellOp[] = marking.ops.filter((o) => !isCommentOp(o));
          const commentOps: CellOp[] = marking.ops.filter(isCommentOp);
          const layout = summaryLayout(summary);
          const ops: Op[] = [
            ...first,
            ...(read.summary !== null ? [{ op: "deleteSheet", sheet: read.summary } as Op] : []),
            ...cellOps,
            { op: "addSheet", sheet: summaryName },
            {
              op: "summaryRows",
              sheet: summaryName,
              top: 0,
              rows,
              columns: summary.widths.length,
              wrap: layout.wrap,
              lone: layout.lone,
              heights: layout.heights,
            },
            { op: "widths", sheet: summaryName, widths: summary.widths },
            ...(summary.print ? [{ op: "print", sheet: summaryName, print: summary.print } as Op] : []),
            ...finalStoreOps(exists, [...marking.entries, ...kept], meta),
          ];
          phase.current = "write";
          phase.sheets = [...written].filter((s) => s !== STORE_SHEET);
          const lost = await writeWithComments(context, ops, commentOps, budget, readBudget);
          // A refused delete leaves our old thread, which the next check takes away: only new text counts as lost.
          const lostCells = lost
            .filter((op) => op.op === "commentAdd" || op.op === "commentSet" || op.op === "replyAdd")
            .map((op) => commentCell(op, read))
            .filter(Boolean);
          if (lostCells.length > 0) {
            const text = lostCommentsNotice(lostCells);
            notices.push(text);
            // One more line at the foot of the summary: which explanations are only there.
            const foot: Op = {
              op: "summaryRows",
              sheet: summaryName,
              top: rows.length + 1,
              rows: [[{ value: text, bold: true }]],
            };
            await writeOps(context, [foot], budget);
          }
          const result: CheckOutcome = {
            report,
            marked: marking.marked,
            written: marking.written,
            summarySheet: summaryName,
          };
          if (notices.length > 0) result.notice = notices.join("");
          if (skipped.size > 0) result.unmarkedSheets = [...skipped.keys()];
          if (lostCells.length > 0) result.lostComments = lostCells;
          return result;
        },
        true,
      );
      onStage?.("done");
      return outcome;
    },

    async clearMarks(): Promise<number> {
      const caps = requireSupported();
      const phase = { current: "read" as Phase, sheets: [] as string[] };
      return run(
        phase,
        async (context) => {
          const read = await readWorkbook(context, caps, false, readBudget);
          if (!read.storeExists && read.summary === null) return 0;
          const old = read.old.filter((e) => read.sheetNames.has(e.sheet));
          const sheets = new Set(old.map((e) => e.sheet));
          checkWritable(read, sheets, true);

          const states = await readCellStates(context, caps, old, read.comments, readBudget);
          const marking = planCellOps({ old, marks: [], writes: [], states, annotations: caps.annotations });
          const ops: Op[] = [
            ...marking.ops.filter((o) => !isCommentOp(o)),
            ...(read.summary !== null ? [{ op: "deleteSheet", sheet: read.summary } as Op] : []),
            ...(read.storeExists ? [{ op: "deleteSheet", sheet: STORE_SHEET } as Op] : []),
          ];
          phase.current = "write";
          phase.sheets = [...sheets];
          await writeWithComments(context, ops, marking.ops.filter(isCommentOp), budget, readBudget);
          return marking.restored;
        },
        true,
      );
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
      const read = await run(phase, (context) => readWorkbook(context, caps, true, readBudget));
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
          const read = await readWorkbook(context, caps, true, readBudget);
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
