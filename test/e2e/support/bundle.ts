import path from "path";
import { build } from "esbuild";

/**
 * Bundles a test-side entry for the browser (an IIFE). esbuild comes with tsx, already a dev
 * dependency; it is fast enough to run on every test file.
 */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    minify: false,
    define: { "process.env.NODE_ENV": '"development"' },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
