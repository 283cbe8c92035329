/**
 * The header block of real tables: names, codes, budgets and kinds as provinces write them, each in
 * more than one layout. Grids are laid out as the published tables land in Excel.
 */
import { checkWorkbook } from "../../src/core/engine";
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import type { Table } from "../../src/core/model";
import type { CellValue } from "../../src/core/snapshot";
import { SheetBuilder } from "../fixtures/sheet-builder";
import { writeTargetTable, SEED_PROJECTS } from "../fixtures/seed";

type Row = (CellValue | undefined)[];

/** Writes rows of cells from (top, left); undefined leaves a cell alone. */
function put(b: SheetBuilder, top: number, left: number, rows: Row[]): number {
  rows.forEach((cells, i) => cells.forEach((v, j) => v !== undefined && b.set(top + i, left + j, v)));
  return top + rows.length;
}

const TARGET_HEAD: Row = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"];
const TARGET_ROWS: Row[] = [
  [null, "产出指标", "数量指标", "改造学校数", "≥3所"],
  [null, null, "质量指标", "验收合格率", "≥95%"],
  [null, "效益指标", "社会效益指标", "办学条件改善", "达成年度指标"],
  [null, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
];

function read(b: SheetBuilder): Table[] {
  return locateTables(new Grid(b.toSnapshot()));
}

function wan(t: Table | undefined): string | null {
  const b = t?.funds?.budgetWan;
  return b ? b.big.toFixed(b.decimals) : null;
}

/** A compact target table (Hubei style): name, funds, goal, indicators. */
function compactTarget(b: SheetBuilder, top: number, nameLabel: string, name: string, left = 0): number {
  let r = put(b, top, left, [
    ["绩效目标表"],
    [nameLabel, name, null, null, null],
    ["项目主管部门", "某区教育局", "项目执行单位", "某学校"],
    ["资金情况（万元）", "年度资金总额", 16],
    [null, "其中：财政资金", 16],
    ["总体目标", "全面改善薄弱学校办学条件。"],
    TARGET_HEAD,
  ]);
  r = put(b, r, left, TARGET_ROWS);
  return r;
}

describe("names under every label in use", () => {
  const labels = [
    "项目名称",
    "专项名称",
    "专项资金名称",
    "项目支出名称",
    "专项（项目）名称",
    "项 目 名 称：",
    "专项(项目)名称",
  ];

  it.each(labels)("reads the name under %s in a compact table and in the seed's layout", (label) => {
    const b = new SheetBuilder("S");
    compactTarget(b, 0, label, "农村义务教育薄弱学校改造补助资金");
    const [t] = read(b);
    expect(t.projectNameText).toBe("农村义务教育薄弱学校改造补助资金");
    expect(wan(t)).toBe("16");
    expect(t.indicators).toHaveLength(4);

    const s = new SheetBuilder("S");
    const w = writeTargetTable(s, SEED_PROJECTS[1], 3, 2);
    s.set(w.codeRow, 5, label);
    const tables = read(s);
    expect(tables).toHaveLength(1);
    expect(tables[0].projectNameText).toBe(SEED_PROJECTS[1].name);
    expect(tables[0].projectCodeText).toBe(SEED_PROJECTS[1].code);
  });

  it("takes the more specific of 一级项目名称 and 二级项目名称, stacked or side by side, as one table", () => {
    const stacked = new SheetBuilder("S");
    put(stacked, 0, 0, [
      ["一级项目名称", "教育发展专项", null, null, null],
      ["二级项目名称", "薄弱学校改造", null, null, null],
      ["预算数（万元）", 120],
      ["年度绩效目标", "完成 3 所学校改造。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "改造学校数", "≥3所"],
    ]);
    const side = new SheetBuilder("S");
    put(side, 2, 1, [
      ["二级项目名称", "薄弱学校改造", "一级项目名称", "教育发展专项"],
      ["预算数（万元）", 120],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "改造学校数", "≥3所"],
    ]);
    for (const b of [stacked, side]) {
      const tables = read(b);
      expect(tables).toHaveLength(1);
      expect(tables[0].projectNameText).toBe("薄弱学校改造");
      expect(wan(tables[0])).toBe("120");
      expect(tables[0].indicators).toHaveLength(1);
    }
  });

  it.each([
    ["51000021R000000019951-工资性支出", "51000021R000000019951", "工资性支出"],
    ["51092324T000010263357-2023年全县安可替代补助资金项目", "51092324T000010263357", "2023年全县安可替代补助资金项目"],
    ["13020924P00056410001N 办公设备购置", "13020924P00056410001N", "办公设备购置"],
    ["2023-2025年乡村振兴衔接资金", "", "2023-2025年乡村振兴衔接资金"],
    ["普陀体育中心与委托运营方结 算费用", "", "普陀体育中心与委托运营方结算费用"],
  ])("reads %s as code %s and name %s", (written, code, name) => {
    const b = new SheetBuilder("S");
    compactTarget(b, 0, "项目名称", written);
    const [t] = read(b);
    expect([t.projectCodeText, t.projectNameText]).toEqual([code, name]);
    expect(t.projectName?.text).toBe(written);
  });

  it("keeps the 项目编码 cell's code over one glued to the name", () => {
    const b = new SheetBuilder("S");
    compactTarget(b, 0, "项目名称", "51000021R000000019951-工资性支出");
    b.set(1, 2, "项目编码").set(1, 3, "51000021R000000019999");
    const [t] = read(b);
    expect([t.projectCodeText, t.projectNameText]).toEqual(["51000021R000000019999", "工资性支出"]);
  });

  it("reads letter-spaced labels (总 体 目 标, 绩 效 指 标) and the department-wide table by its department's name", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["部门整体支出绩效目标表"],
      ["部门（单位）名称", "某镇人民政府"],
      ["下达中央预算内投资(万元)", 2350],
      ["总 体 目 标", "提高畜禽粪污综合利用率。"],
      ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "建设项目个数", "1个"],
    ]);
    const [t] = read(b);
    expect(t.projectNameText).toBe("某镇人民政府");
    expect(t.goal?.text).toBe("提高畜禽粪污综合利用率。");
    expect(wan(t)).toBe("2350");
    expect(t.range.left).toBe(0);
    expect(t.indicators).toHaveLength(1);
  });

  it("lets a department's name stand back for the project's name of the same table", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["单位名称", "某镇人民政府", "项目名称", "村组干部报酬"],
      ["预算数（万元）", 330.98],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "村组干部人数", "≥230人"],
    ]);
    const tables = read(b);
    expect(tables).toHaveLength(1);
    expect(tables[0].projectNameText).toBe("村组干部报酬");
  });
});

