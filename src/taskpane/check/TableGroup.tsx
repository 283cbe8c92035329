import { kindName, lightName, type Finding, type Light } from "../../core";
import { cx } from "../ui/cx";
import { Tag, type TagColor } from "../ui/Tag";
import { Caption1, Subtitle2 } from "../ui/Text";
import { FindingItem } from "./FindingItem";
import type { FindingGroup } from "./group";

const LIGHT_COLOR: Record<Light, TagColor> = { red: "danger", yellow: "warning", green: "success", blue: "brand" };

/** One table: which project it is, its light or score, its counts, and its findings. */
export function TableGroup({ group, onSelect }: { group: FindingGroup; onSelect: (f: Finding) => void }) {
  const t = group.table;
  const title = t ? t.projectName || "（未填项目名称）" : `${group.sheet}：表格以外`;
  const headingId = `group-${group.key}`;
  const c = group.counts;
  return (
    <section className="jx-card" aria-labelledby={headingId} data-testid="table-group">
      <Subtitle2 as="h3" id={headingId} className="jx-block jx-break">
        {title}
      </Subtitle2>
      {t && (
        <Caption1 className="jx-block jx-muted jx-break">
          {kindName(t.kind)} · {t.sheet} {t.range}
          {t.projectCode && <span className="jx-block">编码 {t.projectCode}</span>}
        </Caption1>
      )}
      <div className="jx-group-line">
        {t?.light && (
          <Tag color={LIGHT_COLOR[t.light]} solid>
            {lightName(t.light)}
          </Tag>
        )}
        {t?.score !== undefined && (
          <Tag color="brand">
            得分 {t.score}
            {t.grade && `（${t.grade}）`}
          </Tag>
        )}
        <Caption1 className={c.error ? "jx-text-error" : "jx-muted"}>错误 {c.error}</Caption1>
        <Caption1 className={c.warning ? "jx-text-warning" : "jx-muted"}>警告 {c.warning}</Caption1>
        <Caption1 className="jx-muted">提示 {c.info}</Caption1>
      </div>
      {group.findings.length > 0 ? (
        <ul className="jx-findings" aria-label={`${title}的问题`}>
          {group.findings.map((f, i) => (
            <FindingItem key={`${f.cell}-${f.rule}-${i}`} finding={f} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <Caption1 className={cx("jx-block", "jx-text-success")}>未发现问题</Caption1>
      )}
    </section>
  );
}
