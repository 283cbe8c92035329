import { Field, ProgressBar } from "@fluentui/react-components";
import type { CheckStage } from "../../excel/host-types";
import { STAGE_LABEL, STAGE_PROGRESS } from "../strings";

/** Which stage the check is in, as a bar and a sentence. */
export function CheckProgress({ stage }: { stage: CheckStage }) {
  return (
    <Field
      label="检查进度"
      validationState="none"
      validationMessage={<span data-testid="stage">{STAGE_LABEL[stage]}</span>}
      className="jx-progress"
    >
      <ProgressBar value={STAGE_PROGRESS[stage]} max={1} aria-valuetext={STAGE_LABEL[stage]} />
    </Field>
  );
}
