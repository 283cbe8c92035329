/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FILLS, SUMMARY_SHEET } from "../../src/core";
import { cloneProject, SEED_PROJECTS } from "../fixtures/seed";
import { internalLinks, partTexts } from "../fixtures/package";
import { loadBuffer, makeZip, minimalDocx, ole2Bytes, seedWorkbook, toBuffer } from "../fixtures/xlsx";
import { run, tempDir } from "./helpers";

let dir: string;
let seed: string;
let broken: string;

beforeAll(async () => {
  dir = await tempDir("jixiao-cli-");
  seed = path.join(dir, "seed.xlsx");
  await fs.writeFile(seed, await toBuffer(seedWorkbook()));
  // 预算数 0.81 but 财政资金 0.80: a budget-sum error.
  const p = cloneProject(0);
  p.fiscal = 0.8;
  broken = path.join(dir, "broken.xlsx");
  await fs.writeFile(broken, await toBuffer(seedWorkbook("有错的表", [p, SEED_PROJECTS[1]])));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("usage", () => {
  it("prints Chinese help and exits 0", async () => {
    for (const argv of [["--help"], ["-h"], ["check", "--help"], ["help", "check"]]) {
      const r = await run(argv);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain("jixiao-check check 文件.xlsx");
      expect(r.stdout).toContain("退出码");
    }
    expect((await run(["--help"])).stdout).toMatch(/check\s+检查一个或多个工作簿/);
  });

  it.each([
    [[], "缺少命令。用法：jixiao-check check 文件.xlsx...（--help 查看帮助）"],
    [["frobnicate"], "未知命令：frobnicate（用 --help 查看可用命令）"],
    [["a.xlsx"], "未知命令：a.xlsx（检查文件请用：jixiao-check check a.xlsx）"],
    [["check"], "缺少要检查的文件。用法：jixiao-check check 文件.xlsx..."],
    [["check", "a.xlsx", "--format", "xml"], "--format 只能是 text 或 json，收到：xml"],
    [["check", "a.xlsx", "--format"], "选项 --format 缺少取值（用 jixiao-check check --help 查看用法）"],
    [["check", "a.xlsx", "--bogus"], "未知选项：--bogus（用 jixiao-check check --help 查看用法）"],
    [["check", "a.xlsx", "--no-copy=1"], "选项 --no-copy 不需要取值（用 jixiao-check check --help 查看用法）"],
  ])("%j exits 2 with one line on stderr", async (argv, line) => {
    const r = await run(argv as string[]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `${line}\n` });
  });
});

describe("unreadable input: exit 2, one Chinese line on stderr, nothing on stdout", () => {
  it.each([
    ["missing.xlsx", null, "文件不存在"],
    ["report.docx", minimalDocx(), "这是 Word 文档，不是 Excel 工作簿（.xlsx）"],
    ["corrupt.xlsx", makeZip({ "xl/workbook.xml": "<<<" }), "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开"],
    ["locked.xlsx", ole2Bytes(), "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx"],
    ["old.xls", ole2Bytes(), "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx"],
  ])("%s", async (name, bytes, reason) => {
    const file = path.join(dir, name);
    if (bytes) await fs.writeFile(file, bytes);
    for (const format of ["text", "json"]) {
      const r = await run(["check", file, "--format", format]);
      expect(r).toEqual({ code: 2, stdout: "", stderr: `${file}：${reason}\n` });
    }
  });
});

describe("checking the seed workbook", () => {
  it("prints one JSON object with the issue's fields, and exits 0", async () => {
    const out = path.join(dir, "json-out");
    const r = await run(["check", seed, "--format", "json", "--out", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["tables", "findings", "summary"]));
    expect(
      json.tables.map((t: Record<string, unknown>) => [
        t.sheet,
        t.kind,
        t.projectCode,
        t.projectName,
        t.budget,
        t.indicators,
      ]),
    ).toEqual(SEED_PROJECTS.map((p) => ["绩效目标表", "target", p.code, p.name, p.budget, 6]));
    for (const t of json.tables) expect(t.range).toMatch(/^A\d+:G\d+$/);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["rule", "severity", "sheet", "cell", "projectCode", "message"]),
      );
      expect(f.severity).not.toBe("error");
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(json.summary).toMatchObject({ tables: 3, indicators: 18, errors: 0 });
    expect(json.output).toBe(path.join(out, "seed.checked.xlsx"));
    await expect(fs.stat(json.output)).resolves.toBeTruthy();
  });

  it("prints a text report grouped by table, without colour off a terminal", async () => {
    const r = await run(["check", seed, "--no-copy"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\u001b[");
    for (const p of SEED_PROJECTS) expect(r.stdout).toContain(`${p.name}（${p.code}）`);
    expect(r.stdout).toContain("位置 绩效目标表!A18:G32，预算数 100.80 万元，6 个指标；错误 0，警告 0，提示 1");
    expect(r.stdout).toMatch(/合计：3 张表，18 个指标；错误 0/);
    expect(r.stdout).not.toContain("标记副本");
  });

  it("colours on a terminal, and not with NO_COLOR", async () => {
    expect((await run(["check", broken, "--no-copy"], { tty: true })).stdout).toContain("\u001b[31m错误");
    expect((await run(["check", broken, "--no-copy"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
  });

  it("writes the marked copy beside the input by default, and none with --no-copy", async () => {
    const sub = await tempDir("jixiao-cli-copy-");
    const file = path.join(sub, "表.xlsx");
    await fs.copyFile(seed, file);
    await run(["check", file, "--no-copy"]);
    expect(await fs.readdir(sub)).toEqual(["表.xlsx"]);
    const r = await run(["check", file]);
    expect(r.stdout).toContain(`标记副本：${path.join(sub, "表.checked.xlsx")}`);
    expect((await fs.readdir(sub)).sort()).toEqual(["表.checked.xlsx", "表.xlsx"]);
    await fs.rm(sub, { recursive: true });
  });
});

describe("errors found", () => {
  it("exits 1 and points at the cell, red in the marked copy", async () => {
    const out = path.join(dir, "broken-out");
    const r = await run(["check", broken, "--format", "json", "--out", out]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const f = json.findings.find((x: { rule: string }) => x.rule === "budget-sum");
    expect(f).toMatchObject({ severity: "error", sheet: "有错的表", cell: "C4", projectCode: SEED_PROJECTS[0].code });
    expect(f.message).toMatch(/0\.81/);
    const copy = await loadBuffer(await fs.readFile(json.output));
    const cell = copy.getWorksheet("有错的表")!.getCell("C4");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${FILLS.error.slice(1)}`);
    expect(JSON.stringify(cell.note)).toContain("【绩效检查】");
    const summary = copy.getWorksheet(SUMMARY_SHEET)!;
    // The link is a cell hyperlink within the workbook (exceljs does not read those back).
    const links = internalLinks(new Uint8Array(await fs.readFile(json.output)), SUMMARY_SHEET);
    const row = links.find((l) => l.endsWith("->'有错的表'!C4") && l.startsWith("E"));
    expect(row).toBeDefined();
    expect(summary.getCell((row as string).split("->")[0]).text).toBe("C4");
  });
});

describe("a file with no performance table", () => {
  let noTable: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("流水账").getCell("A1").value = "摘要";
    noTable = path.join(dir, "流水账.xlsx");
    await fs.writeFile(noTable, await toBuffer(wb));
  });

  it("is an error for the batch user: a no-table finding, exit 1, no marked copy", async () => {
    const out = path.join(dir, "no-table-out");
    const r = await run(["check", noTable, "--format", "json", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: "no-table",
        severity: "error",
        table: -1,
        message: expect.stringMatching(/^未找到绩效表/),
      }),
    ]);
    expect(json.summary).toMatchObject({ tables: 0, errors: 1 });
    expect(json.output).toBeNull();
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("says so in the text report, with the rule's Chinese name, and that no copy was written", async () => {
    const r = await run(["check", noTable]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误 未找到绩效表：");
    expect(r.stdout).toContain("[未找到绩效表]");
    expect(r.stdout).toContain("合计：0 张表，0 个指标；错误 1");
    expect(r.stdout).toContain("没有可标记的表，未写标记副本。");
    await expect(fs.stat(noTable.replace(/\.xlsx$/, ".checked.xlsx"))).rejects.toThrow();
  });

  it("makes a batch with it exit 1, the other files checked and marked", async () => {
    const out = path.join(dir, "batch-no-table");
    const r = await run(["check", seed, noTable, "--format", "json", "--out", out]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { output: string | null }) => f.output !== null)).toEqual([true, false]);
    expect(await fs.readdir(out)).toEqual(["seed.checked.xlsx"]);
  });
});

describe("messages suggest what helps", () => {
  it("says when an existing marked copy was replaced", async () => {
    const out = path.join(dir, "replace-out");
    const first = await run(["check", seed, "--out", out]);
    expect(first.stdout).toContain(`标记副本：${path.join(out, "seed.checked.xlsx")}\n`);
    const again = await run(["check", seed, "--out", out]);
    expect(again.stdout).toContain(`标记副本：${path.join(out, "seed.checked.xlsx")}（已替换原有的标记副本）`);
    const json = JSON.parse((await run(["check", seed, "--out", out, "--format", "json"])).stdout);
    expect(json.replaced).toBe(true);
  });

  it("suggests --out for an unwritable place only when --out was not given", async () => {
    const sub = await tempDir("jixiao-cli-place-");
    const file = path.join(sub, "表.xlsx");
    await fs.copyFile(seed, file);
    // A folder where the copy should go is a file: the same failure, with and without --out.
    const blocker = path.join(sub, "表.checked.xlsx");
    await fs.mkdir(blocker);
    await fs.writeFile(path.join(blocker, "x"), "x");
    const beside = await run(["check", file]);
    expect(beside.code).toBe(2);
    expect(beside.stderr).toContain("（可用 --out 目录 把标记副本写到别处）");
    const notDir = path.join(sub, "not-a-dir");
    await fs.writeFile(notDir, "x");
    const given = await run(["check", file, "--out", notDir]);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain("保存位置中有同名文件，不是文件夹：请换一个文件夹");
    expect(given.stderr).not.toContain("--out");
    await fs.rm(sub, { recursive: true });
  });
});

describe("several files", () => {
  it("gives {files: [{file, ...}]}, an unreadable one as {file, error}, and exits 2", async () => {
    const missing = path.join(dir, "nope.xlsx");
    const r = await run(["check", seed, broken, missing, "--format", "json", "--no-copy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${missing}：文件不存在\n`);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([seed, broken, missing]);
    expect(json.files[0]).toMatchObject({ file: seed, summary: { tables: 3, errors: 0 } });
    expect(json.files[1].summary.errors).toBeGreaterThan(0);
    expect(json.files[1].tables).toHaveLength(2);
    expect(json.files[2]).toEqual({ file: missing, error: { code: "not-found", message: `${missing}：文件不存在` } });
  });

  it("exits 1 when one of them has errors; shows progress on a terminal's stderr", async () => {
    const r = await run(["check", seed, broken, "--no-copy"], { tty: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1/2 broken.xlsx");
    expect(r.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(r.stdout).toContain(`== ${seed} ==`);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout.replace(/\u001b\[\d+m/g, "")).toMatch(/共 2 个文件：已检查 2 个，5 张表，30 个指标/);
  });

  it("shows no progress bar off a terminal", async () => {
    const r = await run(["check", seed, seed, "--no-copy"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });
});

describe("bad input never crashes", () => {
  async function check(name: string, wb: ExcelJS.Workbook, copy = true) {
    const file = path.join(dir, name);
    await fs.writeFile(file, await toBuffer(wb));
    const where = copy ? ["--out", path.join(dir, "bad-out")] : ["--no-copy"];
    const r = await run(["check", file, "--format", "json", ...where]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.stdout);
    // A file with tables gets its marked copy; one without gets none (and a no-table error).
    if (copy && json.tables.length)
      expect((await loadBuffer(await fs.readFile(json.output))).getWorksheet(SUMMARY_SHEET)).toBeDefined();
    else expect(json.output).toBeNull();
    return json;
  }

  it("an empty workbook", async () => {
    const json = await check("empty.xlsx", new ExcelJS.Workbook());
    expect(json.summary).toMatchObject({ sheets: 0, tables: 0, errors: 1 });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(["no-table"]);
  });

  it("sheets without tables: blank, numbers, errors, dates, formulas", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空白");
    const ws = wb.addWorksheet("杂项");
    ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("A3").value = { formula: "SUM(1,2)", result: 3 };
    ws.getCell("A4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("B1").value = "项目名称";
    const json = await check("misc.xlsx", wb);
    expect(json.summary).toMatchObject({ sheets: 2 });
  });

  it("a table with error values, dates and formulas in its figures", async () => {
    const wb = seedWorkbook();
    const ws = wb.worksheets[0];
    ws.getCell("C4").value = { formula: "E4/0", result: { error: "#DIV/0!" } };
    ws.getCell("E4").value = { formula: "0.5+0.31", result: 0.81 };
    ws.getCell("B7").value = new Date(Date.UTC(2024, 2, 31));
    ws.getCell("F10").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    const json = await check("formulas.xlsx", wb);
    expect(json.tables.length).toBeGreaterThanOrEqual(1);
  });

  it("a table cut off after its indicator header", async () => {
    const wb = seedWorkbook();
    const ws = wb.worksheets[0];
    ws.spliceRows(10, 200);
    const json = await check("cut.xlsx", wb);
    expect(json.summary.sheets).toBe(1);
  });

  it("100,000 rows", async () => {
    const wb = seedWorkbook();
    const ws = wb.addWorksheet("流水");
    // 20,000 stray 项目名称 labels (a ledger's column header, not tables) and a few lone 一级指标 headers.
    const label = (r: number) => (r % 30_000 === 0 ? "一级指标" : r % 5 === 0 ? "项目名称" : null);
    for (let r = 1; r <= 100_000; r++) ws.getRow(r).values = [r, `摘要${r % 97}`, (r % 1000) / 7, label(r)];
    // The marked copy of a big workbook is timed by npm run bench; here only reading and checking.
    const json = await check("big.xlsx", wb, false);
    expect(json.summary.sheets).toBe(2);
    expect(json.tables.filter((t: { sheet: string }) => t.sheet === "绩效目标表")).toHaveLength(3);
  }, 180_000);
});

describe("clear, and names in a batch", () => {
  it("clear writes the workbook as it was before the check; re-checking a copy does not stack marks", async () => {
    const sub = await tempDir("jixiao-cli-clear-");
    const r = await run(["check", broken, "--out", sub, "--format", "json"]);
    const copy = JSON.parse(r.stdout).output as string;
    const c = await run(["clear", copy, "--out", sub]);
    expect([c.code, c.stderr]).toEqual([0, ""]);
    const cleared = path.join(sub, "broken.checked.cleared.xlsx");
    expect(c.stdout).toBe(`已去掉标记：${cleared}\n`);
    const a = partTexts(new Uint8Array(await fs.readFile(broken)));
    const b = partTexts(new Uint8Array(await fs.readFile(cleared)));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect([name, b.get(name)]).toEqual([name, text]);
    await fs.rm(sub, { recursive: true });
  });

  it("two inputs of the same name, or a.xlsx beside a.xlsm, get distinct copies", async () => {
    const sub = await tempDir("jixiao-cli-names-");
    await fs.mkdir(path.join(sub, "x"));
    await fs.mkdir(path.join(sub, "y"));
    await fs.copyFile(seed, path.join(sub, "x", "a.xlsx"));
    await fs.copyFile(seed, path.join(sub, "y", "a.xlsx"));
    const out = path.join(sub, "out");
    const r = await run(["check", path.join(sub, "x", "a.xlsx"), path.join(sub, "y", "a.xlsx"), "--out", out]);
    expect(r.code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(["a (2).checked.xlsx", "a.checked.xlsx"]);
    await fs.rm(sub, { recursive: true });
  });

  it("a very long file name still writes (the temporary name is short)", async () => {
    const sub = await tempDir("jixiao-cli-long-");
    const file = path.join(sub, `${"绩".repeat(70)}.xlsx`);
    await fs.copyFile(seed, file);
    const r = await run(["check", file, "--no-copy"]);
    expect(r.code).toBe(0);
    const w = await run(["check", file, "--out", path.join(sub, "o")]);
    expect([w.code, w.stderr]).toEqual([0, ""]);
    await fs.rm(sub, { recursive: true });
  });
});
