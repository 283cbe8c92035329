/** The CLI as a process: exit codes, the single stderr line, stdout holding JSON only. */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { seedWorkbook, toBuffer } from "../fixtures/xlsx";
import { tempDir } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir("jixiao-spawn-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("exits 2 with one Chinese line for a missing file", () => {
  const file = path.join(dir, "缺失.xlsx");
  expect(cli(["check", file])).toEqual({ code: 2, stdout: "", stderr: `${file}：文件不存在\n` });
});

it("prints help and exits 0", () => {
  const r = cli(["--help"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  expect(r.stdout).toContain("用法");
});

it("prints nothing but one JSON object on stdout", async () => {
  const file = path.join(dir, "seed.xlsx");
  await fs.writeFile(file, await toBuffer(seedWorkbook()));
  const r = cli(["check", file, "--format", "json", "--no-copy"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  expect(r.stdout.endsWith("}\n")).toBe(true);
  expect(JSON.parse(r.stdout).summary.tables).toBe(3);
}, 30_000);
