/**
 * Reading a workbook of any size: one sync to survey the sheets (names, protection, used-range
 * sizes), then the cells, merged areas, store and comment threads as pieces packed into syncs by
 * an estimate of their bytes (batches.ts): one sync for a workbook of ordinary size, more as the
 * bytes grow. Merged areas are read in row bands small enough that none can hold more than the 512
 * areas Excel returns at most. `text` is read with the cells when everything fits one sync;
 * otherwise only for the rows holding numbers (text is the value for any other cell).
 */
import { isBookkeepingSheet, isSummaryName, type CellRange } from "../core";
import {
  ACTION_BYTES,
  ListSource,
  PATH_BYTES,
  isPayloadError,
  responseSize,
  runSources,
  utf8Length,
  type Budget,
  type Piece,
  type Source,
} from "./batches";
import type { LoadedRange } from "./snapshot-build";
import { parseAreasAddress, splitAddress } from "./snapshot-build";
import { STORE_SHEET } from "./store";

/** Range.getMergedAreasOrNullObject fails above this many areas. */
export const MERGE_CAP = 512;
/** Sheets surveyed per sync (a chain of getNextOrNullObject: one sync for any usual workbook). */
export const SURVEY_CHAIN = 40;
/** First guesses of response bytes per cell, before a block of the sheet has been read. */
export const CELL_BYTES = 48;
export const CELL_TEXT_BYTES = 72;
/** Rows of a sheet read first, to measure it, when the workbook needs more than one sync. */
export const PROBE_ROWS = 200;
const STORE_CELL_BYTES = 600;
const RESULT_BYTES = 64;

export interface SurveyedSheet {
  name: string;
  visibility: string;
  protected: boolean;
  /** The used range (values only), null when the sheet is empty. */
  used: { row: number; col: number; rows: number; cols: number } | null;
}

export interface Survey {
  workbookName: string;
  workbookProtected: boolean;
  sheets: SurveyedSheet[];
  /** Comment threads' ids (ExcelApi 1.10); their content and place are read with the cells. */
  comments: string[];
}

type SheetProbe = { ws: Excel.Worksheet; prot: Excel.WorksheetProtection; used: Excel.Range };

function probeSheet(ws: Excel.Worksheet): SheetProbe {
  return {
    ws: ws.load("name,visibility"),
    prot: ws.protection.load("protected"),
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  };
}

function surveyed(p: SheetProbe): SurveyedSheet {
  const u = p.used;
  return {
    name: p.ws.name,
    visibility: p.ws.visibility,
    protected: p.prot.protected,
    used: u.isNullObject ? null : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount },
  };
}

/**
 * Sync 1 (more only past SURVEY_CHAIN sheets): the sheets in tab order, hidden ones included, each
 * with its protection and used-range size; the workbook's name and protection; the comment threads.
 * The sheets come as a chain of getNextOrNullObject, so no sync is spent listing them first; should
 * an Excel build refuse the calls on the null object past the last sheet, they are listed first.
 */
export async function survey(context: Excel.RequestContext, withComments: boolean): Promise<Survey> {
  try {
    return await surveyChain(context, withComments);
  } catch (e) {
    if (isPayloadError(e)) throw e;
    return surveyList(context, withComments);
  }
}

function surveyWorkbook(context: Excel.RequestContext, withComments: boolean) {
  const workbook = context.workbook;
  workbook.load("name");
  const protection = workbook.protection.load("protected");
  const comments = withComments ? workbook.comments.load("items/id") : null;
  return (sheets: SurveyedSheet[]): Survey => ({
    workbookName: workbook.name,
    workbookProtected: protection.protected,
    sheets,
    comments: (comments?.items ?? []).map((c) => c.id),
  });
}

