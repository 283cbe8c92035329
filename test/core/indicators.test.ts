/**
 * Indicator blocks as real forms lay them out, each shape in more than one layout: grids typed row by
 * row, a leading empty cell merged into the cell above it (as a Word table lands in Excel).
 */
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import type { Indicator, Table } from "../../src/core/model";
import { buildSheet, type Layout } from "../fixtures/real/transcription";

type Row = (string | number)[];

function read(rows: Row[], layout: Layout = {}): Table[] {
  const sheet = buildSheet(
    "S",
    rows.map((r) => r.map(String)),
    layout,
  );
  return locateTables(new Grid(sheet.toSnapshot()));
}

const names = (list: Indicator[]) => list.map((i) => i.level3Text);
const targets = (list: Indicator[]) => list.map((i) => i.targetText);
const kinds = (list: Indicator[]) => list.map((i) => [i.level1Kind, i.level2Kind]);

/** A header block above the indicators, as most forms have one. */
const HEAD: Row[] = [
  ["项目名称", "乡村道路维护"],
  ["年度资金总额", 16],
];

describe("indicator header rows", () => {
  it("starts below the header, not below a 绩效指标 cell merged down the whole block", () => {
    const [t] = read([
      ...HEAD,
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "维护里程", "≥20公里"],
      ["", "", "质量指标", "验收合格率", "≥95%"],
      ["", "效益指标", "社会效益指标", "通行条件改善", "明显改善"],
    ]);
    expect(names(t.indicators)).toEqual(["维护里程", "验收合格率", "通行条件改善"]);
    expect(t.range.left).toBe(0);
  });

  it("reads a header of two merged rows: 指标值 over 指标性质 | 指标值 | 度量单位", () => {
    const rows: Row[] = [
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值", "", "", "权重"],
      ["", "", "", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "维护里程", "≥", 20, "公里", 30],
      ["", "时效指标", "完工时间", "≤", 10, "月", 20],
    ];
    // 指标值 spans the three value columns and 权重 both rows (the leading empty cells merge into 一级 / 二级 / 三级).
    const [t] = read(rows, { merges: ["D3:F3", "G3:G4"] });
    expect(targets(t.indicators)).toEqual(["≥20公里", "≤10月"]);
    expect(t.indicators[0].target?.address).toBe("E5");
    expect(t.indicators[0].weight?.text).toBe("30");
  });

  it("reads the same header when its second row stands unmerged below the first", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
      ["", "", "", "符号", "指标值", "计量单位"],
      ["产出指标", "数量指标", "维护里程", "≥", 20, "公里"],
      ["", "时效指标", "完工时间", "≤", 10, "月"],
    ]);
    expect(targets(t.indicators)).toEqual(["≥20公里", "≤10月"]);
  });

  it.each([
    ["指标性质", ["≥", "定性", "定量"], ["≥20公里", "优良中低差", "95%"]],
    ["指标方向", ["正向", "定性", "反向指标"], ["≥20公里", "优良中低差", "≤95%"]],
  ])("reads a %s cell as an operator, and 定性 / 定量 as none", (head, natures, expected) => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", head, "指标值", "度量单位"],
      ["产出指标", "数量指标", "维护里程", natures[0], 20, "公里"],
      ["效益指标", "社会效益指标", "通行条件", natures[1], "优良中低差", ""],
      ["产出指标", "质量指标", "验收合格率", natures[2], 95, "%"],
    ]);
    expect(targets(t.indicators)).toEqual(expected);
    expect(t.indicators.map((i) => i.parsed.kind)).toEqual(["numeric", "graded", "numeric"]);
  });
});

