import { utf8, type Parts } from "./zip";

/**
 * Edits to one part's original text, applied at once. The log of what each edit replaced lets the
 * edits be undone exactly: the original text comes back character for character.
 */
export type SpliceLog = [at: number, length: number, old: string][];

interface Edit {
  at: number;
  del: number;
  ins: string;
}

export class Splice {
  private readonly edits: Edit[] = [];

  constructor(readonly original: string) {}

  get changed(): boolean {
    return this.edits.length > 0;
  }

  insert(at: number, text: string): void {
    this.edits.push({ at, del: 0, ins: text });
  }

  replace(at: number, del: number, text: string): void {
    this.edits.push({ at, del, ins: text });
  }

  /** Rewrites the text every edit puts in (before apply). */
  mapInserts(f: (text: string) => string): void {
    for (const e of this.edits) e.ins = f(e.ins);
  }

  /** The edited text and, for each edit, where its text sits in it and what it replaced. */
  apply(): { text: string; log: SpliceLog } {
    // Stable: edits at the same place keep the order they were made in.
    const edits = this.edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
    const out: string[] = [];
    const log: SpliceLog = [];
    let pos = 0;
    let length = 0;
    for (const { e } of edits) {
      if (e.at < pos) throw new Error("overlapping edits");
      const keep = this.original.slice(pos, e.at);
      out.push(keep, e.ins);
      length += keep.length;
      log.push([length, e.ins.length, this.original.slice(e.at, e.at + e.del)]);
      length += e.ins.length;
      pos = e.at + e.del;
    }
    out.push(this.original.slice(pos));
    return { text: out.join(""), log };
  }
}

/** Undoes a splice: the edited text and its log -> the original text. */
export function unsplice(text: string, log: SpliceLog): string {
  const out: string[] = [];
  let pos = 0;
  for (const [at, length, old] of log) {
    out.push(text.slice(pos, at), old);
    pos = at + length;
  }
  out.push(text.slice(pos));
  return out.join("");
}

/** FNV-1a of the text with its length: enough to tell our own output from a part saved since. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${text.length}`;
}

/** Sets (or adds) an attribute on the first start tag of `tag` (raw XML of an element). */
export function setAttr(tag: string, name: string, value: string): string {
  const end = tag.indexOf(">");
  const head = tag.slice(0, end);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(head)) return head.replace(re, `$1"${value}"`) + tag.slice(end);
  const selfClosing = head.endsWith("/");
  const at = selfClosing ? end - 1 : end;
  return `${tag.slice(0, at)} ${name}="${value}"${tag.slice(at)}`;
}

/**
 * A package's parts, each edited by one Splice against its text as read: the patcher and the undo
 * both find their places in that text and apply every edit at the end.
 */
export class SplicedParts {
  protected readonly splices = new Map<string, Splice>();

  constructor(readonly parts: Parts) {}

  /** A part's text as read, before any edit. */
  text(name: string): string {
    const s = this.splices.get(name);
    if (s) return s.original;
    const bytes = this.parts.get(name);
    return bytes ? utf8(bytes) : "";
  }

  splice(name: string): Splice {
    let s = this.splices.get(name);
    if (!s) this.splices.set(name, (s = new Splice(this.text(name))));
    return s;
  }
}