describe("a form with no name field", () => {
  const GOAL: Row = ["绩效目标", "全面改善薄弱学校办学条件。"];

  it.each([
    [
      "1、邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表",
      "邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标",
    ],
    ["附件2：农村义务教育薄弱学校改造补助资金项目绩效目标表", "农村义务教育薄弱学校改造补助资金"],
    ["（3）薄弱学校改造项目支出绩效目标申报表（2024年度）", "薄弱学校改造"],
  ])("takes the name from its title %s", (title, name) => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [[title], GOAL, TARGET_HEAD, ...TARGET_ROWS]);
    const [t] = read(b);
    expect(t.projectNameText).toBe(name);
    expect(t.indicators).toHaveLength(4);
  });

  it("takes a 项目名称： written into the unit line, up to the next label", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [["填报单位：某区教育局    项目名称：薄弱学校改造 单位：万元"], GOAL, TARGET_HEAD, ...TARGET_ROWS]);
    expect(read(b)[0].projectNameText).toBe("薄弱学校改造");
  });

  it("a self-evaluation's title, the year and the form's words stripped", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["2020年度水土保持监测项目绩效自评表"],
      ["预算执行情况", "预算数", "执行数", "执行率", "得分"],
      [null, 10, 10, "100%", 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "监测点数", "≥10个", "10个", 90, 90],
    ]);
    expect(read(b)[0].projectNameText).toBe("水土保持监测");
  });

  it("a title that names no project gives no name; a name field always wins", () => {
    for (const title of ["项目支出绩效目标表", "部门整体支出绩效目标表"]) {
      const b = new SheetBuilder("S");
      put(b, 0, 0, [[title], GOAL, TARGET_HEAD, ...TARGET_ROWS]);
      expect(read(b)[0].projectNameText).toBe("");
    }
    const b = new SheetBuilder("S");
    compactTarget(b, 0, "项目名称", "薄弱学校改造");
    b.set(0, 0, "某某资金绩效目标表");
    expect(read(b)[0].projectNameText).toBe("薄弱学校改造");
  });
});

