/**
 * Weights the table writes for a block of indicators (domain.md §8): a goal's (年度绩效目标1(40分)), a
 * first level's (产出指标(50分), a 分值 on its own row, a 分值 merged down over its rows). Each
 * layout is a grid typed row by row, leading empty cells merged into the cell above (as a Word table
 * lands in Excel), checked through the engine.
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { SettingsInput } from "../../../src/core/settings";
import { buildSheet } from "../../fixtures/real/transcription";

type Row = (string | number)[];

function check(rows: Row[], settings?: SettingsInput) {
  const sheet = buildSheet(
    "自评",
    rows.map((r) => r.map(String)),
    {},
  );
  const r = checkWorkbook({ sheets: [sheet.toSnapshot()] }, settings);
  const errors = r.report.findings.filter((f) => f.severity === "error");
  return {
    table: r.report.tables[0],
    analysis: r.analyses[0].selfEvaluation!,
    errors: errors.map((f) => `${f.rule}@${f.cell}`),
    messages: errors.map((f) => f.message),
  };
}

/** The Hubei 2020 form: 预算执行 20 分, two goals with their weights, a 得分 column and no 分值 column. */
function goals(block1: Row[], block2: Row[], head1 = "年度绩效目标1(50分)", head2 = "年度绩效目标2(30分)"): Row[] {
  const header: Row = ["", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"];
  return [
    ["2021年度道路养护项目绩效自评表"],
    ["项目名称", "道路养护", "主管部门", "交通运输局", "项目实施单位", "本单位"],
    ["预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ["", "年度财政资金总额", 50, 45, "90%", 18],
    [head1],
    header,
    ...block1,
    [head2],
    header,
    ...block2,
    ["总分", 98],
  ];
}

const GOAL1: Row[] = [
  ["", "产出指标", "数量指标", "养护里程", "≥20公里", "20公里", 20],
  ["", "产出指标", "质量指标", "验收合格率", "≥95%", "96%", 20],
  ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "90%", 10],
];
const GOAL2: Row[] = [
  ["", "效益指标", "社会效益指标", "通行时间缩短", "≥10%", "10%", 15],
  ["", "效益指标", "社会效益指标", "事故起数下降", "≥5%", "5%", 15],
];

describe("goal blocks (年度绩效目标1(50分)): the rater's scores show the split (Hubei)", () => {
  it("reads each goal's weight, splits it as scored, and scores 18 + 50 + 30", () => {
    const { table, analysis, errors } = check(goals(GOAL1, GOAL2));
    expect(table.profile).toBe("hubei");
    expect(analysis.blocks.map((b) => [b.block.name, b.block.weight, b.block.cell.address, b.rows])).toEqual([
      ["年度绩效目标1", 50, "A5", [0, 1, 2]],
      ["年度绩效目标2", 30, "A10", [3, 4]],
    ]);
    expect(analysis.rows.map((r) => r.weight)).toEqual([20, 20, 10, 15, 15]);
    expect(table.score).toBe(98);
    expect(errors).toEqual([]);
  });

  it("an indicator that met its target scored less than the rest of its goal: a score-mismatch there", () => {
    const wrong = GOAL1.map((r, i) => (i === 2 ? [...r.slice(0, 6), 9.5] : r));
    const { table, analysis, errors, messages } = check(goals(wrong, GOAL2));
    expect(analysis.rows[2].weight).toBe(10);
    expect(errors).toContain("score-mismatch@G9");
    expect(errors).not.toContain("score-over-weight@G7");
    expect(messages.join()).toContain("群众满意度 得分应为 10");
    expect(table.score).toBe(98);
  });

  it("a qualitative score is the rater's call within its band, not a weight: 达成 scored 9 of the 10 left", () => {
    const qualitative = GOAL1.map((r, i) =>
      i === 2 ? ["", "满意度指标", "服务对象满意度指标", "群众满意", "达成", "达成", 9] : r,
    );
    const { table, analysis, errors } = check(
      goals(qualitative, GOAL2).map((r) => (r[0] === "总分" ? ["总分", 97] : r)),
    );
    expect(analysis.rows.map((r) => r.weight)).toEqual([20, 20, 10, 15, 15]);
    // 9 of 10 wants a reason, and the form has no column for one: that finding is right.
    expect(errors).toEqual(["reason-missing@B6"]);
    expect(table.score).toBe(97);
  });

  it("goals worth more than the 80 left beside 执行率: weights-sum at the first goal", () => {
    const { errors, messages } = check(goals(GOAL1, GOAL2, "年度绩效目标1(50分)", "年度绩效目标2(40分)"));
    expect(errors).toContain("weights-sum@A5");
    expect(messages.join()).toContain("分值合计为 110（执行率 20 + 各指标 90），应为 100");
  });

  it("a goal's scores adding up to more than its weight: score-over-weight at the goal", () => {
    const over = GOAL2.map((r, i) => (i === 0 ? [...r.slice(0, 6), 20] : r));
    const { errors, messages } = check(goals(GOAL1, over));
    expect(errors).toContain("score-over-weight@A10");
    expect(messages.join()).toContain("“年度绩效目标2”下各指标得分合计 35，超过其分值 30");
  });

  it("shared evenly (财预〔2020〕10号) when the profile says so: 50 / 3 each, so 20 is over", () => {
    const even = check(goals(GOAL1, GOAL2), { profile: "hubei", blockShare: "even" });
    expect(even.analysis.rows.map((r) => r.weight)).toEqual([16.67, 16.67, 16.66, 15, 15]);
    expect(even.errors).toEqual(expect.arrayContaining(["score-over-weight@G7", "score-over-weight@G8"]));
  });
});

/** A 财预〔2020〕10号 funds block: 执行率 10 分, in full. */
const FUNDS: Row[] = [
  ["项目名称", "乡村道路维护"],
  ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额", 16, 16, 16, 10, "100%", 10],
];

describe("first-level blocks with a per-row 分值 column (the 财预〔2020〕10号 form)", () => {
  const head: Row[] = [...FUNDS, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]];

  it("shares 产出指标(50分) evenly between its two rows when they have no 分值", () => {
    const { analysis, errors } = check([
      ...head,
      ["产出指标(50分)", "数量指标", "项目数", "≥50个", "50个", "", 25],
      ["", "质量指标", "合格率", "≥95%", "100%", "", 25],
      ["效益指标（30分）", "社会效益指标", "通行条件改善", "≥90%", "95%", "", 30],
      ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "", 10],
    ]);
    expect(analysis.rows.map((r) => r.weight)).toEqual([25, 25, 30, 10]);
    expect(errors).toEqual([]);
  });

  it("rows' 分值 that do not add up to their block's: weights-sum at the first-level cell", () => {
    const { errors, messages } = check([
      ...head,
      ["产出指标(50分)", "数量指标", "项目数", "≥50个", "50个", 20, 20],
      ["", "质量指标", "合格率", "≥95%", "100%", 20, 20],
      ["效益指标（30分）", "社会效益指标", "通行条件改善", "≥90%", "95%", 30, 30],
      ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10],
    ]);
    expect(errors).toEqual(["weights-sum@A5"]);
    expect(messages[0]).toContain("“产出指标”的分值为 50，其下各项分值合计为 40");
  });

  it("a block beside unweighted first levels: they share the rest in the settings' proportions", () => {
    const { analysis } = check([
      ...head,
      ["产出指标(60分)", "数量指标", "项目数", "≥50个", "50个", "", ""],
      ["效益指标", "社会效益指标", "通行条件改善", "≥90%", "95%", "", ""],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "", ""],
    ]);
    // 90 − 60 = 30 for 效益 and 满意度, 30 : 10 as the settings weigh them.
    expect(analysis.rows.map((r) => r.weight)).toEqual([60, 22.5, 7.5]);
  });
});

