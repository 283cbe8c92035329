/** The WPS 表格 host: what the WPS pane and ribbon import. */
export { createWpsHost, WPS_MESSAGES, type WpsHostOptions } from "./host";
export { etApplication, type EtApplication } from "./et";
export { SETTINGS_SHEET } from "./settings";
