/**
 * Reads and writes sized for Excel on the web, which refuses a request or a response over 5 MB.
 * Work comes from sources as pieces, each with an estimate of its request and response bytes; pieces
 * are packed into as few syncs as the budget allows (one, for a workbook of ordinary size). A sync
 * Excel refuses as too large is retried smaller; a source can also shrink its pieces on other
 * failures (merged areas read in bands, see read.ts).
 */
import { errorCode } from "./errors";

export interface Budget {
  request: number;
  response: number;
}

/**
 * Estimates of office.js's request, per object path (with its instantiate action) and per action,
 * a little above what its serialiser writes (test/excel/office-js-calibration.test.ts).
 */
export const PATH_BYTES = 170;
export const ACTION_BYTES = 130;

/** Per sync, well under Excel on the web's 5 MB: the estimates are rough, a response's before its content is known. */
export const READ_BUDGET: Budget = { request: 3 * 1024 * 1024, response: 3 * 1024 * 1024 };

const sheets = new WeakMap<Excel.RequestContext, Map<string, Excel.Worksheet>>();

/** One worksheet proxy per name and context: one object path in the request, not one per cell. */
export function sheetProxy(context: Excel.RequestContext, name: string): Excel.Worksheet {
  let byName = sheets.get(context);
  if (!byName) sheets.set(context, (byName = new Map()));
  let ws = byName.get(name);
  if (!ws) byName.set(name, (ws = context.workbook.worksheets.getItem(name)));
  return ws;
}

export interface Piece {
  request: number;
  response: number;
  /** Queues the piece's loads or writes; the returned function takes its results after a successful sync. */
  queue(context: Excel.RequestContext): () => void;
}

export interface Source {
  /** The next piece within room, or null; with `force`, the smallest piece even if larger than room. */
  next(room: Budget, force: boolean): Piece | null;
  /**
   * The pieces it gave to a batch that failed come back, with the failure (isPayloadError: the
   * batch was too large). Returns true when its next pieces will be smaller.
   */
  giveBack(pieces: Piece[], error: unknown): boolean;
}

export const isPayloadError = (e: unknown): boolean =>
  errorCode(e) === "RequestPayloadSizeLimitExceeded" || errorCode(e) === "ResponsePayloadSizeLimitExceeded";

/** UTF-8 bytes of a string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3; // a surrogate pair is 4
  }
  return n;
}

/** Response bytes of loaded data: JSON, non-ASCII counted as \uXXXX escapes, the larger reading. */
export function responseSize(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 6;
  return n;
}

/**
 * Runs every piece of the sources, in order, in as few syncs as the budget allows. A batch Excel
 * refuses as too large is tried again at half the size (down to one piece, which its source must
 * then make smaller); any other failure is retried only where a source can shrink its pieces.
 */
export async function runSources(context: Excel.RequestContext, sources: Source[], budget: Budget): Promise<void> {
  let scale = 1;
  for (;;) {
    const batch: { source: Source; piece: Piece }[] = [];
    let request = 0;
    let response = 0;
    for (const source of sources) {
      for (;;) {
        const room = { request: budget.request * scale - request, response: budget.response * scale - response };
        const piece = source.next(room, batch.length === 0);
        if (!piece) break;
        batch.push({ source, piece });
        request += piece.request;
        response += piece.response;
      }
    }
    if (batch.length === 0) return;
    const finish = batch.map((b) => b.piece.queue(context));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per budgeted batch is the design
      await context.sync();
    } catch (e) {
      const payload = isPayloadError(e);
      let shrunk = false;
      for (const source of new Set(batch.map((b) => b.source))) {
        const mine = batch.filter((b) => b.source === source).map((b) => b.piece);
        if (source.giveBack(mine, e)) shrunk = true;
      }
      if (payload && batch.length > 1) scale /= 2;
      else if (!shrunk) throw e;
      continue;
    }
    scale = Math.min(1, scale * 2);
    finish.forEach((f) => f());
  }
}

/** A source of independent pieces made up front (cells to read, comments to locate). */
export class ListSource implements Source {
  private queue: Piece[];
  constructor(pieces: Piece[]) {
    this.queue = [...pieces];
  }
  next(room: Budget, force: boolean): Piece | null {
    const p = this.queue[0];
    if (!p || (!force && (p.request > room.request || p.response > room.response))) return null;
    this.queue.shift();
    return p;
  }
  giveBack(pieces: Piece[]): boolean {
    this.queue.unshift(...pieces);
    return false;
  }
}
