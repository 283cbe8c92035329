import fs from "fs";
import path from "path";

const CORE = path.resolve(__dirname, "../../src/core");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** The engine knows nothing of where it runs: only relative imports and two pure libraries, no host globals. */
const LIBRARIES = new Set(["big.js", "valibot"]);

describe("src/core stays pure", () => {
  const sources = files(CORE).map((f) => ({ f: path.relative(CORE, f), text: fs.readFileSync(f, "utf8") }));

  it("has sources to check", () => {
    expect(sources.length).toBeGreaterThan(40);
  });

  it.each(sources.map((s) => [s.f, s.text]))("%s imports only engine modules, big.js and valibot", (_f, text) => {
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+["']([^"']+)["']/g)].map(
      (m) => m[1],
    );
    const required = [...text.matchAll(/\brequire\s*\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    for (const s of [...specifiers, ...required]) expect(s.startsWith(".") || LIBRARIES.has(s) ? "ok" : s).toBe("ok");
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    expect(code).not.toMatch(/\b(Excel|Office|OfficeExtension|window|document|process|Buffer)\s*\./);
  });
});