describe("a weight cell for the block", () => {
  it("on the first level's own row", () => {
    const { analysis, errors } = check([
      ...FUNDS,
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "", "", "", "", 50, ""],
      ["", "数量指标", "项目数", "≥50个", "50个", "", 25],
      ["", "质量指标", "合格率", "≥95%", "100%", "", 25],
      ["效益指标", "", "", "", "", 40, ""],
      ["", "社会效益指标", "通行条件改善", "≥90%", "95%", "", 40],
    ]);
    expect(analysis.blocks.map((b) => [b.block.name, b.block.weight, b.block.cell.address])).toEqual([
      ["产出指标", 50, "F5"],
      ["效益指标", 40, "F8"],
    ]);
    expect(analysis.rows.map((r) => r.weight)).toEqual([25, 25, 40]);
    expect(errors).toEqual([]);
  });

  it("merged down over the block's rows", () => {
    const { analysis, errors } = check([
      ...FUNDS,
      ["一级指标", "分值", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["产出指标", 60, "数量指标", "项目数", "≥50个", "50个", 20],
      ["", "", "质量指标", "合格率", "≥95%", "100%", 20],
      ["", "", "时效指标", "按时完工", "≥100%", "100%", 20],
      ["效益指标", 30, "社会效益指标", "通行条件改善", "≥90%", "95%", 15],
      ["", "", "", "事故起数下降", "≥5%", "5%", 15],
    ]);
    expect(analysis.blocks.map((b) => [b.block.weight, b.block.cell.address, b.rows])).toEqual([
      [60, "B5", [0, 1, 2]],
      [30, "B8", [3, 4]],
    ]);
    expect(analysis.rows.map((r) => r.weight)).toEqual([20, 20, 20, 15, 15]);
    // No 分值 of their own is no blank 分值.
    expect(errors).toEqual([]);
  });
});
