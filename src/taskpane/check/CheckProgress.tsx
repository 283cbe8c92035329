import type { CheckStage } from "../../excel/host-types";
import { STAGE_LABEL, STAGE_PROGRESS } from "../strings";

/** Which stage the check is in, as a bar and a sentence. */
export function CheckProgress({ stage }: { stage: CheckStage }) {
  const value = Math.round(STAGE_PROGRESS[stage] * 100);
  return (
    <div className="jx-progress">
      <div
        className="jx-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={STAGE_LABEL[stage]}
        aria-label="检查进度"
      >
        <div className="jx-progress-bar" style={{ width: `${value}%` }} />
      </div>
      <p className="jx-caption" data-testid="stage">
        {STAGE_LABEL[stage]}
      </p>
    </div>
  );
}