describe("a value where the paste left it", () => {
  const INDICATORS: Row[] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "整治街巷数", "≥18条"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
  ];

  it.each([
    [
      "in the label's own cell, after its colon",
      [
        ["项目名称：街道环境整治", null, null, "主管部门：某区城管委"],
        ["项目编码：11010524P000123"],
        ["预算金额：85.6万元"],
        ["年度目标：完成18条背街小巷整治"],
      ],
    ],
    [
      "past blank cells where a merge was",
      [
        ["项目名称", null, "街道环境整治"],
        ["项目编码", null, null, "11010524P000123"],
        ["预算资金（万元）", null, "85.6"],
        ["年度目标", null, "完成18条背街小巷整治"],
      ],
    ],
    [
      "under a label alone on its row",
      [
        ["项目名称"],
        ["街道环境整治"],
        ["项目编码"],
        ["11010524P000123"],
        ["资金总额（万元）"],
        [85.6],
        ["年度目标"],
        ["完成18条背街小巷整治"],
      ],
    ],
  ] as [string, Row[]][])("reads name, code, budget and goal %s", (_how, head) => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [["2024年度项目绩效目标表"], ...head, ...INDICATORS]);
    const [t] = read(b);
    expect([t.projectNameText, t.projectCodeText, wan(t), t.goal?.text.replace(/^年度目标：/, "")]).toEqual([
      "街道环境整治",
      "11010524P000123",
      "85.6",
      "完成18条背街小巷整治",
    ]);
    expect(t.indicators).toHaveLength(2);
  });

  it("never takes another label, a column header or a blank row for the value", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["项目名称", null, null, "项目编码", "11010524P000123"],
      ["预算数（万元）", null, "财政资金", 80],
      ["年度目标"],
      ...INDICATORS,
    ]);
    const [t] = read(b);
    expect([t.projectNameText, t.projectName?.address, t.projectCodeText]).toEqual(["", "B1", "11010524P000123"]);
    // A blank amount is not taken from a note further along its row.
    const n = new SheetBuilder("S");
    put(n, 0, 0, [
      ["项目名称", "街道环境整治"],
      ["预算数（万元）", 80, "财政资金", 80, "其他资金", null, null, "用户的备注"],
      ...INDICATORS,
    ]);
    const other = read(n)[0].funds?.sources[1];
    expect([other?.amount?.address, other?.amountWan]).toEqual(["F2", null]);
    // A field the vocabulary does not know, on the row under a blank name, is no name.
    const c = new SheetBuilder("S");
    put(c, 0, 0, [["项目名称"], ["项目主管部门", "某区城管委"], ["预算数（万元）", 80], ...INDICATORS]);
    expect(read(c)[0].projectNameText).toBe("");
    expect([t.funds?.budget?.address, wan(t), t.goal?.address, t.goal?.text]).toEqual(["B2", null, "B3", ""]);
    const r = checkWorkbook({ sheets: [b.toSnapshot()] });
    expect(r.report.tables[0].projectName).toBe("");
  });
});

