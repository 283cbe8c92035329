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
});
