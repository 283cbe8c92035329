/**
 * A workbook as LibreOffice saves it is checked, its copy differs only where we mark, and the copy
 * opens in LibreOffice again (converted to PDF, as a user would print it). CI installs LibreOffice
 * (.ci/run); without it these tests say so and stop.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { checkPackage, clearPackage, readPackage } from "../../src/xlsx/package";
import { cloneProject, SEED_PROJECTS } from "../fixtures/seed";
import { convert, hasLibreOffice } from "../fixtures/libreoffice";
import { seedWorkbook, toBuffer } from "../fixtures/xlsx";

const available = hasLibreOffice();
const maybe = available ? describe : describe.skip;
if (!available) process.stderr.write("LibreOffice not installed: libreoffice.test.ts skipped\n");

let dir: string;

/** Converts `file` with LibreOffice headless. */
function convertOne(file: string, to: string): string {
  return convert(dir, [file], to)[0];
}

maybe("a workbook saved by LibreOffice", () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-lo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("is checked, marked where the errors are, cleared back to itself, and the copy opens in LibreOffice", async () => {
    const p = cloneProject(0);
    p.fiscal = 0.8;
    const source = path.join(dir, "source.xlsx");
    await fs.writeFile(source, await toBuffer(seedWorkbook("有错的表", [p, SEED_PROJECTS[1]])));
    // Saved again by LibreOffice: its own parts, its own style and string tables.
    const saved = new Uint8Array(await fs.readFile(convertOne(source, "xlsx")));
    const r = checkPackage(saved, { name: "lo.xlsx", now: new Date(2026, 10, 23) });
    expect(r.result.report.findings.some((f) => f.rule === "budget-sum" && f.cell === "C4")).toBe(true);
    const copy = r.copy as Uint8Array;
    const a = unzipSync(saved);
    const b = unzipSync(copy);
    const sheetPart = readPackage(saved).sheets[0].part as string;
    const touched = new Set([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      sheetPart,
    ]);
    for (const name of Object.keys(a)) {
      const same = a[name].length === b[name]?.length && a[name].every((x, i) => x === b[name][i]);
      if (!touched.has(name)) expect([name, same]).toEqual([name, true]);
    }
    const cleared = unzipSync(clearPackage(copy));
    expect(Object.keys(cleared).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a))
      expect([name, Buffer.compare(Buffer.from(a[name]), Buffer.from(cleared[name]))]).toEqual([name, 0]);
    const marked = path.join(dir, "marked.xlsx");
    await fs.writeFile(marked, copy);
    const pdf = convertOne(marked, "pdf");
    expect((await fs.readFile(pdf)).subarray(0, 4).toString()).toBe("%PDF");
  }, 240_000);
});
