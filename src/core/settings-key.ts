/**
 * The workbook's document-settings key the add-in saves SettingsInput under (as JSON); the command
 * line reads it too. A module of its own: the pane's first view imports it without the engine.
 */
export const SETTINGS_KEY = "jixiao-settings";