describe("the budget in every shape", () => {
  /** A target table whose funds rows are given; the rest is fixed. */
  function target(funds: Row[], opts: { unitLine?: string; left?: number } = {}): Table {
    const b = new SheetBuilder("S");
    const left = opts.left ?? 0;
    let r = put(b, 0, left, [[opts.unitLine ?? null], ["项目名称", "薄弱学校改造", null, null, null]]);
    r = put(b, r, left, funds);
    r = put(b, r, left, [["绩效目标", "完成改造。"], TARGET_HEAD.slice(1)]);
    put(
      b,
      r,
      left,
      TARGET_ROWS.map((row) => row.slice(1)),
    );
    const [t] = read(b);
    expect(t.projectNameText).toBe("薄弱学校改造");
    expect(t.indicators).toHaveLength(4);
    return t;
  }

  it.each([
    ["beside its label", [["预算数（万元）", 18, "其中：财政资金", 18]], "18"],
    [
      "below its label",
      [
        ["预算数", "财政资金", "其他资金"],
        [18, 10, 8],
      ],
      "18",
    ],
    ["with its unit in the cell (万元)", [["预算数", "10000万元"]], "10000"],
    ["with its unit in the cell (万)", [["年度资金总额", "250万"]], "250"],
    ["with its unit in the cell, full-width", [["资金总额", "２０万元"]], "20"],
    [
      "inside the label cell",
      [
        ["资金情况（万元）", "年度资金总额:16"],
        [null, "其中 :上级资金16"],
      ],
      "16",
    ],
    [
      "inside a value cell with its sources beside it",
      [
        [
          "资金总额及构成",
          "总额10606.7522万元",
          "财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元)",
          "三、其他:3683.3970万元",
        ],
      ],
      "10606.7522",
    ],
    ["under a 下达 label", [["下达中央预算内投资(万元)", 2350]], "2350"],
    [
      "annual, not the mid-term total",
      [["中期市财政预算(万元)", "284500.00", "本年度申请市财政预算资金(万元)", "919.00"]],
      "919.00",
    ],
    ["annual, not the total investment", [["项目总投资（万元）", 5000, "年度预算数（万元）", 300]], "300"],
  ] as [string, Row[], string][])("reads the budget %s", (_name, funds, expected) => {
    expect(wan(target(funds))).toBe(expected);
  });

  it("reads the sources beside, below and inside their labels", () => {
    const beside = target([["预算数（万元）", 18, "其中：财政资金", 10, "其他资金", 8]]);
    const below = target([
      ["预算数", "财政资金", "其他资金"],
      [18, 10, 8],
    ]);
    const inside = target([
      ["资金情况（万元）", "年度资金总额:18"],
      [null, "其中:财政资金10"],
      [null, "其他资金:8"],
    ]);
    for (const t of [beside, below, inside])
      expect(t.funds?.sources.map((s) => [s.name, s.amountWan?.toNumber()])).toEqual([
        ["财政资金", 10],
        ["其他资金", 8],
      ]);
  });

  it.each([
    ["金额单位:元 above the table", { unitLine: "金额单位:元" }, [["预算数", "3,309,840.00"]], "330.984000"],
    ["单位：元 above the table", { unitLine: "单位：元" }, [["预算数", 660000]], "66.0000"],
    ["（元） in the label", {}, [["预算数（元）", "215,457.6"]], "21.54576"],
    ["元 in the cell", {}, [["预算数", "250000元"]], "25.0000"],
  ] as [string, { unitLine?: string }, Row[], string][])(
    "converts amounts in 元 (%s) to 万元 exactly",
    (_n, opts, funds, expected) => {
      expect(wan(target(funds, opts))).toBe(expected);
    },
  );

  it("never reads a header cell as the budget", () => {
    const t = target([["年度预算数（万元）", "年初预算", "预算执行率"]]);
    expect(t.funds).toBeNull();
    const report = checkWorkbook({
      sheets: [
        (() => {
          const b = new SheetBuilder("S");
          put(b, 0, 0, [
            ["项目名称", "改造"],
            ["年度预算数（万元）", "年初预算", "预算执行率"],
            ["绩效目标", "完成"],
          ]);
          put(b, 3, 0, [TARGET_HEAD.slice(1), ...TARGET_ROWS.map((row) => row.slice(1))]);
          return b.toSnapshot();
        })(),
      ],
    }).report;
    expect(report.findings.filter((f) => f.rule === "budget-sum")).toEqual([]);
  });

  it("checks a budget written inside its label against its sources, in 万元", () => {
    const check = (funds: Row[]) => {
      const b = new SheetBuilder("S");
      let r = put(b, 0, 0, [["项目名称", "薄弱学校改造"]]);
      r = put(b, r, 0, funds);
      put(b, r, 0, [["绩效目标", "完成改造。"], TARGET_HEAD.slice(1), ...TARGET_ROWS.map((row) => row.slice(1))]);
      return checkWorkbook({ sheets: [b.toSnapshot()] }).report.findings.filter((f) => f.rule === "budget-sum");
    };
    expect(
      check([
        ["资金情况（万元）", "年度资金总额:16"],
        [null, "其中 :上级资金16"],
      ]),
    ).toEqual([]);
    expect(
      check([
        ["资金情况（万元）", "年度资金总额:16"],
        [null, "其中 :上级资金15"],
      ]),
    ).toEqual([expect.objectContaining({ cell: "B2", message: expect.stringContaining("15") })]);
    expect(check([["金额单位：元"], ["预算数", "3,309,840.00", "其中：财政资金", "3,309,840.00"]])).toEqual([]);
  });
});