describe("value column headings", () => {
  it.each([["指标值及单位"], ["年度指标值(A)"], ["计划指标值(或计划水平)"], ["年初目标值(A)"]])(
    "reads %s as the 指标值 column",
    (heading) => {
      const [t] = read([
        ...HEAD,
        ["一级指标", "二级指标", "三级指标", heading],
        ["产出指标", "数量指标", "维护里程", "≥20公里"],
      ]);
      expect(targets(t.indicators)).toEqual(["≥20公里"]);
    },
  );

  it("reads a Hubei self-evaluation: 年初目标值(A) | 实际完成值(B) | 得分", () => {
    const [t] = read([
      ["2020年度水土保持监测项目绩效自评表"],
      ["项目名称", "水土保持监测"],
      ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
      ["产出指标", "质量指标", "监测数据合格率", "100%", "100%", 10],
    ]);
    expect(t.kind).toBe("self-evaluation");
    expect(t.indicators[0].targetText).toBe("100%");
    expect(t.indicators[0].actual?.text).toBe("100%");
    expect(t.indicators[0].score?.text).toBe("10");
  });

  it.each([
    ["实际完成值", "分值", "得分"],
    ["全年实际完成值", "分值(分)", "自评得分"],
    ["实际完成情况", "权重(%)", "得分(分)"],
  ])("reads a self-evaluation's %s | %s | %s", (actual, weight, score) => {
    const [t] = read([
      ["项目支出绩效自评表"],
      ["项目名称", "委托业务项目"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", actual, weight, score],
      ["产出指标", "数量指标", "项目数量", "≥50个", 50, 8, 8],
    ]);
    const [it] = t.indicators;
    expect([it.actual?.text, it.weight?.text, it.score?.text]).toEqual(["50", "8", "8"]);
  });

  it("takes 偏差原因分析 as the reason column of a 财预〔2019〕136号 monitoring table, which has no other", () => {
    const [t] = read([
      ["项目名称", "委托业务项目"],
      ["监控截至", "7月底"],
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-7月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
      ],
      ["产出指标", "数量指标", "项目数量", "≥50个", 10, 50, "招标延后", "有可能"],
    ]);
    expect(t.kind).toBe("monitoring");
    const [it] = t.indicators;
    expect([it.actual?.text, it.forecast?.text, it.reason?.text, it.chance?.text]).toEqual([
      "10",
      "50",
      "招标延后",
      "有可能",
    ]);
  });

  it("names the indicator by 指标内容 where the form has no 三级指标 column", () => {
    const [t] = read([
      ...HEAD,
      ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
      ["", "产出指标", "数量指标", "改造学校数", "3所"],
      ["", "效益指标", "社会公众或服务对象满意度指标", "家长满意度", "≥90%"],
    ]);
    expect(names(t.indicators)).toEqual(["改造学校数", "家长满意度"]);
    expect(t.indicators[0].description).toBeNull();
  });
});