async function surveyChain(context: Excel.RequestContext, withComments: boolean): Promise<Survey> {
  const done = surveyWorkbook(context, withComments);
  const sheets: SurveyedSheet[] = [];
  let ws: Excel.Worksheet | null = null;
  for (let ended = false; !ended;) {
    const chain: SheetProbe[] = [];
    for (let i = 0; i < SURVEY_CHAIN; i++) {
      ws = ws === null ? context.workbook.worksheets.getFirst(false) : ws.getNextOrNullObject(false);
      chain.push(probeSheet(ws));
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per budgeted batch is the design
    await context.sync();
    for (const c of chain) {
      if (c.ws.isNullObject) {
        ended = true;
        break;
      }
      sheets.push(surveyed(c));
    }
  }
  return done(sheets);
}

async function surveyList(context: Excel.RequestContext, withComments: boolean): Promise<Survey> {
  const done = surveyWorkbook(context, withComments);
  const list = context.workbook.worksheets.load("items/name");
  await context.sync();
  const probes = list.items.map((ws) => probeSheet(ws));
  await context.sync();
  return done(probes.map(surveyed));
}

interface RowPiece extends Piece {
  start: number;
  rows: number;
}

/**
 * Per sheet: rows of a rectangle read in blocks, sized by the bytes per cell seen so far. With
 * `probe`, the first block is at most that many rows and the next waits for it: its real size
 * sizes the rest, so a sheet of long texts does not overrun the response limit.
 */
export class RowBlocks implements Source {
  private runs: [number, number][] = [];
  private measured = false;
  private probing = false;
  constructor(
    private readonly sheet: string,
    private readonly rect: { row: number; col: number; cols: number },
    private readonly props: string[],
    private perCell: number,
    private readonly take: (start: number, loaded: Record<string, unknown[][]>) => void,
    private readonly probe = 0,
  ) {}

  /** Rows to read; a run close after the last one joins it (a few rows more beat another piece). */
  add(start: number, rows: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && start >= last[0] + last[1] && start - (last[0] + last[1]) <= 16) last[1] = start + rows - last[0];
    else if (rows > 0) this.runs.push([start, rows]);
  }

  next(room: Budget, force: boolean): RowPiece | null {
    const run = this.runs[0];
    if (!run || this.probing) return null;
    const request = 2 * PATH_BYTES + ACTION_BYTES + utf8Length(this.sheet) + 40;
    const perRow = this.rect.cols * this.perCell;
    let rows = request > room.request ? 0 : Math.min(run[1], Math.floor((room.response - RESULT_BYTES) / perRow));
    if (rows < 1) {
      if (!force) return null;
      rows = 1;
    }
    if (this.probe > 0 && !this.measured) {
      rows = Math.min(rows, this.probe);
      this.probing = true;
    }
    const start = run[0];
    run[0] += rows;
    run[1] -= rows;
    if (run[1] === 0) this.runs.shift();
    return {
      start,
      rows,
      request,
      response: RESULT_BYTES + rows * perRow,
      queue: (context) => {
        const range = context.workbook.worksheets
          .getItem(this.sheet)
          .getRangeByIndexes(this.rect.row + start, this.rect.col, rows, this.rect.cols)
          .load(this.props);
        return () => {
          const loaded = Object.fromEntries(
            this.props.map((p) => [p, (range as unknown as Record<string, unknown[][]>)[p]]),
          );
          // What a cell of this sheet really costs, so the next blocks are as large as the budget allows.
          this.perCell = Math.max(4, (responseSize(loaded) / (rows * this.rect.cols)) * 1.25);
          this.measured = true;
          this.probing = false;
          this.take(start, loaded);
        };
      },
    };
  }

  giveBack(pieces: Piece[], error: unknown): boolean {
    const mine = pieces as RowPiece[];
    this.runs.unshift(...mine.map((p): [number, number] => [p.start, p.rows]));
    this.probing = false;
    if (!isPayloadError(error) || (mine.length === 1 && mine[0].rows === 1)) return false;
    this.perCell *= 2;
    return true;
  }
}

/** Per sheet: merged areas in row bands of at most MERGE_CAP cells, so no band can exceed the cap; a band Excel still refuses is halved. */
export class MergeBands implements Source {
  private runs: [number, number][];
  private band: number;
  readonly areas = new Map<string, CellRange>();
  constructor(
    private readonly sheet: string,
    private readonly rect: { row: number; col: number; rows: number; cols: number },
  ) {
    this.runs = [[0, rect.rows]];
    this.band = Math.max(1, Math.floor(MERGE_CAP / rect.cols));
  }

  next(room: Budget, force: boolean): RowPiece | null {
    const run = this.runs[0];
    if (!run) return null;
    const rows = Math.min(run[1], this.band);
    const request = 3 * PATH_BYTES + 2 * ACTION_BYTES + utf8Length(this.sheet) + 40;
    // Seed tables hold about one merged area per 12 cells, each some 20 bytes of address.
    const response = RESULT_BYTES + Math.ceil((rows * this.rect.cols) / 12) * (20 + utf8Length(this.sheet) * 2);
    if (!force && (request > room.request || response > room.response)) return null;
    const start = run[0];
    run[0] += rows;
    run[1] -= rows;
    if (run[1] === 0) this.runs.shift();
    return {
      start,
      rows,
      request,
      response,
      queue: (context) => {
        const merged = context.workbook.worksheets
          .getItem(this.sheet)
          .getRangeByIndexes(this.rect.row + start, this.rect.col, rows, this.rect.cols)
          .getMergedAreasOrNullObject()
          .load("address");
        return () => {
          if (merged.isNullObject) return;
          // An area crossing two bands is reported by both.
          for (const a of parseAreasAddress(merged.address))
            this.areas.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
        };
      },
    };
  }

  giveBack(pieces: Piece[], error: unknown): boolean {
    const mine = pieces as RowPiece[];
    this.runs.unshift(...mine.map((p): [number, number] => [p.start, p.rows]));
    if (isPayloadError(error) || this.band === 1) return false;
    this.band = Math.ceil(this.band / 2);
    return true;
  }
}

export interface CommentThread {
  id: string;
  content: string;
  sheet: string;
  cell: string;
  replies: { id: string; content: string }[];
}

export interface Contents {
  sheets: Map<string, { used: LoadedRange | null; merges: CellRange[] }>;
  store: unknown[][] | null;
  threads: CommentThread[];
  /** Without the cells: the first cells (A1:A3) of sheets named like a summary, to know an old one of ours by its layout. */
  heads: Map<string, unknown[][]>;
}

