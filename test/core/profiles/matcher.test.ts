/**
 * A vocabulary's matcher answers "no pattern" with one test of all its patterns joined: the answer
 * must be the one the patterns give in turn, for the built-in vocabularies and for any text.
 */
import fc from "fast-check";
import { PROFILE_SPECS } from "../../../src/core";
import { Matcher } from "../../../src/core/locate/vocabulary";

type Section = "header" | "columns" | "funds" | "level1" | "level2";
const SECTIONS: Section[] = ["header", "columns", "funds", "level1", "level2"];

/** The regex labels of a section, in registry order, with their kinds. */
function patternsOf(section: Section): { label: RegExp; kind: string; owners: string[] }[] {
  const out: { label: RegExp; kind: string; owners: string[] }[] = [];
  for (const spec of PROFILE_SPECS) {
    const table = (spec.labels as Record<string, Record<string, readonly (string | RegExp)[]>> | undefined)?.[section];
    for (const [kind, labels] of Object.entries(table ?? {}))
      for (const label of labels) if (label instanceof RegExp) out.push({ label, kind, owners: [spec.id] });
  }
  return out;
}

/** Every label word the profiles declare as text, in any section: real labels, which the patterns read too. */
const WORDS = [
  ...new Set(
    PROFILE_SPECS.flatMap((spec) =>
      Object.values((spec.labels ?? {}) as Record<string, Record<string, readonly (string | RegExp)[]>>).flatMap(
        (table) =>
          Object.values(table ?? {}).flatMap((labels) => labels.filter((l): l is string => typeof l === "string")),
      ),
    ),
  ),
  ...[
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "年度指标值",
    "预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "分值",
    "得分",
  ],
  ...[
    "产出指标",
    "效益指标",
    "满意度指标",
    "成本指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "社会效益指标",
    "服务对象满意度指标",
  ],
];

/** What the patterns say, one after another: the first that matches. */
function inTurn(entries: { label: RegExp; kind: string }[], t: string): string | null {
  for (const e of entries) if (e.label.test(t)) return e.kind;
  return null;
}

describe("Matcher: all patterns joined answer as the patterns in turn", () => {
  for (const section of SECTIONS) {
    const entries = patternsOf(section);
    // Texts built from the patterns' own characters reach far into them; plus real label words.
    const chars = [...new Set(entries.flatMap((e) => [...e.label.source.replace(/[\\^$.*+?()[\]{}|]/g, "")]))];
    const noise = fc
      .array(fc.constantFrom(...chars, "指标", "预算", "(", ")", "1", ":", " "), { maxLength: 12 })
      .map((a) => a.join(""));
    // Real words, alone or with what forms add around them (a unit, a weight, a number, a colon).
    const word = fc
      .tuple(
        fc.constantFrom("", "其中:", "1.", "年度"),
        fc.constantFrom(...WORDS),
        fc.constantFrom("", "(万元)", "(50分)", ":", "1", "(A)"),
      )
      .map(([a, w, b]) => a + w + b);
    // And texts each pattern matches: every reading is reached, and the earlier patterns must win.
    const matching = entries.map((e) => fc.stringMatching(e.label, { size: "small" }));
    const text = fc.oneof(noise, word, ...matching);

    it(`${section}: ${entries.length} patterns`, () => {
      expect(entries.length).toBeGreaterThan(1);
      const m = new Matcher(entries, new Set());
      // The texts reach every pattern's reading, not only "none".
      const kinds = new Set(fc.sample(text, { numRuns: 5000, seed: 20261206 }).map((t) => inTurn(entries, t)));
      expect(kinds.size).toBe(new Set(entries.map((e) => e.kind)).size + 1);
      fc.assert(
        fc.property(text, (t) => {
          expect(m.match(t)).toBe(inTurn(entries, t));
          expect(m.read(t)?.kind ?? null).toBe(inTurn(entries, t));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
