import { promises as fs } from "node:fs";
import * as path from "node:path";
import { findTables, profileName, selectableProfiles, SETTINGS_KEY } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { cloneProject } from "../fixtures/seed";
import { seedWorkbook, toBuffer, withAddinSettings } from "../fixtures/xlsx";
import { run, tempDir } from "./helpers";

let dir: string;
/** The seed's first table with its 6月底 plan blank: an error on Hebei's form only. */
let blankPlan: string;

beforeAll(async () => {
  dir = await tempDir("jixiao-cli-profile-");
  const p = cloneProject(0);
  p.plan = [0.25, null as never, 0.75, 1];
  blankPlan = path.join(dir, "blank-plan.xlsx");
  await fs.writeFile(blankPlan, await toBuffer(seedWorkbook("绩效目标表", [p])));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Json {
  tables: { profile: string }[];
  findings: { rule: string; cell: string; row: number; col: number; messageId: string; data: object }[];
  summary: { errors: number };
}

async function json(args: string[]): Promise<{ code: number; json: Json; stderr: string }> {
  const r = await run(["check", ...args, "--format", "json", "--no-copy"]);
  return { code: r.code, json: JSON.parse(r.stdout || "null") as Json, stderr: r.stderr };
}

describe("check --profile", () => {
  it("by evidence the table is Hebei's: the blank plan cell is an error, with its row and column", async () => {
    const r = await json([blankPlan]);
    expect(r.code).toBe(1);
    expect(r.json.tables.map((t) => t.profile)).toEqual(["hebei"]);
    const f = r.json.findings.find((x) => x.rule === "plan-missing")!;
    expect(f).toMatchObject({ cell: "D7", row: 6, col: 3, messageId: "blank", data: { month: "6月底" } });
  });

  it("--profile central checks it as the central form, which has no plan", async () => {
    const r = await json([blankPlan, "--profile", "central"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.json.tables.map((t) => t.profile)).toEqual(["central"]);
    expect(r.json.findings.filter((x) => x.rule.startsWith("plan-"))).toEqual([]);
  });

  it("the text report says which form each table was checked by", async () => {
    const r = await run(["check", blankPlan, "--no-copy", "--profile", "department"]);
    expect(r.stdout).toContain(`绩效目标表（按${profileName("department")}）`);
  });

  it("an unknown profile is a usage error naming the choices (exit 2)", async () => {
    const r = await run(["check", blankPlan, "--profile", "guangxi"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^--profile：没有名为“guangxi”的表格式，可选：central（/);
    expect((await run(["check", blankPlan, "--profile", ""])).code).toBe(2);
  });
});

describe("settings the add-in saved in the workbook", () => {
  async function saved(name: string, value: unknown): Promise<string> {
    const file = path.join(dir, name);
    const base = await fs.readFile(blankPlan);
    await fs.writeFile(file, withAddinSettings(base, { other: 1, [SETTINGS_KEY]: value }));
    return file;
  }

  it("are the ones the command line checks with: one file, one verdict", async () => {
    // The add-in saves JSON.stringify(input) as the property's value.
    const file = await saved("saved.xlsx", JSON.stringify({ profile: "central" }));
    const r = await json([file]);
    expect([r.code, r.json.tables[0].profile]).toEqual([0, "central"]);
    // --profile on the command line overrides the saved choice, keeping the rest.
    const off = await saved("saved-off.xlsx", JSON.stringify({ rules: { "plan-missing": "off" } }));
    expect((await json([off])).json.findings.filter((f) => f.rule === "plan-missing")).toEqual([]);
    expect((await json([off, "--profile", "hebei"])).json.findings.filter((f) => f.rule === "plan-missing")).toEqual(
      [],
    );
  });

  it("a saved value that is wrong is a Chinese line and exit 2, never a silent default", async () => {
    const file = await saved("bad.xlsx", JSON.stringify({ lights: { red: 5000 } }));
    const r = await run(["check", file, "--no-copy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "bad.xlsx：工作簿中保存的设置有误：指标亮灯（完成进度，%）·红灯：低于应在 0 到 1000 之间，现为 5000",
    );
  });
});

describe("rules --profile", () => {
  it("lists that profile's rules and their options", async () => {
    const hebei = await run(["rules", "--profile", "hebei"]);
    expect(hebei.code).toBe(0);
    expect(hebei.stdout).toMatch(/^表格式 hebei：河北（预算一体化）/);
    expect(hebei.stdout).toMatch(/^plan-missing\s+错误/m);
    expect(hebei.stdout).toMatch(/^\s+序时进度（%）：3月底 25%、6月底 50%、10月底 83.3%、12月底 100%$/m);
    const central = await run(["rules", "--profile", "central"]);
    expect(central.stdout).not.toMatch(/^plan-/m);
    expect(central.stdout).toMatch(/^\s+必需的一级指标：产出指标、效益指标、满意度指标、成本指标$/m);
    const dept = await run(["rules", "--profile", "department", "--format", "json"]);
    const list = JSON.parse(dept.stdout) as { profile: { id: string }; rules: { id: string; options?: object }[] };
    expect(list.profile.id).toBe("department");
    expect(list.rules.find((x) => x.id === "indicator-missing-category")?.options).toEqual({
      requiredLevel1: ["output", "benefit"],
      requiredOutputLevel2: [],
    });
  });

  it("knows every built-in profile and refuses others (exit 2)", async () => {
    for (const s of selectableProfiles()) expect((await run(["rules", "--profile", s.id])).code).toBe(0);
    const bad = await run(["rules", "--profile", "base"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("没有名为“base”的表格式");
  });
});

describe("template --profile", () => {
  it("lays the target table out in that form: central's has no spending plan, Hebei's (the default) has one", async () => {
    const central = path.join(dir, "central.xlsx");
    expect((await run(["template", "target", "--profile", "central", "--out", central])).code).toBe(0);
    const hebei = path.join(dir, "hebei.xlsx");
    expect((await run(["template", "target", "--out", hebei])).code).toBe(0);
    const plan = async (file: string) => findTables((await readWorkbook(file)).snapshot).map((t) => t.plan !== null);
    expect(await plan(hebei)).toEqual([true]);
    expect(await plan(central)).toEqual([false]);
    const bad = await run(["template", "target", "--profile", "x", "--out", path.join(dir, "x.xlsx")]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("没有名为“x”的表格式")]);
  });
});
