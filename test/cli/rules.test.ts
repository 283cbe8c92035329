import { RULES } from "../../src/core";
import { run } from "./helpers";

describe("jixiao-check rules", () => {
  it("lists every registered rule with its severity and description", async () => {
    const r = await run(["rules"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines[lines.length - 1]).toBe(`共 ${RULES.length} 条规则。`);
    expect(r.stdout).toMatch(/^budget-sum\s+错误\s+\S+.*（绩效目标表）$/m);
    expect(r.stdout).toMatch(/^plan-below-time-progress\s+提示 {2}支出计划低于序时：/m);
    expect(r.stdout).toMatch(/^spend-behind-plan\s+错误.*（运行监控表）$/m);
  });

  it("prints JSON with --format json and rejects other formats", async () => {
    const r = await run(["rules", "--format", "json"]);
    const json = JSON.parse(r.stdout) as { rules: { id: string; severity: string; kinds: string[] }[] };
    expect(json.rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(json.rules.find((x) => x.id === "score-mismatch")).toMatchObject({ kinds: ["self-evaluation"] });
    expect(json.rules.map((x) => (x as { name?: string }).name)).toEqual(RULES.map((x) => x.docs.name));
    const bad = await run(["rules", "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format 只能是 text 或 json/);
  });
});
