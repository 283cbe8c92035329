/**
 * One cold trial of npm run bench, run by scripts/bench.ts in a fresh process: load, snapshot,
 * engine and marked copy of the workbook named on the command line, timed. It prints one JSON line.
 * Plain node on tsc's build in lib/, as the CLI ships: under tsx's loader the same engine code ran
 * about an eighth slower and exceljs a little faster, which is not how anyone runs the CLI.
 */
"use strict";
const path = require("node:path");
const { checkWorkbook, planWrites } = require("../lib/core");
const { applyPlan, loadWorkbook, readBytes, snapshotOf, writeWorkbookCopy } = require("../lib/xlsx");
const { checkPackage } = require("../lib/xlsx/package");

const gc = globalThis.gc;
let heapPeak = 0;
function sampleHeap() {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

async function trial(file) {
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  const [workbook, load] = await timed(async () => loadWorkbook(await readBytes(file), file));
  sampleHeap();
  const [snapshot, snapshotTime] = await timed(() => snapshotOf(workbook));
  sampleHeap();
  const [result, check] = await timed(() => checkWorkbook(snapshot));
  const [plan, planTime] = await timed(() => planWrites(result, { source: path.basename(file) }));
  sampleHeap();
  const output = file.replace(/\.xlsx$/, ".exceljs.xlsx");
  const [, write] = await timed(async () => {
    applyPlan(workbook, plan);
    await writeWorkbookCopy(workbook, file, output);
  });
  sampleHeap();
  const s = result.report.summary;
  return {
    load,
    snapshot: snapshotTime,
    check,
    plan: planTime,
    write,
    rssBefore,
    rssPeak: process.resourceUsage().maxRSS * 1024,
    heapPeak,
    found: `${s.tables} tables, ${s.indicators} indicators; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; ${plan.marks.length} marked cells`,
    output,
  };
}

/** The package host's whole check: read the bytes, check, patch the copy, write it. */
async function packageTrial(file) {
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  const output = file.replace(/\.xlsx$/, ".package.xlsx");
  const [r, total] = await timed(async () => {
    const bytes = new Uint8Array(await readBytes(file));
    const checked = checkPackage(bytes, { name: path.basename(file) });
    await require("node:fs").promises.writeFile(output, checked.copy);
    return checked;
  });
  const s = r.result.report.summary;
  return {
    total,
    rssBefore,
    rssPeak: process.resourceUsage().maxRSS * 1024,
    found: `${s.tables} tables, ${s.indicators} indicators; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; ${r.plan.marks.length} marked cells`,
    output,
  };
}

(process.argv[3] === "--package" ? packageTrial : trial)(process.argv[2]).then(
  (t) => process.stdout.write(JSON.stringify(t)),
  (e) => {
    process.stderr.write(`trial failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
