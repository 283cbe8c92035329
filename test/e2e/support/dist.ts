import fs from "fs";
import path from "path";
import { launch, type Browser } from "./browser";
import { serveStatic, type StaticServer } from "./server";

const DIST = path.resolve(__dirname, "../../../dist");

/**
 * The production build served on 127.0.0.1 and a Chromium to open it, for the whole test file.
 * Read `server` and `browser` inside tests: they exist once beforeAll has run.
 */
export function useDist(page: string): { readonly server: StaticServer; readonly browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, page))) throw new Error(`dist/${page} is missing: run npm run build first`);
    env.server = await serveStatic(DIST);
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