describe("a funds block with column headers", () => {
  it("takes 全年预算数 as the budget of a self-evaluation whose 项目资金 block spans several rows, in 元", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["财政项目支出绩效自评表（2022 年度）"],
      ["项目名称", "普陀体育中心与委托运营方结 算费用"],
      ["项目资金 (元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", "250000.00", "250000.00", "215,457.6", 10, "86.19%", 8.62],
      [null, "其中:当年财政拨款", "250000.00", "250000.00", "215457.6", "—"],
      [null, "上年结转资金", 0, 0, null, "—"],
      [null, "其他资金", 0, 0, null, "—"],
      ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分"],
      [null, "产出指标", "数量指标", "结算完成率", "=100%", "100%", 90, 90],
    ]);
    b.merge(2, 0, 6, 0);
    const [t] = read(b);
    expect(t.kind).toBe("self-evaluation");
    expect(t.projectNameText).toBe("普陀体育中心与委托运营方结算费用");
    expect(wan(t)).toBe("25.000000");
    expect(t.funds?.budget.address).toBe("D4");
    expect(t.funds?.sources.map((s) => s.name)).toEqual(["当年财政拨款", "上年结转资金", "其他资金"]);
    expect(t.selfEvaluation?.spent?.text).toBe("215,457.6");
  });

  it("reads a Sichuan block (年初预算 | 调整后预算数 | 预算执行数) and a Guizhou one without 全年预算数", () => {
    const sichuan = new SheetBuilder("S");
    put(sichuan, 0, 0, [
      ["部门预算项目支出绩效自评表(2023年度)"],
      ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
      [
        "预算执行情况(10分)",
        "年度预算数(万元)",
        "年初预算",
        "调整后预算数",
        "预算执行数",
        "预算执行率",
        "权重",
        "得分",
      ],
      [null, "总额", "0.00", "3.36", "3.36", "100.00%", 10, 10],
      [null, "其中:财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/"],
      [
        "绩效指标(90分)",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
        "完成值",
        "权重",
        "得分",
      ],
      [null, "产出指标", "质量指标", "完成安可产品购买", "=", 100, "%", 100, 90, 90],
    ]);
    const [s] = read(sichuan);
    expect([s.kind, s.projectCodeText, s.projectNameText, wan(s)]).toEqual([
      "self-evaluation",
      "51092324T000010263357",
      "2023年全县安可替代补助资金项目",
      "3.36",
    ]);
    expect(s.selfEvaluation?.spent?.address).toBe("E4");

    const guizhou = new SheetBuilder("S");
    put(guizhou, 0, 0, [
      ["部门整体支出绩效自评表"],
      ["部门(单位)名称", "某镇人民政府"],
      ["部门(单位)总体 资金(万元)", "资 金 来 源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分"],
      [null, "年度资金总额:", 1172.55, 1268.72, 10, 10],
      [null, "基本支出", 985.19, 914.97],
      ["年度总体目标", "年初设定目标", "年度总体目标完成情况"],
      [null, "完成本年工作任务。", "较好地完成本年工作任务。"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分"],
      [null, "产出指标", "数量指标", "完成任务数", "≥10项", "10项", 90, 90],
    ]);
    const [g] = read(guizhou);
    expect([g.kind, g.projectNameText, wan(g)]).toEqual(["self-evaluation", "某镇人民政府", "1172.55"]);
    expect(g.selfEvaluation?.budgetFull?.address).toBe("C4");
  });

  it("takes the execution's weight from a heading when the block has no 分值 column (Hubei, 20分)", () => {
    for (const heading of [
      ["预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分"],
      ["预算执行情况(万元)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ]) {
      const b = new SheetBuilder("S");
      put(b, 0, 0, [
        ["2020年度水土保持监测项目绩效自评表"],
        ["项目名称", "水土保持监测", "主管部门", "某水利局"],
        heading,
        ["年度财政资金总额", 10, 10, "100%", 20],
        ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["产出指标", "质量指标", "监测数据合格率", "100%", "100%", 40],
      ]);
      const result = checkWorkbook({ sheets: [b.toSnapshot()] });
      const [t] = result.tables;
      expect([t.kind, wan(t), t.selfEvaluation?.weight?.value]).toEqual(["self-evaluation", "10", 20]);
      expect(result.report.findings.filter((f) => f.cell === "E4")).toEqual([]);
    }
  });

  it("reads the 136号 monitoring form's block (1-7月执行数) as a monitoring table's budget", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["项目支出绩效目标执行监控表"],
      ["项目名称", "水土保持监测"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "1-7月执行数", "执行率"],
      [null, "年度资金总额", 10, 12, 6, "50%"],
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-7月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
      ],
      ["产出指标", "数量指标", "监测站点数", "≥10个", "6个", "10个", null, "确定能"],
    ]);
    const [t] = read(b);
    expect([t.kind, wan(t)]).toEqual(["monitoring", "12"]);
    // The form has no 监控截至 row: its month is in the in-year headers.
    expect([t.monitoring?.asOfMonth, t.monitoring?.asOf?.text]).toEqual([7, "1-7月执行情况"]);
  });

  it.each([
    ["1-6月执行情况", 6],
    ["1-8月完成情况", 8],
    ["1至8月完成情况", 8],
    ["截至9月底完成值", 9],
    ["1-5月累计完成值", 5],
    ["1—6月实际完成值", 6],
    ["截至6月30日完成情况", 6],
    ["上半年完成情况", 6],
  ])("takes the month from an indicator column %s where there is no 监控截至, and no 监控截至 error", (head, month) => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["项目支出绩效目标执行监控表"],
      ["项目名称", "社区养老服务补助"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", head, "全年预计完成情况", "偏差原因分析"],
      ["产出指标", "数量指标", "助餐服务人次", "≥5万人次", "3.2万人次", "5万人次"],
    ]);
    const [t] = read(b);
    expect([t.kind, t.monitoring?.asOfMonth]).toEqual(["monitoring", month]);
    const result = checkWorkbook({ sheets: [b.toSnapshot()] });
    expect(result.report.findings.filter((f) => f.rule === "as-of-missing")).toEqual([]);
  });

  it("an explicit 监控截至 wins over the headers, and a table with neither still gets the error", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["项目支出绩效目标执行监控表"],
      ["项目名称", "社区养老服务补助", "监控截至", "6月底"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况"],
      ["产出指标", "数量指标", "助餐服务人次", "≥5万人次", "3.2万人次", "5万人次"],
    ]);
    expect(read(b)[0].monitoring?.asOfMonth).toBe(6);
    const c = new SheetBuilder("S");
    put(c, 0, 0, [
      ["项目支出绩效目标执行监控表"],
      ["项目名称", "社区养老服务补助"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "当前完成值", "全年预计完成情况"],
      ["产出指标", "数量指标", "助餐服务人次", "≥5万人次", "3.2万人次", "5万人次"],
    ]);
    const result = checkWorkbook({ sheets: [c.toSnapshot()] });
    expect(result.report.findings.filter((f) => f.rule === "as-of-missing").length).toBe(1);
  });
});

