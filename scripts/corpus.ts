/**
 * npm run corpus: the corpus of real tables (test/fixtures/real) through the engine, table by table:
 * fields read right, source errors caught, false errors, and the known gaps.
 */
import { REAL_TABLES } from "../test/fixtures/real";
import { checkReal, falseErrors } from "../test/corpus/harness";

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const rows: string[] = [];
let fields = [0, 0];
let errors = [0, 0];
let silent = [0, 0];
let wrong = 0;
let gaps = 0;
const fixed: string[] = [];
const notes: string[] = [];
rows.push(
  `${pad("table", 6)}${pad("tables", 8)}${pad("fields", 9)}${pad("errors", 9)}${pad("silent", 9)}${pad("false", 7)}gaps`,
);
for (const real of REAL_TABLES) {
  const out = checkReal(real);
  const count = (type: string) => {
    const of = out.filter((o) => o.type === type);
    return [of.filter((o) => o.ok).length, of.length];
  };
  const f = count("field");
  const e = count("error");
  const s = count("silent");
  const w = falseErrors(out);
  const tablesOk = out.find((o) => o.key === "tables")?.ok ? "ok" : "WRONG";
  fields = [fields[0] + f[0], fields[1] + f[1]];
  errors = [errors[0] + e[0], errors[1] + e[1]];
  silent = [silent[0] + s[0], silent[1] + s[1]];
  wrong += w;
  gaps += real.gaps.length;
  for (const o of out) if (o.ok && real.gaps.includes(o.key)) fixed.push(`${real.id} ${o.key}`);
  for (const o of out) if (!o.ok && !real.gaps.includes(o.key)) fixed.push(`${real.id} ${o.key} FAILS and is no gap`);
  for (const u of real.uncovered ?? []) notes.push(`${real.id}: ${u}`);
  rows.push(
    `${pad(real.id, 6)}${pad(tablesOk, 8)}${pad(`${f[0]}/${f[1]}`, 9)}${pad(`${e[0]}/${e[1]}`, 9)}${pad(`${s[0]}/${s[1]}`, 9)}${pad(w, 7)}${real.gaps.length}`,
  );
}
rows.push(
  `${pad("all", 14)}${pad(`${fields[0]}/${fields[1]}`, 9)}${pad(`${errors[0]}/${errors[1]}`, 9)}${pad(`${silent[0]}/${silent[1]}`, 9)}${pad(wrong, 7)}${gaps}`,
);
process.stdout.write(`${rows.join("\n")}\n`);
process.stdout.write(
  "\nfields: kind, name, code, budget, indicators, score read right; errors: the source's own errors caught;\n" +
    "silent: rules that must not report, quiet; false: errors the source does not have; gaps: checks known to fail.\n",
);
if (fixed.length) process.stdout.write(`\nGaps list out of date:\n${fixed.map((s) => `  ${s}`).join("\n")}\n`);
process.stdout.write(`\nSource errors no rule covers yet:\n${notes.map((s) => `  ${s}`).join("\n")}\n`);
