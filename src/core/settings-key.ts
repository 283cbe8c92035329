/**
 * The workbook's document-settings key the add-in saves SettingsInput under (as JSON); the command
 * line reads it too. A module of its own: the pane's first view imports it without the engine.
 */
export const SETTINGS_KEY = "jixiao-settings";

/**
 * WPS keeps no document settings for add-ins, so the WPS host saves the same JSON on this very hidden
 * sheet: the header in A1, then the JSON in pieces along row 2, each starting with "j" so it stays text.
 * The command line reads it as it reads the document settings, so a file gets one verdict everywhere.
 */
export const SETTINGS_SHEET = "_jixiao_settings";
export const SETTINGS_SHEET_HEADER = "#jixiao-settings v1";

/** The settings JSON held by the settings sheet's rows; null when the rows are not ours or unreadable. */
export function settingsFromRows(rows: readonly (readonly unknown[] | undefined)[]): unknown {
  if (rows[0]?.[0] !== SETTINGS_SHEET_HEADER) return null;
  let json = "";
  for (const cell of rows[1] ?? []) {
    if (typeof cell !== "string" || !cell.startsWith("j")) break;
    json += cell.slice(1);
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
