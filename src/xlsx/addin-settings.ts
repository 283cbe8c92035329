/**
 * The settings an Office add-in saved in the workbook (Office.context.document.settings): they sit in
 * xl/webextensions/webextension*.xml as <we:property name="…" value="JSON"/>. Read straight from the
 * package (exceljs does not model web extensions), so the command line checks with what the pane saved.
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

const PART = /^xl\/webextensions\/webextension\d*\.xml$/;

/** Every property of every web extension part, its value parsed from JSON (kept as text when it is not JSON). */
export function readAddinSettings(zip: Uint8Array): Record<string, unknown> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(zip, { filter: (f) => PART.test(f.name) });
  } catch {
    // The workbook itself was read; an unreadable extension part only means no saved settings.
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(parts).sort()) {
    const parser = new SaxesParser({ xmlns: false });
    parser.on("opentag", (tag) => {
      if (tag.name.replace(/^.*:/, "") !== "property") return;
      const key = tag.attributes.name;
      const value = tag.attributes.value;
      if (typeof key === "string" && typeof value === "string" && !(key in out)) out[key] = parseJson(value);
    });
    try {
      parser.write(strFromU8(parts[name])).close();
    } catch {
      // A malformed part holds no settings we can trust; the others still count.
    }
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The engine settings under `key`: Office stores the value as JSON, and the add-in's value is itself
 * a JSON string, so it is unwrapped twice. Null when absent; the text as found when it is not an object
 * (the engine's schema then says what is wrong with it).
 */
export function savedSettings(props: Record<string, unknown>, key: string): unknown {
  let v = props[key];
  if (v === undefined) return null;
  if (typeof v === "string") v = parseJson(v);
  return v;
}
