import { normalizeLabel } from "../text";

/** `项目名称：X` written into a title or unit line, up to a wide gap or the next label (单位：万元). */
const NAME_IN_TITLE = /项目名称[:：]\s*(\S.*?)(?:\s{2,}|\s+[\u4e00-\u9fff]{2,6}[:：]|$)/;
/** What the form adds around the name: numbering, a year, the form's own words, a year after them. */
const LEAD = /^(?:附(?:件|表)\d*[:：]?|\d{1,2}[、.．]|[一二三四五六七八九十]+[、.．]|[(（]\d{1,2}[)）])/;
const YEAR = /^\d{4}年度/;
const YEAR_AFTER = /\((\d{4})?年度?\)$|\(\d{4}\)年度$/;
const FORM =
  /(?:项目)?(?:支出)?(?:预算)?(?:绩效)?(?:目标(?:申报|批复|审核|审批)?|自评(?:价)?|自评情况|(?:执行|运行)?监控(?:情况)?|评价)表$/;
/** What is left of a form's title that names no project: 部门整体支出绩效目标表, 项目支出绩效自评表. */
const GENERIC = /^(?:(?:部门)?整体(?:支出)?|部门|单位|项目|专项|支出|预算)?$/;

/**
 * The project's name as a form without a name field gives it in its title line:
 * `1、邯财社2018126号…预算指标绩效目标表` -> `邯财社2018126号…预算指标`, `2020年度水土保持监测项目绩效自评表`
 * -> `水土保持监测`, `…项目名称：X` -> `X`; "" when the title names no project.
 */
export function nameFromTitle(title: string): string {
  const named = NAME_IN_TITLE.exec(title);
  if (named) return named[1].trim();
  let t = normalizeLabel(title).replace(YEAR_AFTER, "");
  if (!FORM.test(t)) return "";
  t = t.replace(FORM, "").replace(LEAD, "").replace(YEAR, "");
  return GENERIC.test(t) ? "" : t;
}
