/**
 * Colours as styles.xml gives them (rgb, theme with tint, indexed) resolved to "#RRGGBB", the way
 * Excel shows them: a theme fill is recorded as the colour the user sees, never as white.
 */
import { XmlScanner } from "./xml";

/** The legacy palette behind indexed="n" (ECMA-376 18.8.27); 64 and 65 are the system's text and window colours. */
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 " +
  "000000 FFFFFF"
).split(" ");

/** Office's default theme, for a workbook without a theme part (theme index order: lt1 dk1 lt2 dk2 accents hlink folHlink). */
const DEFAULT_THEME = "FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72".split(" ");

/** A theme part's colour scheme, in the order theme="n" counts it (light 1 and dark 1 first). */
export function parseTheme(xml: string | null): string[] {
  if (!xml) return DEFAULT_THEME;
  const byName = new Map<string, string>();
  const sc = new XmlScanner(xml);
  let inScheme = false;
  let slot = "";
  while (sc.next()) {
    if (sc.name === "clrScheme") {
      if (sc.closing) break;
      inScheme = true;
      continue;
    }
    if (!inScheme) continue;
    if (sc.name === "srgbClr" || sc.name === "sysClr") {
      const v = sc.name === "srgbClr" ? sc.attr("val") : (sc.attr("lastClr") ?? sc.attr("val"));
      if (slot && v && /^[0-9A-Fa-f]{6}$/.test(v) && !byName.has(slot)) byName.set(slot, v.toUpperCase());
    } else if (!sc.closing) slot = sc.name;
  }
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];
  return [...order, "hlink", "folHlink"].map((n, i) => byName.get(n) ?? DEFAULT_THEME[i]);
}

/** The workbook's own palette (<colors><indexedColors>), where it replaces the legacy one. */
export function parseIndexed(stylesXml: string): string[] | null {
  const at = stylesXml.search(/<(\w+:)?indexedColors\b/);
  if (at < 0) return null;
  const out: string[] = [];
  const sc = new XmlScanner(stylesXml, at);
  while (sc.next()) {
    if (sc.name === "indexedColors" && (sc.closing || sc.empty)) break;
    if (sc.name === "rgbColor" && !sc.closing) out.push((sc.attr("rgb") ?? "FF000000").slice(-6).toUpperCase());
  }
  return out;
}

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, "0")
    .toUpperCase();
}

/** Excel's tint: the colour's lightness moved toward black (tint < 0) or white (tint > 0). */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return hex((r1 + m) * 255) + hex((g1 + m) * 255) + hex((b1 + m) * 255);
}

export interface Palette {
  theme: string[];
  indexed: string[] | null;
}

/** A colour element's attributes (rgb, theme + tint, indexed, auto) -> "#RRGGBB"; null when it names none. */
export function resolveColor(attr: (name: string) => string | null, palette: Palette, auto: string): string | null {
  const tint = Number(attr("tint") ?? 0) || 0;
  const rgb = attr("rgb");
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return `#${applyTint(rgb.slice(-6).toUpperCase(), tint)}`;
  const theme = attr("theme");
  if (theme !== null) {
    const base = palette.theme[Number(theme)];
    return base ? `#${applyTint(base, tint)}` : null;
  }
  const indexed = attr("indexed");
  if (indexed !== null) {
    const n = Number(indexed);
    const base = n < 64 ? (palette.indexed?.[n] ?? INDEXED[n]) : INDEXED[n];
    return base ? `#${applyTint(base, tint)}` : null;
  }
  if (attr("auto") === "1" || attr("auto") === "true") return auto;
  return null;
}
