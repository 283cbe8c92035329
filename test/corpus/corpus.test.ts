/**
 * The corpus of real published tables: each read as reasoned from its observations, its own errors
 * found where a rule exists, and no error it does not have. Checks the engine does not pass yet are
 * listed in the table's `gaps` and run as it.failing: fixing one turns its test red until the gap is
 * removed. `npm run corpus` prints the same checks as a table.
 */
import { REAL_TABLES } from "../fixtures/real";
import { checkReal } from "./harness";

describe.each(REAL_TABLES.map((real) => [real.id, real] as const))("%s", (_id, real) => {
  const outcomes = checkReal(real);

  it("lists only gaps that are checks", () => {
    const keys = new Set(outcomes.map((o) => o.key));
    expect(real.gaps.filter((g) => !keys.has(g))).toEqual([]);
  });

  for (const o of outcomes) {
    const test = real.gaps.includes(o.key) ? it.failing : it;
    test(o.key, () => {
      expect({ check: o.key, read: o.detail, ok: o.ok }).toMatchObject({ ok: true });
    });
  }
});