describe("long-term and annual indicators", () => {
  it("keeps a 中长期指标值 column apart from the annual 年度指标值", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "中长期指标值", "年度指标值"],
      ["产出指标", "数量指标", "维护里程", "≥100公里", "≥20公里"],
      ["", "质量指标", "验收合格率", "≥95%", "≥98%"],
    ]);
    expect(targets(t.indicators)).toEqual(["≥20公里", "≥98%"]);
    expect(targets(t.longTerm!.indicators)).toEqual(["≥100公里", "≥95%"]);
  });

  it("reads two sets side by side, the annual one told by the goal row above", () => {
    const rows = (goals: Row): Row[] => [
      ["项目名称", "镇际联网路升级改造", "本年度预算(万元)", 919],
      ["总体目标", ...goals],
      ["", "新建道路29个项目", "结算3个项目"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "新建道路里程", "169公里", "数量指标", "结算项目数", "3个"],
      ["", "", "质量指标", "结算误差率", "≤3%", "质量指标", "结算误差率", "≤2%"],
    ];
    const [left] = read(rows(["中期目标(2019-2021年)", "年度目标"]));
    expect(targets(left.indicators)).toEqual(["3个", "≤2%"]);
    expect(targets(left.longTerm!.indicators)).toEqual(["169公里", "≤3%"]);
    // The right set borrows the shared 一级 column.
    expect(kinds(left.indicators)).toEqual([
      ["output", "quantity"],
      ["output", "quality"],
    ]);
    const [right] = read(rows(["年度目标", "中期目标(2019-2021年)"]));
    expect(targets(right.indicators)).toEqual(["169公里", "≤3%"]);
    expect(targets(right.longTerm!.indicators)).toEqual(["3个", "≤2%"]);
  });

  it("reads 长期绩效指标 and 年度绩效指标 blocks one under the other as one table", () => {
    const tables = read([
      ["项目名称", "镇域内基础设施建设"],
      ["资金总额", 100],
      ["长期绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "道路里程", "≥50公里"],
      ["", "效益指标", "社会效益指标", "出行条件", "明显改善"],
      ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "道路里程", "≥10公里"],
      ["", "", "时效指标", "完工时间", "12月底前"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(tables).toHaveLength(1);
    expect(targets(tables[0].indicators)).toEqual(["≥10公里", "12月底前", "≥90%"]);
    expect(targets(tables[0].longTerm!.indicators)).toEqual(["≥50公里", "明显改善"]);
  });

  it("reads numbered goal blocks of one self-evaluation as one table", () => {
    const tables = read([
      ["项目名称", "水土保持监测"],
      ["年度绩效目标1(40分)"],
      ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["", "产出指标", "质量指标", "数据合格率", "100%", "100%", 20],
      ["年度绩效目标2(40分)"],
      ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["", "产出指标", "时效指标", "资料上报", "12月底前", "11月完成", 20],
      ["总分", 80],
    ]);
    expect(tables).toHaveLength(1);
    expect(names(tables[0].indicators)).toEqual(["数据合格率", "资料上报"]);
    expect(tables[0].longTerm).toBeUndefined();
  });
});

describe("several value columns under one header", () => {
  it("reads one target per village under a merged 指标值", () => {
    const [t] = read(
      [
        ...HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
        ["", "", "", "东村", "西村", "南村"],
        ["产出指标", "数量指标", "维护里程", "≥5公里", "≥8公里", "≥3公里"],
      ],
      { merges: ["D3:F3"] },
    );
    const [it] = t.indicators;
    expect(it.targetText).toBe("≥5公里");
    expect(it.targets?.map((u) => [u.label, u.text])).toEqual([
      ["东村", "≥5公里"],
      ["西村", "≥8公里"],
      ["南村", "≥3公里"],
    ]);
    expect(t.header?.values?.every((v) => !v.grade)).toBe(true);
  });

  it("reads the grade standards 优 | 良 | 中 | 差 of an older Hebei form, 优 as the target", () => {
    const [t] = read(
      [
        ["绩效目标", "保障低保户的基本生活"],
        ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", "", "", "", "评价标准确定依据"],
        ["", "", "", "优", "良", "中", "差"],
        ["产出指标", "救助覆盖率", "是否应救尽救", "100%", "90%", "85%", "80%", "按救助标准评价"],
        ["效果指标", "救助对象满意度", "满意的比率", "85%", "80%", "70%", "60%", "按满意度评价"],
      ],
      { merges: ["D2:G2", "H2:H3"] },
    );
    expect(names(t.indicators)).toEqual(["救助覆盖率", "救助对象满意度"]);
    expect(targets(t.indicators)).toEqual(["100%", "85%"]);
    expect(t.indicators[0].targets?.map((g) => g.label)).toEqual(["优", "良", "中", "差"]);
    expect(t.header?.values?.every((v) => v.grade)).toBe(true);
    expect(t.indicators[1].targetBasis?.text).toBe("按满意度评价");
    expect(kinds(t.indicators).map(([k]) => k)).toEqual(["output", "benefit"]);
  });
});

describe("rows and categories", () => {
  it("reads block weights written in the first-level cell, half- or full-width", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标(50分)", "数量指标", "项目数", "≥50个", 50, 25, 25],
      ["", "质量指标", "合格率", "100%", "100%", 25, 25],
      ["效益指标（30分）", "社会效益指标", "影响程度", "效果明显", "达成", 30, 30],
    ]);
    expect(t.indicators.map((i) => [i.level1Kind, i.level1Weight])).toEqual([
      ["output", 50],
      ["output", 50],
      ["benefit", 30],
    ]);
  });

  it("reads rows in any order, the first level repeated on each", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "社会效益指标", "维护社会稳定", "≥95%"],
      ["产出指标", "时效指标", "按时发放", "12月底前"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ["产出指标", "数量指标", "发放人数", "≥230人"],
    ]);
    expect(kinds(t.indicators)).toEqual([
      ["benefit", "social-benefit"],
      ["output", "timeliness"],
      ["satisfaction", "satisfaction"],
      ["output", "quantity"],
    ]);
  });

  it("classifies 产出 and 效益 at the second level under an umbrella first level", () => {
    const [t] = read([
      ["专项名称", "畜禽粪污资源化利用"],
      ["下达投资(万元)", 2350],
      ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "实施效果指标", "产出指标", "建设项目个数", 1],
      ["", "", "", "竣工验收合格率", "100%"],
      ["", "", "效益指标", "综合利用率", "≥90%"],
      ["", "", "满意度指标", "养殖户满意度", "≥90%"],
    ]);
    expect(kinds(t.indicators)).toEqual([
      ["output", null],
      ["output", null],
      ["benefit", null],
      ["satisfaction", null],
    ]);
  });

  it("keeps the older hierarchy: 成本 under 产出, 满意度 under 效益", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "成本指标", "成本控制率", "100%"],
      ["效益指标", "社会公众或服务对象满意度指标", "家长满意度", "≥90%"],
    ]);
    expect(kinds(t.indicators)).toEqual([
      ["output", "cost"],
      ["benefit", "satisfaction"],
    ]);
  });
});

