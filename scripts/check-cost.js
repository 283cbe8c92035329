/**
 * The engine's cost on the bench workbook, steadily: one check of a saved snapshot, for an
 * instruction count under valgrind (docs/performance.md). Wall-clock trials on these shared
 * machines swing by a tenth; the count repeats within about 1%.
 *
 *   node scripts/check-cost.js save               out/bench.xlsx -> out/bench.snapshot (the exceljs reader's snapshot)
 *   node scripts/check-cost.js run [options]      one cold check and planWrites of the saved snapshot
 *     --skip           everything but the check (subtract this run's count)
 *     --profile NAME   the user's choice of form, so no profile is picked by evidence
 *     --rules a,b      only these rules ("" for none)
 *     --no-plan        checkWorkbook alone
 *
 * Plain node on tsc's build in lib/ (npm run build:cli), as the bench trials run.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");

const OUT = path.join(__dirname, "..", "out");
const SNAPSHOT = path.join(OUT, "bench.snapshot");

async function save() {
  const { loadWorkbook, readBytes, snapshotOf } = require("../lib/xlsx");
  const file = path.join(OUT, "bench.xlsx");
  const snapshot = snapshotOf(await loadWorkbook(await readBytes(file), file));
  fs.writeFileSync(SNAPSHOT, v8.serialize(snapshot));
  process.stdout.write(`${path.relative(process.cwd(), SNAPSHOT)}\n`);
}

/**
 * v8.deserialize gives every cell its own copy of its text; the reader shares one string per
 * shared string, and the engine's memos hash each string once. Shared again here, before the check.
 */
function shareStrings(snapshot) {
  const pool = new Map();
  for (const sheet of snapshot.sheets)
    for (const rows of [sheet.values, sheet.text, sheet.formats]) {
      const seen = new Set();
      for (const row of rows ?? []) {
        if (seen.has(row)) continue;
        seen.add(row);
        for (let j = 0; j < row.length; j++) {
          const x = row[j];
          if (typeof x !== "string") continue;
          const s = pool.get(x);
          if (s === undefined) pool.set(x, x);
          else row[j] = s;
        }
      }
    }
}

function option(args, name) {
  const i = args.indexOf(name);
  return i < 0 ? undefined : (args[i + 1] ?? "");
}

function run(args) {
  const snapshot = v8.deserialize(fs.readFileSync(SNAPSHOT));
  shareStrings(snapshot);
  const { checkWorkbook, planWrites, RULES } = require("../lib/core");
  if (args.includes("--skip")) return;
  const profile = option(args, "--profile");
  const only = option(args, "--rules");
  const rules = only === undefined ? RULES : RULES.filter((r) => only.split(",").includes(r.id));
  const t0 = performance.now();
  const result = checkWorkbook(snapshot, profile ? { profile } : null, rules);
  const t1 = performance.now();
  if (!args.includes("--no-plan")) planWrites(result, { source: "bench.xlsx" });
  const s = result.report.summary;
  process.stdout.write(
    `check ${(t1 - t0).toFixed(0)} ms, plan ${(performance.now() - t1).toFixed(0)} ms; ${s.tables} tables, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos\n`,
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === "save")
  save().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
else if (command === "run") run(rest);
else {
  process.stderr.write(
    "usage: node scripts/check-cost.js save | run [--skip] [--profile NAME] [--rules a,b] [--no-plan]\n",
  );
  process.exitCode = 2;
}
