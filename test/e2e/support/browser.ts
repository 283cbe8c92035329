import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium package; a browser is never downloaded. */
export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

export const RESULTS_DIR = path.resolve(__dirname, "../../../test-results");

export interface Browser {
  context: BrowserContext;
  /** Requests that left 127.0.0.1 (and local files) and were not served locally (nothing should). */
  external: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile; office.js from the CDN is answered with the npm package's copy. */
export async function launch(): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 320, height: 800 },
    locale: "zh-CN",
  });
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_LOCAL, url.slice(OFFICE_CDN.length).split(/[?#]/)[0]);
      if (file.startsWith(OFFICE_LOCAL) && fs.existsSync(file)) {
        await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
        return;
      }
    }
    // file://: the offline page opened as a clerk opens it, from a file.
    if (url.startsWith("http://127.0.0.1:") || url.startsWith("data:") || url.startsWith("file://")) {
      await route.continue();
      return;
    }
    external.push(url);
    await route.abort();
  });
  return {
    context,
    external,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Page errors and console errors, for asserting the pane ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * A full-page screenshot in test-results/, plus, for a page taller than the window, one picture per
 * window-full as the user scrolls (sticky bars where the user sees them, which a full-page picture
 * cannot show), each overlapping the last by a little.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const { height, view, start } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    view: window.innerHeight,
    start: window.scrollY,
  }));
  for (let y = 0, i = 1; height > view && y < height - view / 2; y += view - 100, i++) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: path.join(RESULTS_DIR, `${name}-${i}.png`) });
  }
  await page.evaluate((top) => window.scrollTo(0, top), start);
  return file;
}