describe("template leftovers", () => {
  it("counts numbered template rows by their names and skips 指标1: rows left empty", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "指标1:农村饮水工程覆盖人口", "万人"],
      ["", "", "指标2:", ""],
      ["", "质量指标", "指标1：工程验收合格率", "≧ %"],
      ["", "", "……", "……"],
    ]);
    expect(names(t.indicators)).toEqual(["农村饮水工程覆盖人口", "工程验收合格率"]);
    expect(t.indicators[0].level3?.text).toBe("指标1:农村饮水工程覆盖人口");
  });

  it("skips empty 二级 rows and 请填写 placeholders", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "项目数", "≥50个", 50, 40, 40],
      ["效益指标", "社会效益指标", "影响程度", "效果明显", "达成", 30, 30],
      ["", "经济效益指标"],
      ["", "生态效益指标", "请填写", "请填写"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10],
    ]);
    expect(names(t.indicators)).toEqual(["项目数", "影响程度", "群众满意度"]);
  });
});

describe("lists", () => {
  /** A department's list: 单位名称 | 项目名称 | 预算数 | 年度目标 | indicator columns, amounts in 元. */
  const LIST_HEADER = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"];

  it("reads several projects stacked in one list, names merged down their rows", () => {
    const tables = read([
      ["部门预算项目绩效目标申报表(2023年度)"],
      ["金额单位:元"],
      LIST_HEADER,
      ["820-马踏镇部门", "", "8,827,620.53"],
      [
        "820001-马踏镇人民政府",
        "村组干部报酬",
        "3,309,840.00",
        "按时发放",
        "效益指标",
        "社会效益指标",
        "维护稳定",
        "≥95%",
      ],
      ["", "", "", "", "产出指标", "数量指标", "发放人数", "≥230人"],
      ["", "基层组织活动经费", "660,000.00", "保障运转", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ["", "", "", "", "产出指标", "数量指标", "行政村数量", "=11个"],
      ["", "", "", "", "产出指标", "质量指标", "正常运转率", "≥95%"],
    ]);
    expect(tables.map((t) => [t.projectName?.text, t.funds?.budget.text, names(t.indicators)])).toEqual([
      ["村组干部报酬", "3,309,840.00", ["维护稳定", "发放人数"]],
      ["基层组织活动经费", "660,000.00", ["群众满意度", "行政村数量", "正常运转率"]],
    ]);
    expect(tables.every((t) => t.problems.length === 0)).toBe(true);
  });

  it("reads the same list typed without merges, each name on its project's first row", () => {
    const sheet = buildSheet(
      "S",
      [
        LIST_HEADER,
        ["马踏镇人民政府", "村组干部报酬", "330.98", "按时发放", "效益指标", "社会效益指标", "维护稳定", "≥95%"],
        ["马踏镇人民政府", "", "", "", "产出指标", "数量指标", "发放人数", "≥230人"],
        [
          "马踏镇人民政府",
          "基层组织活动经费",
          "66",
          "保障运转",
          "满意度指标",
          "服务对象满意度指标",
          "群众满意度",
          "≥95%",
        ],
      ],
      {},
    );
    sheet.merges.length = 0;
    const tables = locateTables(new Grid(sheet.toSnapshot()));
    expect(tables.map((t) => [t.projectName?.text, names(t.indicators)])).toEqual([
      ["村组干部报酬", ["维护稳定", "发放人数"]],
      ["基层组织活动经费", ["群众满意度"]],
    ]);
  });

  it("reads a department's flat list without level columns, up to its 合计 row", () => {
    for (const heading of ["指标名称", "三级指标"]) {
      const [t] = read([
        ["部门整体支出绩效目标表"],
        ["部门名称", "广水市教育局"],
        ["序号", heading, "指标值", "备注"],
        [1, "义务教育巩固率", "≥99%"],
        [2, "教师培训人次", "≥3000人次"],
        ["合计"],
      ]);
      expect(names(t.indicators)).toEqual(["义务教育巩固率", "教师培训人次"]);
    }
  });
});
