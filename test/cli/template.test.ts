/* eslint-disable office-addins/call-sync-before-read -- exceljs cells, not Office.js proxies */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { seedWorkbook, toBuffer } from "../fixtures/xlsx";
import { run, tempDir } from "./helpers";

let dir: string;
let seed: string;

beforeAll(async () => {
  dir = await tempDir("jixiao-template-");
  seed = path.join(dir, "seed.xlsx");
  await fs.writeFile(seed, await toBuffer(seedWorkbook()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface JsonOut {
  tables: { kind: string; projectCode: string; light?: string; score?: number; grade?: string }[];
  findings: { rule: string; severity: string; cell: string }[];
}

async function checkJson(file: string): Promise<{ code: number; json: JsonOut }> {
  const r = await run(["check", file, "--format", "json", "--no-copy"]);
  expect(r.stderr).toBe("");
  return { code: r.code, json: JSON.parse(r.stdout) as JsonOut };
}

describe("template: usage", () => {
  it.each([
    [["template"], "缺少表类型。用法：jixiao-check template 类型"],
    [["template", "budget", "--out", "x.xlsx"], "未知表类型：budget。可选：target（绩效目标表）"],
    [["template", "预算表", "--out", "x.xlsx"], "未知表类型：预算表。可选："],
    [["template", "constructor", "--out", "x.xlsx"], "未知表类型：constructor。可选："],
    [["template", "target"], "缺少 --out：请指定要新建的文件"],
    [["template", "target", "--out", "x.xls"], "--out 应为 .xlsx 文件，收到：x.xls"],
    [["template", "target", "--from", "a.xlsx", "--out", "x.xlsx"], "新建绩效目标表不需要 --from"],
    [["template", "monitoring", "--project", "1302", "--out", "x.xlsx"], "--project 需要与 --from 一起使用"],
    [["template", "monitoring", "--bogus"], "未知选项：--bogus（用 jixiao-check template --help 查看用法）"],
  ])("%j exits 2 with one Chinese line", async (argv, line) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).toContain(line);
  });

  it("prints Chinese help and is listed in the main help", async () => {
    const r = await run(["template", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("self-evaluation  自评表：绩效自评表");
    expect((await run(["--help"])).stdout).toMatch(/template\s+按模板新建/);
  });

  it("reports a missing --from file, an unknown project and a file without tables", async () => {
    const out = path.join(dir, "never.xlsx");
    const missing = await run(["template", "monitoring", "--from", path.join(dir, "nope.xlsx"), "--out", out]);
    expect([missing.code, missing.stderr]).toEqual([2, `${path.join(dir, "nope.xlsx")}：文件不存在\n`]);
    const unknown = await run(["template", "monitoring", "--from", seed, "--project", "999", "--out", out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("找不到项目编码为 999 的表。表中有：13020924P00056410001N 办公设备购置；");
    const empty = path.join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空表").getCell("A1").value = "没有表";
    await wb.xlsx.writeFile(empty);
    const none = await run(["template", "self-evaluation", "--from", empty, "--out", out]);
    expect([none.code, none.stderr]).toEqual([2, `${empty}：没有找到绩效表（需有“项目名称”“一级指标”等标签）\n`]);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("never overwrites an existing file", async () => {
    const out = path.join(dir, "taken.xlsx");
    await fs.writeFile(out, "mine");
    const r = await run(["template", "target", "--out", out]);
    expect([r.code, r.stderr]).toEqual([2, `${out}：文件已存在，不会覆盖。请换一个文件名\n`]);
    expect(await fs.readFile(out, "utf8")).toBe("mine");
  });
});

describe("template: files", () => {
  it("writes a blank target table that checks as one", async () => {
    const out = path.join(dir, "target.xlsx");
    const r = await run(["template", "target", "--out", out]);
    expect(r).toEqual({ code: 0, stdout: `已新建绩效目标表“绩效目标表”：${out}\n`, stderr: "" });
    const { code, json } = await checkJson(out);
    expect(json.tables.map((t) => t.kind)).toEqual(["target"]);
    // A template passes its own check: 待填写 notices only, exit 0.
    expect(code).toBe(0);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f) => f.rule === "awaiting-input" && f.severity === "info")).toBe(true);
  });

  it("does not prefill from a blank table: it has nothing to carry", async () => {
    const blank = path.join(dir, "blank-target.xlsx");
    await run(["template", "target", "--out", blank]);
    const out = path.join(dir, "from-blank.xlsx");
    const r = await run(["template", "monitoring", "--from", blank, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${blank}：其中的绩效表还是空白（项目名称、编码和指标都未填写），请先填好目标表再预填\n`);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("takes the kind by its Chinese name too", async () => {
    const out = path.join(dir, "cn-target.xlsx");
    const r = await run(["template", "目标表", "--out", out]);
    expect(r).toEqual({ code: 0, stdout: `已新建绩效目标表“绩效目标表”：${out}\n`, stderr: "" });
    const mon = path.join(dir, "cn-monitoring.xlsx");
    expect((await run(["template", "监控", "--from", seed, "--out", mon])).stdout).toContain("已新建运行监控表");
    const { json } = await checkJson(mon);
    expect(json.tables.map((t) => t.kind)).toEqual(["monitoring"]);
    const self = path.join(dir, "cn-self.xlsx");
    expect((await run(["template", "绩效自评表", "--from", seed, "--out", self])).stdout).toContain("已新建绩效自评表");
    expect((await load(self)).worksheets[0].name).toBe("办公设备购置-自评");
    // The full name without 表, as 运行监控 always was.
    const full = path.join(dir, "cn-full.xlsx");
    expect((await run(["template", "绩效目标", "--out", full])).stdout).toContain("已新建绩效目标表");
  });

  it("picks the table by 项目编码, and the first target table by default", async () => {
    const a = path.join(dir, "se-default.xlsx");
    expect((await run(["template", "self-evaluation", "--from", seed, "--out", a])).stdout).toContain(
      "预填自 13020924P00056410001N 办公设备购置",
    );
    const b = path.join(dir, "se-car.xlsx");
    await run(["template", "self-evaluation", "--from", seed, "--project", "13020924P00098810001T", "--out", b]);
    expect((await load(b)).worksheets[0].name).toBe("购置公务用车-自评");
  });

  it("monitoring --from seed.xlsx → file → filled by exceljs → check gives the expected findings", async () => {
    const out = path.join(dir, "monitoring.xlsx");
    const made = await run([
      "template",
      "monitoring",
      "--from",
      seed,
      "--project",
      "13020924P000558100016",
      "--out",
      out,
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("已新建运行监控表“各项公务接待活动-监控”");

    const wb = await load(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell("G8").dataValidation?.type).toBe("list");
    // 6月底: 20 of 100.80 spent (v 39.68, red); 批次 15 of 40 (v 75, yellow) with a reason;
    // 完成率 96%; 时限 "完成" (text for a percent); 是 / 否 as expected; 满意度 96%; one 完成可能性 blank.
    ws.getCell("B6").value = 10;
    ws.getCell("C6").value = 20;
    const actual: ExcelJS.CellValue[] = [15, 0.96, "完成", "是", "否", 0.96];
    actual.forEach((v, i) => {
      const cell = ws.getCell(`E${8 + i}`);
      cell.value = v;
      // exceljs shares one style object between cells loaded with the same style: copy, never mutate.
      if (typeof v === "number" && v < 1) cell.style = { ...cell.style, numFmt: "0%" };
      if (i !== 2) ws.getCell(`G${8 + i}`).value = "确定能";
    });
    ws.getCell("H8").value = "上半年大型会议少，下半年集中接待";
    ws.getCell("I9").value = "绿";
    await wb.xlsx.writeFile(out);

    const { code, json } = await checkJson(out);
    expect(code).toBe(1);
    expect(json.tables).toEqual([
      expect.objectContaining({ kind: "monitoring", projectCode: "13020924P000558100016", light: "red" }),
    ]);
    expect(json.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["spend-behind-plan", "error", "C6"],
      ["actual-not-number", "error", "E10"],
      ["behind-progress", "warning", "E8"],
      ["chance-missing", "warning", "G10"],
    ]);

    // The marked copy gets the lights in the blank 监控结果 cells, and keeps the one the unit typed.
    const copy = await run(["check", out, "--out", dir]);
    expect(copy.code).toBe(1);
    const marked = (await load(path.join(dir, "monitoring.checked.xlsx"))).getWorksheet("各项公务接待活动-监控")!;
    expect(["I8", "I9", "I10", "I11", "I12", "I13"].map((a) => marked.getCell(a).value)).toEqual([
      "黄",
      "绿",
      null,
      "绿",
      "绿",
      "绿",
    ]);
    expect(marked.getCell("I8").fill).toMatchObject({ fgColor: { argb: "FFFFD966" } });
  });

  it("self-evaluation --from seed.xlsx → filled → check scores it", async () => {
    const out = path.join(dir, "self-evaluation.xlsx");
    await run(["template", "self-evaluation", "--from", seed, "--project", "13020924P000558100016", "--out", out]);
    const wb = await load(out);
    const ws = wb.worksheets[0];
    ws.getCell("F6").value = 98.5;
    ["G13", "G14", "G15", "G16", "G17", "G18"].forEach((a, i) => (ws.getCell(a).value = [15, 15, 10, 10, 30, 10][i]));
    const actual: ExcelJS.CellValue[] = [38, 0.96, 0.95, "是", "否", 0.96];
    actual.forEach((v, i) => {
      const cell = ws.getCell(`F${13 + i}`);
      cell.value = v;
      if (typeof v === "number" && v < 1) cell.style = { ...cell.style, numFmt: "0%" };
    });
    ws.getCell("I13").value = "全年实际接待需求减少";
    await wb.xlsx.writeFile(out);

    const { code, json } = await checkJson(out);
    expect(code).toBe(0);
    expect(json.tables[0]).toMatchObject({ kind: "self-evaluation", score: 99.02, grade: "优" });
    expect(json.findings.map((f) => [f.rule, f.cell])).toEqual([]);

    await run(["check", out, "--out", dir]);
    const marked = (await load(path.join(dir, "self-evaluation.checked.xlsx"))).worksheets[0];
    expect(marked.getCell("H13").value).toBe(14.25);
    expect(Number((marked.getCell("I6").value as number).toFixed(2))).toBe(9.77);
    expect(Number((marked.getCell("H19").value as number).toFixed(2))).toBe(99.02);
    expect(marked.getCell("H19").numFmt).toBe("0.00");
  });
});