describe("a department's funds table", () => {
  it.each([0, 2])("takes the 合计 of the 当年金额 column, beside earlier years (from column %i)", (left) => {
    const b = new SheetBuilder("S");
    put(b, 1, left, [
      ["部门整体支出绩效目标申报表"],
      ["部门(单位) 名称", "某市教育局", "填报人", "某人"],
      ["部门总体 资金情况", "总体资金情况", "单位:万元", "当年 金额", "占比", "2021 年", "2022 年"],
      [null, "收入构成", "财政拨款", 108292.73, "88.3%", 90147, 98577.39],
      [null, null, "其他资金", 14348.77, "11.7%", 5819, 10597.65],
      [null, null, "合计", 122641.5, "100%", 95966, 109175.04],
      [null, "支出构成", "基本支出", 93199.91, "75.99%", 81781, 99611.05],
      [null, null, "合计", 122641.5, "100%", 95966, 109175.04],
      ["年度绩效目标", "完成全年教育工作。"],
    ]);
    const [t] = read(b);
    expect([t.projectNameText, t.funds?.budgetWan?.toNumber()]).toEqual(["某市教育局", 122641.5]);
    expect(t.funds?.sources.map((s) => [s.name, s.amountWan?.toNumber()])).toEqual([
      ["财政拨款", 108292.73],
      ["其他资金", 14348.77],
    ]);
  });
});

