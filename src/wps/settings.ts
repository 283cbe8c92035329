import type { SettingsInput } from "../core";
import { STORE_PIECE } from "../excel/store";
import { grid2d } from "./read";
import type { EtWorksheet } from "./et";

/**
 * WPS has no document settings for add-ins (PluginStorage lives only as long as WPS runs), so the
 * settings travel in the workbook on a very hidden sheet, which the engine skips (its name starts
 * with "_jixiao"): a header, then the JSON in pieces, each starting with "j" so it stays text.
 */
export const SETTINGS_SHEET = "_jixiao_settings";
const HEADER = "#jixiao-settings v1";

export function encodeSettings(input: SettingsInput): string[][] {
  const json = JSON.stringify(input);
  const row: string[] = [];
  for (let i = 0; i < json.length; i += STORE_PIECE) row.push(`j${json.slice(i, i + STORE_PIECE)}`);
  return [[HEADER, ...new Array<string>(Math.max(0, row.length - 1)).fill("")], row];
}

/** The sheet's settings; anything missing or unreadable gives the defaults ({}). */
export function decodeSettings(ws: EtWorksheet | null): SettingsInput {
  if (!ws) return {};
  try {
    const used = ws.UsedRange;
    const rows = grid2d(used.Value2, used.Rows.Count, used.Columns.Count);
    if (used.Row !== 1 || used.Column !== 1 || rows[0]?.[0] !== HEADER) return {};
    let json = "";
    for (const cell of rows[1] ?? []) {
      if (typeof cell !== "string" || !cell.startsWith("j")) break;
      json += cell.slice(1);
    }
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as SettingsInput) : {};
  } catch {
    return {};
  }
}
