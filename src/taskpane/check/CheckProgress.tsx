import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckStage } from "../../excel/host-types";
import { STAGE_LABEL, STAGE_PROGRESS } from "../strings";
import { useText } from "../ui/typography";

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalM },
  track: {
    height: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: "hidden",
    marginBottom: tokens.spacingVerticalXS,
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorCompoundBrandBackground,
    transition: "width 0.3s ease",
  },
});

/** Which stage the check is in, as a bar and a sentence. */
export function CheckProgress({ stage }: { stage: CheckStage }) {
  const styles = useStyles();
  const text = useText();
  const value = Math.round(STAGE_PROGRESS[stage] * 100);
  return (
    <div className={styles.root}>
      <div
        className={styles.track}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={STAGE_LABEL[stage]}
        aria-label="检查进度"
      >
        <div className={styles.bar} style={{ width: `${value}%` }} />
      </div>
      <p className={text.caption} data-testid="stage">
        {STAGE_LABEL[stage]}
      </p>
    </div>
  );
}
