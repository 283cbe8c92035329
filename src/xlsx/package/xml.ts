/**
 * A small XML tag scanner over a part's text: tags with their offsets, so the patcher can splice
 * the original text instead of re-serialising it. Parts of an .xlsx are plain XML (no DTD, no
 * entities beyond the predefined and numeric ones); comments, processing instructions and CDATA
 * are stepped over correctly, and `>` inside a quoted attribute value does not end a tag.
 */
export class XmlScanner {
  /** Local name (prefix stripped) of the current tag. */
  name = "";
  /** Offset of the current tag's `<` and just past its `>`. */
  start = 0;
  end = 0;
  /** </x> */
  closing = false;
  /** <x/> */
  empty = false;
  /** Offsets of the raw attribute text inside the tag. */
  attrStart = 0;
  attrEnd = 0;
  /** Where text before the current tag began (the end of the previous tag). */
  textStart = 0;
  private pos: number;

  constructor(
    readonly xml: string,
    from = 0,
    private readonly to = xml.length,
  ) {
    this.pos = from;
    this.textStart = from;
  }

  /** Moves to the next element tag (open, close or empty); false at the end. */
  next(): boolean {
    const xml = this.xml;
    this.textStart = this.pos;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0 || lt >= this.to) {
        this.pos = this.to;
        return false;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = endOf(xml, "?>", lt);
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = endOf(xml, "-->", lt);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = endOf(xml, "]]>", lt);
        else this.pos = endOf(xml, ">", lt);
        continue;
      }
      this.start = lt;
      this.closing = c === 47; /* / */
      let i = this.closing ? lt + 2 : lt + 1;
      const nameStart = i;
      let colon = -1;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58) colon = i;
      }
      this.name = xml.slice(colon >= 0 ? colon + 1 : nameStart, i);
      this.attrStart = i;
      let quote = 0;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= xml.length) throw new Error("unterminated tag");
      this.empty = xml.charCodeAt(i - 1) === 47;
      this.attrEnd = this.empty ? i - 1 : i;
      this.end = i + 1;
      this.pos = this.end;
      return true;
    }
  }

  /** An attribute's decoded value by local or qualified name, or null. */
  attr(name: string): string | null {
    return attrIn(this.xml, this.attrStart, this.attrEnd, name);
  }

  /** Every attribute as qualified name -> decoded value. */
  attrs(): Record<string, string> {
    return parseAttrs(this.xml.slice(this.attrStart, this.attrEnd));
  }

  /** Text (entities decoded) between the end of the previous tag and this one. */
  text(): string {
    return decodeText(this.xml.slice(this.textStart, this.start));
  }

  /**
   * Skips to the tag that closes the current open one (same local name, nesting counted); returns
   * its start offset. The current tag must be an opening, non-empty one.
   */
  skipElement(): number {
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.closing) depth--;
      else if (!this.empty) depth++;
      if (depth === 0) return this.start;
    }
    throw new Error(`unclosed <${name}>`);
  }
}

function endOf(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  if (i < 0) throw new Error("unterminated markup");
  return i + marker.length;
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseAttrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) out[m[1]] = decodeText(m[2] ?? m[3] ?? "");
  return out;
}

/** One attribute's value inside xml[from, to): name matched whole, with or without a prefix. */
export function attrIn(xml: string, from: number, to: number, name: string): string | null {
  // Searched within the tag alone: an absent attribute must not send indexOf through the rest of the part.
  const tag = xml.slice(from, to);
  let i = 0;
  for (;;) {
    i = tag.indexOf(name, i);
    if (i < 0) return null;
    const before = tag.charCodeAt(i - 1);
    let j = i + name.length;
    while (tag.charCodeAt(j) === 32) j++;
    if ((before === 32 || before === 9 || before === 10 || before === 13 || before === 58) && tag[j] === "=") {
      j++;
      while (tag.charCodeAt(j) === 32) j++;
      const q = tag[j];
      if (q === '"' || q === "'") {
        const close = tag.indexOf(q, j + 1);
        const raw = tag.slice(j + 1, close);
        return raw.includes("&") ? decodeText(raw) : raw;
      }
    }
    i += name.length;
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeText(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_m, hex: string, dec: string, named: string) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      return "";
    }
  });
}

/** Text or attribute value -> XML; characters XML 1.0 forbids are dropped. */
export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""); // eslint-disable-line no-control-regex
}

/** Decodes Excel's _xHHHH_ escapes in shared strings and comments. */
export function decodeOoxmlEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The prefix a part gives SpreadsheetML on its root element (x in <x:worksheet xmlns:x="…/main">,
 * as the Open XML SDK writes), or null where it is the default namespace.
 */
export function mainPrefix(xml: string): string | null {
  const sc = new XmlScanner(xml);
  if (!sc.next()) return null;
  const p = /^<([^\s/>:]+):/.exec(xml.slice(sc.start, sc.end))?.[1];
  return p && sc.attr(`xmlns:${p}`) === MAIN_NS ? p : null;
}

/** Our XML (written unprefixed, in SpreadsheetML) for a part where SpreadsheetML has `prefix`. */
export function withPrefix(xml: string, prefix: string): string {
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}
