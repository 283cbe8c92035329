import { operatorAmbiguous } from "../../../src/core/rules/operator-ambiguous";
import { ruleTester } from "../../support/rule-tester";
import { indicator, seedTable, splitSeed, splitTable } from "./tables";

const target = (i: number, k: number, value: string) => seedTable(i, (p) => (p.indicators[k].target = value)).sheet;

ruleTester(operatorAmbiguous, {
  valid: [
    { name: "seed table 1", sheet: seedTable(0).sheet },
    { name: "seed table 2", sheet: seedTable(1).sheet },
    {
      name: "a count without an operator (1辆) is a plain quantity",
      sheet: seedTable(2, (p) => (p.indicators[1].target = "≥100%")).sheet,
    },
    { name: "≤ written out", sheet: target(2, 1, "≤5%") },
    { name: "a split 指标性质 column with ≥", sheet: splitTable(0, splitSeed()).sheet },
  ],
  invalid: [
    {
      name: "the seed's 100百分比",
      sheet: seedTable(2).sheet,
      errors: [
        {
          cell: "F11",
          message: "“购置质量合格率（%）”的指标值“100百分比”没有写明 ≥ 或 ≤。比率、满意度通常是下限，应写作“≥100%”",
        },
      ],
    },
    { name: "a bare =", sheet: target(1, 1, "=95%"), errors: [{ cell: "F11", message: "应写作“≥95%”" }] },
    {
      name: "a satisfaction with neither operator nor unit",
      sheet: target(1, 5, "90"),
      errors: [
        { cell: "F15", message: "“接待满意度”的指标值“90”没有写明 ≥ 或 ≤。比率、满意度通常是下限，应写作“≥90%”" },
      ],
    },
    {
      name: "a rate where less is better wants a ceiling",
      sheet: seedTable(1, (p) => (p.indicators[1] = indicator("产出指标", "质量指标", "接待差错率", "5%"))).sheet,
      errors: [{ cell: "F11", message: "此类比率越低越好，应写作“≤5%”" }],
    },
    // Split header: the finding is on the 指标性质 cell (D) and asks for the operator alone,
    // never the whole value, which typed there would read "≥100%100%".
    ...(
      [
        ["a blank 指标性质", 1, ["", 100, "%"], "D11", "100%"],
        ["= in 指标性质", 5, ["=", 90, "%"], "D15", "=90%"],
        ["no unit either", 5, ["", 90, ""], "D15", "90"],
      ] as const
    ).map(([what, k, row, cell, value]) => ({
      name: `a split header, ${what}`,
      sheet: splitTable(
        0,
        splitSeed().map((r, j) => (j === k ? [...row] : r)),
      ).sheet,
      errors: [{ cell, message: `“${value}”没有写明 ≥ 或 ≤。比率、满意度通常是下限，请将本行“指标性质”填为“≥”。` }],
    })),
    {
      name: "a split header, a rate where less is better wants ≤ in 指标性质",
      sheet: splitTable(
        1,
        [
          ["≥", 40, "批次"],
          ["", 5, "%"],
        ],
        (p) => (p.indicators[1] = indicator("产出指标", "质量指标", "接待差错率", "5%")),
      ).sheet,
      errors: [{ cell: "D11", message: "此类比率越低越好，请将本行“指标性质”填为“≤”。" }],
    },
  ],
});
