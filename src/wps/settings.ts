import type { SettingsInput } from "../core";
import { SETTINGS_SHEET, SETTINGS_SHEET_HEADER, settingsFromRows } from "../core/settings-key";
import { STORE_PIECE } from "../excel/store";
import { grid2d } from "./read";
import type { EtWorksheet } from "./et";

/**
 * WPS has no document settings for add-ins (PluginStorage lives only as long as WPS runs), so the
 * settings travel in the workbook on a very hidden sheet, which the engine skips (its name starts
 * with "_jixiao"); its layout lives in core (settings-key.ts), where the command line reads it too.
 */
export { SETTINGS_SHEET };

export function encodeSettings(input: SettingsInput): string[][] {
  const json = JSON.stringify(input);
  const row: string[] = [];
  for (let i = 0; i < json.length; i += STORE_PIECE) row.push(`j${json.slice(i, i + STORE_PIECE)}`);
  return [[SETTINGS_SHEET_HEADER, ...new Array<string>(Math.max(0, row.length - 1)).fill("")], row];
}

/** The sheet's settings; anything missing or unreadable gives the defaults ({}). */
export function decodeSettings(ws: EtWorksheet | null): SettingsInput {
  if (!ws) return {};
  try {
    const used = ws.UsedRange;
    if (used.Row !== 1 || used.Column !== 1) return {};
    const value = settingsFromRows(grid2d(used.Value2, used.Rows.Count, used.Columns.Count));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as SettingsInput) : {};
  } catch {
    return {};
  }
}
