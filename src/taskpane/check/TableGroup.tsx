import { Badge, Caption1, Subtitle2, type BadgeProps } from "@fluentui/react-components";
import { lightName, type Finding, type Light } from "../../core";
import { FindingItem } from "./FindingItem";
import { tablePlace, type FindingGroup } from "./group";

const LIGHT_COLOR: Record<Light, BadgeProps["color"]> = {
  red: "danger",
  yellow: "warning",
  green: "success",
  blue: "brand",
};

/** One table: which project it is, where, its light or score, its counts, and its findings. */
export function TableGroup({
  group,
  selected,
  onSelect,
}: {
  group: FindingGroup;
  selected: Finding | null;
  onSelect?: (f: Finding) => void;
}) {
  const t = group.table;
  const title = t ? t.projectName || "（未填项目名称）" : `工作表“${group.sheet}”：表格以外`;
  const headingId = `group-${group.key}`;
  const c = group.counts;
  return (
    <section className="jx-card" aria-labelledby={headingId} data-testid="table-group">
      <Subtitle2 as="h3" id={headingId} block className="jx-break">
        {title}
      </Subtitle2>
      {t && (
        <>
          <Caption1 block className="jx-muted jx-break" data-testid="table-place">
            {tablePlace(t)}
          </Caption1>
          {t.projectCode && (
            <Caption1 block className="jx-muted jx-break">
              编码 {t.projectCode}
            </Caption1>
          )}
        </>
      )}
      <div className="jx-group-line">
        {t?.light && (
          <Badge color={LIGHT_COLOR[t.light]} appearance="filled">
            {lightName(t.light)}
          </Badge>
        )}
        {t?.score !== undefined && (
          <Badge color="brand" appearance="tint">
            得分 {t.score}
            {t.grade && `（${t.grade}）`}
          </Badge>
        )}
        <Badge color={c.error ? "danger" : "informative"} appearance="ghost">
          错误 {c.error}
        </Badge>
        <Badge color={c.warning ? "warning" : "informative"} appearance="ghost">
          警告 {c.warning}
        </Badge>
        <Badge color="informative" appearance="ghost">
          提示 {c.info}
        </Badge>
      </div>
      {group.findings.length > 0 ? (
        <ul className="jx-findings" aria-label={`${title}的问题`}>
          {group.findings.map((f, i) => (
            <FindingItem key={`${f.cell}-${f.rule}-${i}`} finding={f} selected={f === selected} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <Caption1 block className="jx-ok">
          未发现问题
        </Caption1>
      )}
    </section>
  );
}
