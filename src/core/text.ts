/** Text normalisation shared by the label matcher and the value grammar. */

const FULL_TO_HALF: Record<string, string> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "，": ",",
  "％": "%",
  "；": ";",
  "【": "[",
  "】": "]",
  "／": "/",
  "－": "-",
  "＋": "+",
  "．": ".",
  "＝": "=",
  "＞": ">",
  "＜": "<",
};

const WIDE = /[\u3000\u3010\u3011\uff01-\uff5e]/;
const WIDE_ALL = /[\u3000\u3010\u3011\uff01-\uff5e]/g;

function narrow(ch: string): string {
  const mapped = FULL_TO_HALF[ch];
  if (mapped) return mapped;
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? " " : String.fromCharCode(code - 0xfee0);
}

/** Full-width ASCII (！ to ～) to half-width, and a few CJK punctuation marks to their ASCII twins. */
export function toHalfWidth(s: string): string {
  // Most cells hold no full-width characters: skip the rewrite (this runs on every label-sized cell).
  return WIDE.test(s) ? s.replace(WIDE_ALL, narrow) : s;
}

/** A label as the matcher compares it: half-width, no white space at all, no trailing colon. Labels repeat across tables. */
export const normalizeLabel = memoText((s: string): string =>
  toHalfWidth(s)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[:]+$/, ""),
);

/** Collapse white space for display in messages. */
const SPACE = /[\s\u00a0]/;

export function squash(s: string): string {
  // Most texts hold no white space: nothing to collapse or trim.
  return SPACE.test(s) ? s.replace(/[\s\u00a0]+/g, " ").trim() : s;
}

/** CJK characters (and their punctuation) on both sides of a space: a line a cell wrapped, not a word break. */
const WRAPPED = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[\s\u00a0]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/** A name as the user means it: white space collapsed, none left between Chinese characters (结 算费用 -> 结算费用). */
export function joinWrapped(s: string): string {
  return squash(s).replace(WRAPPED, "$1");
}

/**
 * Memoises a classifier of cell text. Tables repeat the same labels thousands of times, and the
 * matchers run a dozen regexes each; the cache is bounded for sheets of free text.
 */
export function memoText<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const out = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, out);
    return out;
  };
}
