import { DEFAULT_SETTINGS } from "../settings";
import { defineProfile } from "./define";

/**
 * Names of the project under every label in use. The rank says which wins when a table has several
 * (二级项目名称 is more specific than 项目名称, which is more specific than 一级项目名称).
 */
const NAME = /^(一级|二级)?(项目|专项|专项资金|项目支出|专项\(项目\)|项目\(专项\)|政策|政策\(项目\)|资金)名称$/;

/**
 * The annual amount under the labels in use (预算数, 年度资金总额, 本年度申请市财政预算资金,
 * 下达中央预算内投资, 年度财政资金总额 …); 项目总投资 and 中期/实施期 totals are not it.
 */
const BUDGET =
  /^(本年度|本年|年度|当年|全年)?(申请|下达|安排)?(中央|省级|市级|县级|区级|省|市|县|区)?(财政)?(预算数|预算金额|预算资金|预算内投资|资金总额|项目总金额|项目资金|总额)$/;

/**
 * What every form shares: the label vocabulary the readers know (src/core/locate, src/core/read),
 * the defaults of domain.md, both hierarchies. Not chosen itself: the families extend it.
 */
export default defineProfile({
  id: "base",
  name: "通用",
  description: "各地表格共有的标签、两套指标体系和 domain.md 的默认设置",
  abstract: true,
  labels: {
    // The category words as forms write them, in the order they are tried: 预期产出指标 and 效果指标
    // (Guangdong, older Hebei) as well as 产出指标 and 效益指标. A first-level cell may carry its
    // block weight: 产出指标(50分).
    level1: {
      output: [/^(预期)?产出/],
      // 效果指标: the older name of 效益指标, in approved tables of several provinces (河北 2019, 东莞 2019).
      benefit: [/^(预期)?(效益|效果)/, "效果指标"],
      satisfaction: [/满意度/],
      cost: [/^成本/],
    },
    level2: {
      quantity: [/^数量/],
      quality: [/^质量/],
      timeliness: [/^(时效|进度)/],
      "economic-cost": [/^经济成本/],
      "social-cost": [/^社会成本/],
      "ecological-cost": [/^(生态环境|生态|环境)成本/],
      cost: [/^成本|^预算(\(或投资规模\))?控制/],
      "economic-benefit": [/^经济效益/],
      "social-benefit": [/^社会效益/],
      "ecological-benefit": [/^(生态环境|生态)效益/],
      "sustainable-impact": [/^可持续/],
      satisfaction: [/满意度/],
    },
    // Header-block labels, in the order they are tried (first match wins). A source (其中：财政资金)
    // is any short name ending in 资金 / 拨款 / 经费 that no label here takes (src/core/locate/labels.ts).
    header: {
      projectCode: [/^项目(编码|编号|代码)$/],
      projectName: [NAME],
      departmentName: [/^(部门|单位|部门\(单位\)|单位\(部门\))名称$/],
      budget: [BUDGET],
      fundsBlock: [
        /^预算规模(及资金用途)?$|^资金(情况|规模|总额及构成|来源及构成)(及用途)?$|^(项目|部门)?(总体)?资金情况$/,
      ],
      purpose: [/^(主要|资金主要|资金)用途$/],
      plan: [/^资金支出(计划|进度)(\(%\))?$|^(分月|分季度)?支出计划(\(%\))?$/],
      plannedRow: [/^计划(累计)?支出(进度|比例)?(\(%\))?$/],
      actualRow: [/^实际(累计)?支出(金额|数)?$/],
      goal: [/^(年度)?(绩效目标|总体目标)$|^年度(总体)?目标$|^项目绩效目标$/],
      unitMark: [/^(金额)?单位:?(万元|元)$/],
      asOf: [/^监控(截至|截止)(时间|日期|月份)?$/],
      department: [/^主管部门$/],
      implementer: [/^实施单位$/],
      total: [/^总分$|^合计得分$/],
    },
    // Indicator header columns, in the order they are tried (first match wins). A trailing (A) / (B) /
    // (或计划水平) is part of the header as forms print it.
    columns: {
      // 绩效指标分类 (an older Hebei form) heads the category column, as 一级指标 does.
      level1: [/^一级指标$|^(绩效)?指标分类$/],
      level2: [/^二级指标$/],
      level3: [/^三级指标(名称)?$|^指标名称$/],
      description: [/^(绩效)?指标(描述|解释|内容|说明)$/],
      nature: [/^指标性质(\/符号)?$|^(运算)?符号$|^运算符$|^比较符$|^指标方向$/],
      unit: [/^(计量|度量)(\((计量|度量)\))?单位$|^计量\(度量\)单位$|^单位$/],
      targetBasis: [/^(指标值|评价标准)(确定|设定|设置)?依据$|^(确定|取值)依据$/],
      longTermTarget: [/^(中长期|长期|中期|实施期)(绩效)?(指标值|目标值)(\(.*\))?$/],
      target: [
        /^(年度|全年|年初|计划|年度计划)?(指标值|指标目标值|目标值)(及(计量)?单位)?(\(.*\))?$|^当年预期实现值$|^预期(指标值|目标值?)$|^(绩效)?(指标)?评价标准$/,
      ],
      actual: [
        /^当前(实际)?完成值$|^(全年|年度)?(实际)?完成值(\(.*\))?$|^(全年)?实际(值|完成情况)(\(.*\))?$|^(1月?[-—–~至]|截至|截止)?(\d{1,2}月(\d{1,2}日)?(底|末|份)?|上?半年)(累计)?(实际)?(执行|完成)(情况|值)$|^截至目前完成(值|情况)$|^累计完成值$/,
      ],
      forecast: [/^(全年|年底|年末)预计完成(情况|值)$|^预计(全年|年底|年末)完成(情况|值)$/],
      chance: [/^完成(目标|\(目标\))?可能性$/],
      reasonCategory: [/^偏差原因分析$/],
      reason: [/^偏差原因(说明|分析及改进措施)?$|^(未完成)?原因分析(及改进措施)?$/],
      result: [/^监控结果$/],
      weight: [/^(分值|权重)(\(.*\))?$/],
      score: [/^(自评)?得分(\(.*\))?$/],
      // 绩效指标, or 绩效指标(90分): the leading merged column of the block (the indicator's name where it stands right of 指标分类).
      indicatorGroup: [/^绩效指标(\(\d+(\.\d+)?分\))?$/],
    },
    // Funds-block columns (财预〔2020〕10号 自评表, 财预〔2019〕136号 监控表, provincial forms), after a trailing
    // (万元) / (A) / (B/A) / (10分) is dropped. 全年预算数 is the annual budget; 年初预算数 stands in where a
    // form has no adjusted column.
    funds: {
      budgetStart: [/^年初预算(数|金额)?$/],
      budgetFull: [/^(全年|调整后)预算(数|金额)?$|^预算调整数$|^预算(数|金额)$/],
      spent: [
        /^(全年|实际|预算)?执行(数|金额)$|^全年执行$|^实际支出(数|金额)?$|^(1-)?\d{1,2}月(底)?(累计)?(执行|支出)(数|金额)$/,
      ],
      weight: [/^分值$|^权重$/],
      rate: [/^(预算)?执行率$/],
      score: [/^得分$/],
      // Why the execution fell short (四川: 预算执行率未达到90%的需说明原因).
      reason: [/^(偏差|未完成)?原因(分析|说明)?(及改进措施)?$/],
    },
  },
  forms: {
    target: { spendingPlan: false },
    monitoring: { spendingPlan: false },
    "self-evaluation": { spendingPlan: false },
  },
  hierarchy: {
    // Approved tables of the older forms file 满意度 under 效益 (社会效益指标 › 群众满意度).
    satisfactionUnderBenefit: true,
    categoriesAsLevel2: false,
  },
  options: {
    requiredLevel1: DEFAULT_SETTINGS.requiredLevel1,
    requiredOutputLevel2: DEFAULT_SETTINGS.requiredOutputLevel2,
    timeProgress: DEFAULT_SETTINGS.timeProgress,
    overTargetNotePercent: DEFAULT_SETTINGS.overTargetNotePercent,
    overAchievementPercent: DEFAULT_SETTINGS.overAchievementPercent,
    executionReasonPercent: DEFAULT_SETTINGS.executionReasonPercent,
  },
  scoring: {
    weights: DEFAULT_SETTINGS.weights,
    bands: DEFAULT_SETTINGS.bands,
    blockShare: DEFAULT_SETTINGS.blockShare,
    grades: DEFAULT_SETTINGS.grades,
    scoreTolerance: DEFAULT_SETTINGS.scoreTolerance,
  },
  lights: { lights: DEFAULT_SETTINGS.lights, spendLights: DEFAULT_SETTINGS.spendLights },
});
