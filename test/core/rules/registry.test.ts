import { ruleName } from "../../../src/core/rule-names";
import { RULES } from "../../../src/core/rules";

describe("rule registry", () => {
  it("gives every rule a short Chinese name of its own", () => {
    const names = new Set<string>();
    for (const rule of RULES) {
      const { name } = rule.docs;
      expect(name).toMatch(/^[\u3400-\u9fff≥≤0-9%]{3,9}$/);
      expect(names.has(name)).toBe(false);
      names.add(name);
    }
    expect(names.size).toBe(RULES.length);
  });

  it("names a rule by its id for users, and falls back to the id for one it does not know", () => {
    for (const rule of RULES) expect(ruleName(rule.id)).toBe(rule.docs.name);
    expect(ruleName("budget-sum")).toMatch(/^[\u3400-\u9fff]/);
    expect(ruleName("engine-error")).toBe("规则运行出错");
    expect(ruleName("a-rule-from-a-newer-version")).toBe("a-rule-from-a-newer-version");
  });
});
