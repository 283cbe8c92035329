import type { SettingsInput } from "../core";
import { SETTINGS_KEY } from "../core/settings-key";
import { MESSAGES } from "./capabilities";
import { HostError } from "./host-types";

export { SETTINGS_KEY };

function documentSettings(): Office.Settings | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.document?.settings ?? null;
}

/** The workbook's engine settings; anything missing or unreadable gives the defaults ({}). */
export function loadSettings(): SettingsInput {
  const settings = documentSettings();
  if (!settings) return {};
  try {
    const raw: unknown = settings.get(SETTINGS_KEY);
    const value: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as SettingsInput) : {};
  } catch {
    return {};
  }
}

/** Saves the settings into the workbook (they travel with the file once it is saved). */
export function saveSettings(input: SettingsInput): Promise<void> {
  const settings = documentSettings();
  if (!settings) return Promise.reject(new HostError(MESSAGES.outsideExcel));
  settings.set(SETTINGS_KEY, JSON.stringify(input));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new HostError(`设置未能保存到工作簿：${result.error?.message ?? "未知原因"}。`));
    });
  });
}