describe("the kind by evidence, whatever the title", () => {
  function kindOf(title: string | null, head: Row, row: Row): Table["kind"] {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [[title], ["项目名称", "某项目"], ["预算数（万元）", 10], head, row]);
    return read(b)[0].kind;
  }
  const TARGET = ["一级指标", "二级指标", "三级指标", "年度指标值"];
  const ROW = ["产出指标", "数量指标", "某指标", "≥10个", "10个", 50, 50];

  it.each([
    [
      "完成值 | 分值 | 得分 under a target title",
      "项目绩效目标表",
      [...TARGET, "实际完成值", "分值", "得分"],
      "self-evaluation",
    ],
    [
      "分值 before the target",
      null,
      ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
      "self-evaluation",
    ],
    ["完成值 | 权重", null, [...TARGET, "完成值", "权重"], "self-evaluation"],
    [
      "当前完成值 under a self-evaluation title",
      "项目绩效自评表",
      [...TARGET, "当前完成值", "全年预计完成情况"],
      "monitoring",
    ],
    ["1-7月执行情况", "绩效目标表", [...TARGET, "1-7月执行情况", "偏差原因分析"], "monitoring"],
    ["1-6月完成情况", null, [...TARGET, "1-6月完成情况"], "monitoring"],
    ["完成（目标）可能性", null, [...TARGET, "完成（目标）可能性"], "monitoring"],
    ["权重 alone under a target title", "部门预算项目绩效目标申报表(2023年度)", [...TARGET, "权重"], "target"],
    ["a title alone", "财政项目支出绩效自评表（2022 年度）", TARGET, "self-evaluation"],
    ["a 批复表 title", "东莞市财政项目支出绩效目标批复表", TARGET, "target"],
  ] as [string, string | null, Row, Table["kind"]][])("%s", (_n, title, head, kind) => {
    expect(kindOf(title, head, ROW)).toBe(kind);
  });
});

describe("tables wherever they start", () => {
  it("splits self-evaluations stacked one under another, each with its title", () => {
    const b = new SheetBuilder("S");
    let r = 2;
    for (const [name, budget] of [
      ["结算费用", "250000.00"],
      ["援滇经费", "20000.00"],
    ]) {
      r = put(b, r, 1, [
        ["财政项目支出绩效自评表 (2022 年度)"],
        ["项目名称", name],
        ["项目资金 (元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", budget, budget, "9,034", 10, "45.17%", 4.52],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分"],
        [null, "产出指标", "数量指标", "经费使用率", "=100%", "100%", 90, 90],
        ["总分", null, null, null, null, null, 100, 94.52],
      ]);
    }
    const tables = read(b);
    expect(tables.map((t) => [t.kind, t.projectNameText, wan(t), t.indicators.length])).toEqual([
      ["self-evaluation", "结算费用", "25.000000", 1],
      ["self-evaluation", "援滇经费", "2.000000", 1],
    ]);
  });

  it.each([
    ["with a blank column between", 1],
    ["touching", 0],
  ])("splits two tables side by side, %s", (_how, gap) => {
    const table = (name: string, budget: number): Row[] => [
      ["项目名称", name, null, null],
      ["预算数（万元）", budget, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "购置数量", "≥10台"],
      ["满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"],
    ];
    const b = new SheetBuilder("S");
    put(b, 0, 0, table("办公设备购置", 20));
    put(b, 0, 4 + gap, table("档案数字化", 35));
    const tables = read(b);
    expect(tables.map((t) => [t.projectNameText, wan(t), t.indicators.length, t.range.left, t.longTerm])).toEqual([
      ["办公设备购置", "20", 2, 0, undefined],
      ["档案数字化", "35", 2, 4 + gap, undefined],
    ]);
  });

  it("still takes a label left of the name, across a merged value, into its table", () => {
    const b = new SheetBuilder("S");
    put(b, 0, 0, [
      ["项目编码", "13020924P000123", null, "项目名称", "办公设备购置"],
      ["预算数（万元）", 20],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "购置数量", "≥10台"],
    ]);
    b.merge(0, 1, 0, 2);
    const [t] = read(b);
    expect([t.range.left, t.projectCodeText, t.projectNameText, wan(t)]).toEqual([
      0,
      "13020924P000123",
      "办公设备购置",
      "20",
    ]);
  });
});

