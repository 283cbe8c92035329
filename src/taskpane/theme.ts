import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Fluent's light theme, with Chinese UI fonts after Segoe UI (which has no CJK glyphs). */
export const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', -apple-system, BlinkMacSystemFont, sans-serif",
};