const isNumberRow = (row: unknown[]) => row.some((v) => typeof v === "number");

function textOf(v: unknown): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A1:A3 of each sheet named like a summary: enough to tell whether it is laid out as ours. */
function headPieces(sheets: SurveyedSheet[], into: Map<string, unknown[][]>): Piece[] {
  return sheets
    .filter((s) => isSummaryName(s.name) && s.used)
    .map((s) => ({
      request: 2 * PATH_BYTES + ACTION_BYTES + utf8Length(s.name) + 40,
      response: RESULT_BYTES + 3 * CELL_BYTES,
      queue: (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem(s.name).getRange("A1:A3").load("values");
        return () => void into.set(s.name, range.values);
      },
    }));
}

/** Comment threads: content, place and replies, a piece each (a thread's text can be long: budgeted like cells). */
export function threadPieces(ids: string[], into: CommentThread[]): Piece[] {
  return ids.map((id) => ({
    request: 4 * PATH_BYTES + 3 * ACTION_BYTES + utf8Length(id) + 60,
    response: 3 * RESULT_BYTES + 800,
    queue: (context: Excel.RequestContext) => {
      const comment = context.workbook.comments.getItem(id).load("content");
      const location = comment.getLocation().load("address");
      const replies = comment.replies.load("items/id,items/content");
      return () => {
        const { sheet, cell } = splitAddress(location.address);
        const r = replies.items.map((x) => ({ id: x.id, content: x.content }));
        into.push({ id, content: comment.content, sheet, cell, replies: r });
      };
    },
  }));
}

/**
 * Syncs 2…: the used range of every sheet to check (values, number formats and, where it fits,
 * text), its merged areas, the store's rows and the comment threads' places — one sync when the
 * estimate fits the budget, else as many as the bytes need.
 */
export async function readContents(
  context: Excel.RequestContext,
  found: Survey,
  withCells: boolean,
  budget: Budget,
): Promise<Contents> {
  const out: Contents = { sheets: new Map(), store: null, threads: [], heads: new Map() };
  const cellSources: Source[] = [];
  const textSources: Source[] = [];
  const mergeSources: Source[] = [];
  const storeSources: Source[] = [];
  const toRead = withCells ? found.sheets.filter((s) => !isBookkeepingSheet(s.name)) : [];
  const pending: { name: string; loaded: LoadedRange; merges: MergeBands }[] = [];
  const cells = toRead.reduce((n, s) => n + (s.used ? s.used.rows * s.used.cols : 0), 0);
  const withText = cells * CELL_TEXT_BYTES <= budget.response;

  for (const s of toRead) {
    if (!s.used) {
      out.sheets.set(s.name, { used: null, merges: [] });
      continue;
    }
    const u = s.used;
    const loaded: LoadedRange = {
      rowIndex: u.row,
      columnIndex: u.col,
      values: new Array<unknown[]>(u.rows),
      text: new Array<unknown[]>(u.rows),
      numberFormat: new Array<unknown[]>(u.rows),
    };
    const text = new RowBlocks(s.name, u, ["text"], CELL_BYTES / 2, (start, got) => {
      got.text.forEach((row, i) => (loaded.text[start + i] = row));
    });
    const props = withText ? ["values", "numberFormat", "text"] : ["values", "numberFormat"];
    const perCell = withText ? CELL_TEXT_BYTES : CELL_BYTES;
    const blocks = new RowBlocks(
      s.name,
      u,
      props,
      perCell,
      (start, got) => {
        got.values.forEach((row, i) => {
          loaded.values[start + i] = row;
          loaded.numberFormat[start + i] = got.numberFormat[i];
          if (withText) loaded.text[start + i] = got.text[i];
          // Only a number's text depends on its format: read it from Excel for rows holding one.
          else if (isNumberRow(row)) text.add(start + i, 1);
          else loaded.text[start + i] = row.map(textOf);
        });
      },
      withText ? 0 : PROBE_ROWS,
    );
    blocks.add(0, u.rows);
    const merges = new MergeBands(s.name, u);
    cellSources.push(blocks);
    textSources.push(text);
    mergeSources.push(merges);
    pending.push({ name: s.name, loaded, merges });
  }

  const store = found.sheets.find((s) => s.name === STORE_SHEET);
  if (store?.used) {
    const rows = new Array<unknown[]>(store.used.rows);
    const blocks = new RowBlocks(STORE_SHEET, store.used, ["values"], STORE_CELL_BYTES, (start, got) =>
      got.values.forEach((row, i) => (rows[start + i] = row)),
    );
    blocks.add(0, store.used.rows);
    storeSources.push(blocks);
    out.store = rows;
  }

  const threads = new ListSource(threadPieces(found.comments, out.threads));
  const heads = new ListSource(withCells ? [] : headPieces(found.sheets, out.heads));
  await runSources(context, [...cellSources, ...textSources, ...mergeSources, ...storeSources, threads, heads], budget);
  for (const p of pending) out.sheets.set(p.name, { used: p.loaded, merges: [...p.merges.areas.values()] });
  return out;
}
