/** The Office.js host: what the task pane and the ribbon command import. */
export { createExcelHost, defaultEngine, COMMENT_NOTICE, type Engine, type ExcelHostOptions } from "./host";
export { MIN_API, MESSAGES, detectCapabilities } from "./capabilities";
export { SETTINGS_KEY } from "./settings";
export { STORE_SHEET } from "./store";
export * from "./host-types";
