import { totalMismatch } from "../../../src/core/rules/total-mismatch";
import { ruleTester } from "../../support/rule-tester";
import { put, seedCases, seedTable, type Built } from "./tables";

/**
 * A cost breakdown (成本测算) written between 绩效目标 and the indicator header, inside the table:
 * 项目 | 金额（万元） over item rows and a final label row.
 */
function breakdown(rows: [string, number | string][], opts: { top?: number; left?: number } = {}): Built {
  return seedTable(0, undefined, {
    gap: rows.length + 1,
    top: opts.top,
    left: opts.left,
    after: (b) => {
      const r0 = b.t.goalRow + 1;
      put(b, r0, 1, "成本测算");
      put(b, r0, 2, "金额（万元）");
      rows.forEach(([label, amount], k) => {
        put(b, r0 + 1 + k, 1, label);
        put(b, r0 + 1 + k, 2, amount);
      });
    },
  });
}

/** A breakdown laid out across: item headers with a 合计 column, figures on the row below. */
function across(figures: number[], total: number): Built {
  return seedTable(0, undefined, {
    gap: 2,
    after: (b) => {
      const r0 = b.t.goalRow + 1;
      ["设备费", "安装费", "材料费"].forEach((h, k) => put(b, r0, 1 + k, h));
      put(b, r0, 4, "合 计");
      figures.forEach((f, k) => put(b, r0 + 1, 1 + k, f));
      put(b, r0 + 1, 4, total);
    },
  });
}

const COST_2022: [string, number][] = [
  ["设备费", 191],
  ["安装费", 99],
  ["材料费", 372.88],
];

ruleTester(totalMismatch, {
  valid: [
    ...seedCases(),
    { name: "191 + 99 + 372.88 = 662.88", sheet: breakdown([...COST_2022, ["合计", 662.88]]).sheet },
    {
      name: "no floating-point alarm: 0.1 + 0.2 = 0.3",
      sheet: breakdown([
        ["设备费", 0.1],
        ["安装费", 0.2],
        ["总计", 0.3],
      ]).sheet,
    },
    {
      name: "subtotals and a 合计 of the subtotals",
      sheet: breakdown([
        ["设备费", 10],
        ["安装费", 20],
        ["小计", 30],
        ["材料费", 5],
        ["运输费", 5],
        ["小计", 10],
        ["合计", 40],
      ]).sheet,
    },
    { name: "a 合计 column that adds up", sheet: across([191, 99, 372.88], 662.88).sheet },
    {
      name: "a 合计 with a single item above is not a sum to check",
      sheet: breakdown([
        ["设备费", 191],
        ["合计", 200],
      ]).sheet,
    },
    {
      name: "a wrong 合计 outside the table's range is not this table's",
      sheet: seedTable(0, undefined, {
        after: (b) => {
          const r = b.t.bottom + 3;
          put(b, r, 1, 191);
          put(b, r + 1, 1, 99);
          put(b, r + 2, 0, "合计");
          put(b, r + 2, 1, 300);
        },
      }).sheet,
    },
  ],
  invalid: [
    {
      name: "the real 2022 breakdown: 191 + 99 + 372.88 printed as 662.98",
      sheet: breakdown([...COST_2022, ["合计", 662.98]]).sheet,
      errors: [{ cell: "C13", message: "合计 662.98 不等于上方各项之和 662.88（191 + 99 + 372.88）" }],
    },
    {
      name: "the same breakdown in a table placed at D3",
      sheet: breakdown([...COST_2022, ["合计（万元）", 662.98]], { top: 2, left: 3 }).sheet,
      errors: [{ cell: "F15", message: "合计 662.98 不等于上方各项之和 662.88" }],
    },
    {
      name: "decimal, not float: 0.1 + 0.2 printed as 0.31",
      sheet: breakdown([
        ["设备费", 0.1],
        ["安装费", 0.2],
        ["总额", 0.31],
      ]).sheet,
      errors: [{ cell: "C12", message: "总额 0.31 不等于上方各项之和 0.30" }],
    },
    {
      name: "a wrong 小计 and a 合计 that adds up the subtotals as printed",
      sheet: breakdown([
        ["设备费", 10],
        ["安装费", 20],
        ["小计", 31],
        ["材料费", 5],
        ["运输费", 5],
        ["小计", 10],
        ["合计", 41],
      ]).sheet,
      errors: [{ cell: "C12", message: "小计 31 不等于上方各项之和 30（10 + 20）" }],
    },
    {
      name: "a 合计 that misses its subtotals",
      sheet: breakdown([
        ["设备费", 10],
        ["安装费", 20],
        ["小计", 30],
        ["材料费", 5],
        ["运输费", 5],
        ["小计", 10],
        ["合计", 45],
      ]).sheet,
      errors: [{ cell: "C16", message: "合计 45 不等于上方各项之和 40（30 + 10）" }],
    },
    {
      name: "a 合计 column that does not add up",
      sheet: across([191, 99, 372.88], 662.98).sheet,
      errors: [{ cell: "E10", message: "合计 662.98 不等于左侧各项之和 662.88（191 + 99 + 372.88）" }],
    },
  ],
});
