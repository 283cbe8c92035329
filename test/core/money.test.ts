import fc from "fast-check";
import { Big, readShown, ShownNumber } from "../../src/core/money";
import { sumDisagrees } from "../../src/core/rules/support";

/** Plain decimals as typed: up to 20 digits before the point, up to 6 after, leading zeros allowed. */
const plain = fc
  .tuple(fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));

/** The same figure with Big alone: what the integer shortcuts must give. */
function viaBig(text: string): { number: number; times100: number; atMostOne: boolean } {
  const b = new Big(text);
  return { number: b.toNumber(), times100: b.times(100).toNumber(), atMostOne: b.lte(1) };
}

describe("ShownNumber", () => {
  test.each([
    ["18.00", 2, 1800],
    ["0.81", 2, 81],
    ["25", 0, 25],
    ["007.5", 1, 75],
    ["123456789012345", 0, 123456789012345],
  ])("%s keeps %i decimals and its digits as the integer %d", (text, decimals, units) => {
    const n = ShownNumber.ofPlain(text);
    expect(n.decimals).toBe(decimals);
    expect(n.units).toBe(units);
    expect(n.big.toString()).toBe(new Big(text).toString());
  });

  test("sixteen digits and more are left to Big", () => {
    expect(ShownNumber.ofPlain("9007199254740993").units).toBeNaN();
    expect(ShownNumber.ofPlain("9007199254740993").big.toFixed(0)).toBe("9007199254740993");
  });

  test("toNumber and atMostOne give what Big gives, for any plain decimal", () => {
    fc.assert(
      fc.property(plain, (text) => {
        const n = ShownNumber.ofPlain(text);
        const want = viaBig(text);
        expect([n.toNumber(), n.toNumber(2), n.atMostOne()]).toEqual([want.number, want.times100, want.atMostOne]);
      }),
      { numRuns: 20000 },
    );
  });

  test("readShown of percent and full-width texts", () => {
    const pct = readShown({ text: "２５％", value: null, format: "General" });
    expect(pct && [pct.percent, pct.toNumber(), pct.decimals]).toEqual([true, 25, 0]);
    const grouped = readShown({ text: "1,234.50", value: 1234.5, format: "#,##0.00" });
    expect(grouped && [grouped.percent, grouped.toNumber(), grouped.units]).toEqual([false, 1234.5, NaN]);
    const fromValue = readShown({ text: "", value: 0.255, format: "0.0%" });
    expect(fromValue && [fromValue.percent, fromValue.toNumber(), fromValue.atMostOne()]).toEqual([true, 25.5, false]);
  });
});

describe("sumDisagrees", () => {
  const cell = (text: string) => ({ text, value: null, format: "General" });
  const item = (text: string) => ({ shown: readShown(cell(text))!, cell: cell(text) });

  /** Big alone, as the function read before its integer shortcut (typed values are the shown ones here). */
  function bigDisagrees(total: string, items: string[]): boolean {
    const sum = items.reduce((s, t) => s.plus(new Big(t)), new Big(0));
    const shown = readShown(cell(total))!;
    return !sum.eq(shown.big) && !sum.round(shown.decimals, Big.roundHalfUp).eq(shown.big);
  }

  test("agrees with Big on sums of plain decimals, near and past 2^53", () => {
    const amount = fc.oneof(plain, fc.stringMatching(/^9007199254740\d{3}(\.\d{1,2})?$/));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 4 }), fc.boolean(), (texts, exact) => {
        const sum = texts.reduce((s, t) => s.plus(new Big(t)), new Big(0));
        const total = exact ? sum.toFixed() : sum.plus("0.01").toFixed();
        const got = sumDisagrees({ shown: readShown(cell(total))! }, texts.map(item)) !== null;
        expect(got).toBe(bigDisagrees(total, texts));
      }),
      { numRuns: 10000 },
    );
  });

  test("items that no double holds once scaled to six decimals are left to Big", () => {
    // 900719925474099 × 10^6 + 1 rounds to 900719925474099 × 10^6 as a double.
    const small = { shown: readShown(cell("0.000001"))!, cell: { text: "0.000001", value: 1, format: "0.000000" } };
    const off = sumDisagrees({ shown: readShown(cell("900719925474099"))! }, [item("900719925474099"), small]);
    expect(off?.shownSum.toString()).toBe("900719925474099.000001");
  });

  test("0.1 + 0.2 is 0.30; 0.1 + 0.1 is not", () => {
    expect(sumDisagrees({ shown: readShown(cell("0.30"))! }, [item("0.1"), item("0.2")])).toBeNull();
    expect(sumDisagrees({ shown: readShown(cell("0.30"))! }, [item("0.1"), item("0.1")])?.shownSum.toString()).toBe(
      "0.2",
    );
  });
});
