/**
 * npm run bench: 1,000 seed-like target tables (about 6,000 indicator rows) over 10 sheets, saved
 * to out/bench.xlsx, then every stage of the CLI's path timed in cold trials, each in a fresh process.
 * A benchmark, not a test. The last line is `engine/load ratio: X.XX` (engine time / exceljs load
 * time, the median of the trials' ratios).
 * The trials (scripts/bench-trial.js) time the engine and file host as the CLI ships them: plain
 * node on tsc's build in lib/ (npm run bench builds it first), not tsx's on-the-fly transform of
 * src/, whose export getters cost a call per import use, nor lib/ loaded under tsx.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createExcelHost } from "../src/excel";
import { benchSheets, textSheets, BENCH_SHEETS, BENCH_TABLES_PER_SHEET } from "../test/fixtures/bench-workbook";
import { installFakeOffice, sheetDataFromSnapshot, type FakeWorkbookData } from "../test/support/fake-excel";
import { strToU8, zipSync } from "fflate";
import { addBuilderSheet, SEED_WIDTHS } from "../test/fixtures/xlsx";

const SHEETS = BENCH_SHEETS;
const TABLES_PER_SHEET = BENCH_TABLES_PER_SHEET;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function ms(t: number): string {
  return `${t.toFixed(0)} ms`;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** Builds the workbook and returns its indicator row count; run in a child so its memory is not counted. */
async function build(file: string): Promise<number> {
  const { builders, indicatorRows } = benchSheets();
  const wb = new ExcelJS.Workbook();
  for (const b of builders) addBuilderSheet(wb, b, { widths: SEED_WIDTHS, borders: true });
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return indicatorRows;
}

function buildInChild(file: string): number {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--build", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`building the workbook failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** What one cold trial measured, in a fresh process: ms, bytes and the report's counts. */
interface Trial {
  load: number;
  snapshot: number;
  check: number;
  plan: number;
  write: number;
  rssBefore: number;
  rssPeak: number;
  heapPeak: number;
  found: string;
  output: string;
}

/** The package host's trial: the whole check with its marked copy. */
interface PackageTrial {
  total: number;
  rssBefore: number;
  rssPeak: number;
  found: string;
  output: string;
}

/** A trial in plain node (not under tsx, as this script runs), on the build in lib/. */
function trialInChild(file: string): Trial;
function trialInChild(file: string, pkg: true): PackageTrial;
function trialInChild(file: string, pkg = false): Trial | PackageTrial {
  const script = path.join(__dirname, "bench-trial.js");
  const r = spawnSync(process.execPath, ["--expose-gc", script, file, ...(pkg ? ["--package"] : [])], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`a trial failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Trial;
}

const BIG_ROWS = 300_000;

/** A sheet of 300,000 rows of Chinese text (shared strings, as Excel saves them), written as parts directly. */
async function buildBig(file: string): Promise<void> {
  const words = ["办公设备购置", "项目资金使用", "绩效目标完成", "群众满意度", "按期完成率", "资金到位率"];
  const rows: string[] = [];
  const strings: string[] = [];
  for (let r = 1; r <= BIG_ROWS; r++) {
    const a = words.length + strings.push(`${words[r % 6]}第${r}项说明文字`) - 1;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${a}</v></c><c r="B${r}" t="s"><v>${r % 6}</v></c><c r="C${r}"><v>${r % 977}</v></c></row>`,
    );
  }
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sst = [...words, ...strings].map((t) => `<si><t>${t}</t></si>`);
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${R}"><sheets><sheet name="流水" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0"?><sst ${NS} count="${sst.length}" uniqueCount="${sst.length}">${sst.join("")}</sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows.join("")}</sheetData></worksheet>`,
    ),
  };
  await fs.writeFile(file, zipSync(parts, { level: 1 }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * These machines are shared: one cold run swings by a quarter with the load of others. Each trial
 * runs cold in a fresh process, one after another; the figures are their medians, the ratio the
 * median of the trials' own ratios (each printed).
 */
const TRIALS = 5;

async function bench(): Promise<void> {
  const outDir = path.join(__dirname, "..", "out");
  await fs.mkdir(outDir, { recursive: true });
  const file = path.join(outDir, "bench.xlsx");

  process.stdout.write((await hostBench()).join("\n") + "\n");
  const [indicatorRows, buildTime] = await timed(() => buildInChild(file));
  const size = (await fs.stat(file)).size;
  const trials = Array.from({ length: TRIALS }, () => trialInChild(file));
  const found = new Set(trials.map((t) => t.found));
  if (found.size !== 1) throw new Error(`trials found different things: ${[...found].join(" / ")}`);

  const packages = Array.from({ length: TRIALS }, () => trialInChild(file, true));
  const bigFile = path.join(outDir, "bench-300k.xlsx");
  await buildBig(bigFile);
  const big = trialInChild(bigFile, true);
  const med = (f: (t: Trial) => number): number => median(trials.map(f));
  const engine = (t: Trial): number => t.check + t.plan;
  // The trial with the median engine time (an odd count of trials has one): its parts add up.
  const mid = [...trials].sort((a, b) => engine(a) - engine(b))[TRIALS >> 1];
  const ratios = trials.map((t) => engine(t) / t.load);
  const lines = [
    `workbook: ${path.relative(process.cwd(), file)} (${mb(size)}), ${SHEETS} sheets, ${SHEETS * TABLES_PER_SHEET} tables, ${indicatorRows} indicator rows; built in ${ms(buildTime)}`,
    `found: ${trials[0].found}`,
    `trials: ${TRIALS} cold runs, each in a fresh process; times are their medians`,
    `exceljs load:      ${ms(med((t) => t.load))}`,
    `snapshot build:    ${ms(med((t) => t.snapshot))}`,
    `engine:            ${ms(engine(mid))} (checkWorkbook ${ms(mid.check)}, planWrites ${ms(mid.plan)})`,
    `marked-copy write: ${ms(med((t) => t.write))} -> ${path.relative(process.cwd(), trials[0].output)}`,
    `peak memory:       rss ${mb(Math.max(...trials.map((t) => t.rssPeak)))} (${mb(med((t) => t.rssBefore))} before loading), heap ${mb(Math.max(...trials.map((t) => t.heapPeak)))}; the most of any trial`,
    `ratio per trial:   ${ratios.map((r) => r.toFixed(3)).join(" ")}`,
    `package host:      ${ms(median(packages.map((p) => p.total)))} read + check + marked copy, side by side with exceljs read + write ${ms(med((t) => t.load + t.write))}; found ${packages[0].found === trials[0].found ? "the same" : `otherwise: ${packages[0].found}`}`,
    `300,000 rows:      ${path.relative(process.cwd(), bigFile)} (${mb((await fs.stat(bigFile)).size)}) checked with its copy in ${ms(big.total)}, peak rss ${mb(big.rssPeak)} (target at most 600 MB)`,
    `package/exceljs ratio: ${(median(packages.map((p) => p.total)) / med((t) => t.load + t.write)).toFixed(2)}`,
    `engine/load ratio: ${median(ratios).toFixed(2)}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

