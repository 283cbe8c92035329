/**
 * npm run demo: builds the sample workbook from the seed's own figures (the three target tables on
 * one sheet) into out/, checks it through the command line's own path, and prints the report.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { main } from "../src/cli/main";
import { seedWorkbook, toBuffer } from "../test/fixtures/xlsx";

async function demo(): Promise<number> {
  const outDir = path.join(__dirname, "..", "out");
  await fs.mkdir(outDir, { recursive: true });
  const sample = path.join(outDir, "sample.xlsx");
  await fs.writeFile(sample, await toBuffer(seedWorkbook()));
  const shown = path.relative(process.cwd(), sample) || sample;
  process.stdout.write(`示例工作簿：${shown}（种子文件中的三张绩效目标表，一张工作表）\n\n`);
  const code = await main(["check", shown]);
  // Findings in the sample are the demo's output, not its failure; only a broken run fails it.
  return code === 2 ? 2 : 0;
}

demo().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`示例运行失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
