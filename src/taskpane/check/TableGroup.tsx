import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Caption1, Subtitle2 } from "../ui/Text";
import type { Finding, Light } from "../../core";
import { KIND_LABEL, LIGHT_LABEL } from "../strings";
import { Tag } from "../ui/Tag";
import { FindingItem } from "./FindingItem";
import type { FindingGroup } from "./group";

const LIGHT_COLOR: Record<Light, "danger" | "warning" | "success" | "brand"> = {
  red: "danger",
  yellow: "warning",
  green: "success",
  blue: "brand",
};

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  title: { display: "block", margin: 0, wordBreak: "break-all" },
  meta: { display: "block", color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  code: { display: "block" },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: "none", margin: `${tokens.spacingVerticalS} 0 0`, padding: 0 },
  clean: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorPaletteGreenForeground1 },
});

/** One table: which project it is, its light or score, its counts, and its findings. */
export function TableGroup({ group, onSelect }: { group: FindingGroup; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const t = group.table;
  const title = t ? t.projectName || "（未填项目名称）" : `${group.sheet}：表格以外`;
  const headingId = `group-${group.key}`;
  const c = group.counts;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="table-group">
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {title}
      </Subtitle2>
      {t && (
        <Caption1 className={styles.meta}>
          {KIND_LABEL[t.kind]} · {t.sheet} {t.range}
          {t.projectCode && <span className={styles.code}>编码 {t.projectCode}</span>}
        </Caption1>
      )}
      <div className={styles.line}>
        {t?.light && (
          <Tag color={LIGHT_COLOR[t.light]} solid>
            {LIGHT_LABEL[t.light]}
          </Tag>
        )}
        {t?.score !== undefined && (
          <Tag color="brand">
            得分 {t.score}
            {t.grade && `（${t.grade}）`}
          </Tag>
        )}
        <Caption1 className={mergeClasses(c.error ? styles.error : styles.muted)}>错误 {c.error}</Caption1>
        <Caption1 className={mergeClasses(c.warning ? styles.warning : styles.muted)}>警告 {c.warning}</Caption1>
        <Caption1 className={styles.muted}>提示 {c.info}</Caption1>
      </div>
      {group.findings.length > 0 ? (
        <ul className={styles.list} aria-label={`${title}的问题`}>
          {group.findings.map((f, i) => (
            <FindingItem key={`${f.cell}-${f.rule}-${i}`} finding={f} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.clean}>未发现问题</Caption1>
      )}
    </section>
  );
}