// ---------------------------------------------------------------------------------------------
// The Excel host at Excel on the web's limits (5 MB a request or a response per sync), in the
// strict fake whose request sizes are calibrated against office.js: syncs and the largest request
// and response of a whole check and of 清除标记, for the bench workbook and for ten sheets of
// 5,000 × 12 cells of Chinese text.

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

async function hostRun(name: string, data: FakeWorkbookData): Promise<string[]> {
  const g = globalThis as unknown as Record<string, unknown>;
  const fake = installFakeOffice(g, data);
  const host = createExcelHost();
  const figures = async (what: string, fn: () => Promise<unknown>) => {
    fake.resetCounters();
    const [, t] = await timed(fn);
    const failed = fake.failures.length ? `, ${fake.failures.length} refused and retried smaller` : "";
    return `  ${what}: ${fake.syncs} syncs${failed}, largest request ${kb(Math.max(...fake.requestBytes))}, largest response ${kb(Math.max(...fake.responseBytes))}, ${ms(t)} in the fake`;
  };
  const lines = [`excel host, ${name}:`];
  lines.push(await figures("check", () => host.check()));
  lines.push(await figures("clear", () => host.clearMarks()));
  delete g.Excel;
  delete g.Office;
  return lines;
}

async function hostBench(): Promise<string[]> {
  const { builders } = benchSheets();
  return [
    ...(await hostRun(`bench workbook (${SHEETS * TABLES_PER_SHEET} tables)`, {
      sheets: builders.map((b) => sheetDataFromSnapshot(b.toSnapshot())),
    })),
    ...(await hostRun("10 sheets × 5,000 rows × 12 columns of Chinese text", { sheets: textSheets(10, 5000) })),
  ];
}

const run =
  process.argv[2] === "--build" ? build(process.argv[3]).then((n) => void process.stdout.write(`${n}\n`)) : bench();
run.catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
