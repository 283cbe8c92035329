/**
 * npm run render: the marked copy and every template, as a clerk would print them. Builds the
 * sample and the templates, checks them through the command line's own path, and prints each
 * marked copy with LibreOffice to PDF, then PNG in colour and in grey, into test-results/render/.
 *
 * LibreOffice (7.x) does not read the sheet's <pageSetup cellComments="atEnd"/>: for the sheets
 * that carry it, the script turns on LibreOffice's own equivalent (the page style's "print
 * comments") in an .ods step, so the pictures show what Excel prints.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { main } from "../src/cli/main";
import { buildTemplate, findTables, type Table, type TableKind } from "../src/core";
import { readWorkbook, writeTemplateFile } from "../src/xlsx";
import { seedWorkbook, toBuffer } from "../test/fixtures/xlsx";

const OUT = path.join(__dirname, "..", "test-results", "render");
const PROFILE = `file://${path.join(os.tmpdir(), `jixiao-render-lo-${process.pid}`)}`;

function soffice(args: string[], cwd: string): void {
  execFileSync("soffice", [`-env:UserInstallation=${PROFILE}`, "--headless", ...args], {
    cwd,
    stdio: "ignore",
    timeout: 300_000,
  });
}

/** Sheet names whose page setup asks for notes at the end, from the .xlsx itself. */
function sheetsWithNotesAtEnd(xlsx: Uint8Array): Set<string> {
  const files = unzipSync(xlsx);
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const out = new Set<string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)) {
    const target = new RegExp(`<Relationship\\b[^>]*Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    const part = target && files[`xl/${target.replace(/^\/?xl\//, "")}`];
    if (part && /<pageSetup\b[^>]*cellComments="atEnd"/.test(strFromU8(part))) out.add(m[1]);
  }
  return out;
}

/** Turns on "print comments" in the page styles of the named sheets of an .ods. */
function printNotes(ods: Uint8Array, sheets: Set<string>): Uint8Array {
  const files = unzipSync(ods);
  const content = strFromU8(files["content.xml"]);
  let styles = strFromU8(files["styles.xml"]);
  for (const name of sheets) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const tableStyle = new RegExp(`<table:table table:name="${esc}" table:style-name="([^"]*)"`).exec(content)?.[1];
    const master =
      tableStyle &&
      new RegExp(`<style:style style:name="${tableStyle}" style:family="table" style:master-page-name="([^"]*)"`).exec(
        content,
      )?.[1];
    const layout =
      master &&
      new RegExp(`<style:master-page style:name="${master}"[^>]*style:page-layout-name="([^"]*)"`).exec(styles)?.[1];
    if (!layout) throw new Error(`${name}: page style not found in the .ods`);
    styles = styles.replace(
      new RegExp(
        `(<style:page-layout style:name="${layout}">\\s*<style:page-layout-properties[^>]*style:print=")([^"]*)`,
      ),
      (_all, head: string, flags: string) => `${head}${flags.includes("annotations") ? flags : `annotations ${flags}`}`,
    );
  }
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(files)) zippable[k] = k === "mimetype" ? [v, { level: 0 }] : v;
  zippable["styles.xml"] = strToU8(styles);
  return zipSync(zippable);
}

async function render(xlsxFiles: string[]): Promise<string[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-render-"));
  try {
    soffice(["--convert-to", "ods", "--outdir", work, ...xlsxFiles], work);
    const odsFiles: string[] = [];
    for (const xlsx of xlsxFiles) {
      const ods = path.join(work, `${path.basename(xlsx, ".xlsx")}.ods`);
      const notes = sheetsWithNotesAtEnd(await fs.readFile(xlsx));
      await fs.writeFile(ods, printNotes(await fs.readFile(ods), notes));
      odsFiles.push(ods);
    }
    soffice(["--convert-to", "pdf", "--outdir", OUT, ...odsFiles], work);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  const pictures: string[] = [];
  for (const xlsx of xlsxFiles) {
    const base = path.join(OUT, path.basename(xlsx, ".xlsx"));
    execFileSync("pdftoppm", ["-png", "-r", "110", `${base}.pdf`, base]);
    execFileSync("pdftoppm", ["-png", "-gray", "-r", "110", `${base}.pdf`, `${base}.gray`]);
    pictures.push(`${base}.pdf`);
  }
  return pictures;
}

async function run(): Promise<number> {
  await fs.rm(OUT, { recursive: true, force: true });
  await fs.mkdir(OUT, { recursive: true });
  const sample = path.join(OUT, "sample.xlsx");
  await fs.writeFile(sample, await toBuffer(seedWorkbook()));
  const { snapshot } = await readWorkbook(sample);
  const sources = findTables(snapshot).filter((t) => t.kind === "target");
  const made: [string, TableKind, Table | null][] = [
    ["template-target", "target", null],
    ["template-monitoring", "monitoring", null],
    ["template-self-evaluation", "self-evaluation", null],
    ["template-monitoring-prefilled", "monitoring", sources[0]],
    ["template-self-evaluation-prefilled", "self-evaluation", sources[0]],
  ];
  const inputs = [sample];
  for (const [name, kind, source] of made) {
    const file = path.join(OUT, `${name}.xlsx`);
    await writeTemplateFile(buildTemplate(kind, source), file);
    inputs.push(file);
  }
  // The command line's own path: check, mark, write NAME.checked.xlsx beside each.
  const code = await main(["check", "--format", "json", ...inputs], {
    stdout: { write: () => true },
    stderr: process.stderr,
    env: {},
  });
  if (code === 2) return 2;
  const checked = inputs.map((f) => f.replace(/\.xlsx$/, ".checked.xlsx"));
  const pdfs = await render(checked);
  process.stdout.write(
    `${pdfs.map((p) => path.relative(process.cwd(), p)).join("\n")}\n（PNG 与 PDF 同名，.gray 为灰度）\n`,
  );
  return 0;
}

run().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`渲染失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