describe("a list of projects, their names in a column", () => {
  const HEAD: Row = [
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重",
  ];
  const ind = (l1: string, l2: string, l3: string, v: number, u: string): Row => [l1, l2, l3, "≥", v, u, 10];

  it.each([
    ["in 元 under 金额单位:元, from column A", "金额单位:元", 0, ["3,309,840.00", "660,000.00"], [330.984, 66]],
    ["in 万元, from column C", null, 2, [330.98, 66], [330.98, 66]],
  ] as [string, string | null, number, (string | number)[], number[]][])(
    "splits the list into one table per project (%s)",
    (_n, unitLine, left, budgets, expected) => {
      const b = new SheetBuilder("S");
      let r = put(b, 0, left, [["部门预算项目绩效目标申报表(2023年度)"], [unitLine], HEAD]);
      r = put(b, r, left, [["820-某镇部门", null, "8,827,620.53"]]);
      r = put(b, r, left, [
        [
          "820001-某镇人民政府",
          "村组干部报酬",
          budgets[0],
          "按时发放",
          ...ind("效益指标", "社会效益指标", "维护社会稳定", 95, "%"),
        ],
      ]);
      r = put(b, r, left, [[null, null, null, null, ...ind("产出指标", "数量指标", "村组干部人数", 230, "人")]]);
      r = put(b, r, left, [
        [
          null,
          "基层组织活动经费",
          budgets[1],
          "保障运转",
          ...ind("满意度指标", "服务对象满意度指标", "群众满意度", 95, "%"),
        ],
      ]);
      put(b, r, left, [[null, null, null, null, ...ind("产出指标", "数量指标", "行政村数量", 11, "个")]]);
      const tables = read(b);
      expect(
        tables.map((t) => [t.kind, t.projectNameText, t.funds?.budgetWan?.toNumber(), t.indicators.length]),
      ).toEqual([
        ["target", "村组干部报酬", expected[0], 2],
        ["target", "基层组织活动经费", expected[1], 2],
      ]);
      expect(tables[1].indicators.map((i) => i.targetText)).toEqual(["≥95%", "≥11个"]);
    },
  );

  it.each([
    ["资金金额", null, [80, 150], [80, 150]],
    ["项目金额（元）", null, ["800,000.00", "1,500,000.00"], [80, 150]],
    ["金额", "单位：万元", [80, 150], [80, 150]],
  ] as [string, string | null, (string | number)[], number[]][])(
    "takes each project's amount from a %s column",
    (heading, unitLine, amounts, expected) => {
      const b = new SheetBuilder("S");
      put(b, 0, 0, [
        ["2023年部门项目支出绩效目标表", null, null, null, null, null, unitLine],
        ["项目名称", heading, "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["非遗保护传承", amounts[0], "开展非遗展演", "产出指标", "数量指标", "非遗展演场次", "≥20场"],
        [null, null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["公共图书馆免费开放", amounts[1], "保障免费开放", "产出指标", "数量指标", "开放天数", "≥300天"],
      ]);
      const tables = read(b);
      expect(tables.map((t) => [t.projectNameText, t.funds?.budgetWan?.toNumber(), t.indicators.length])).toEqual([
        ["非遗保护传承", expected[0], 2],
        ["公共图书馆免费开放", expected[1], 1],
      ]);
    },
  );
});
