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

/** Full-width ASCII (！ to ～) to half-width, and a few CJK punctuation marks to their ASCII twins. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (FULL_TO_HALF[ch]) out += FULL_TO_HALF[ch];
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** A label as the matcher compares it: half-width, no white space at all, no trailing colon. */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[:]+$/, "");
}

/** Collapse white space for display in messages. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}
