import { useState } from "react";
import { Button } from "../ui/Button";
import type { Finding } from "../../core";
import type { CheckOutcome, CheckStage, ExcelHost } from "../../excel/host-types";
import { clearedText, errorText, outcomeText } from "../strings";
import { CheckProgress } from "./CheckProgress";
import { ResultList } from "./ResultList";
import { StatusBar, type Status } from "../StatusBar";

/** 检查 and 清除标记, the progress of a check, and its findings. */
export function CheckView({ host }: { host: ExcelHost }) {
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [stage, setStage] = useState<CheckStage | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function runCheck() {
    setBusy(true);
    setStatus(null);
    setStage("reading");
    try {
      const result = await host.check(setStage);
      setOutcome(result);
      const s = result.report.summary;
      // A notice means part of the result did not reach the cells: not a plain success.
      setStatus({ intent: s.errors > 0 || result.notice ? "warning" : "success", text: outcomeText(result) });
    } catch (e) {
      setStatus({ intent: "error", text: errorText(e) });
    } finally {
      setBusy(false);
      setStage(null);
    }
  }

  async function clearMarks() {
    setBusy(true);
    setStatus(null);
    try {
      const n = await host.clearMarks();
      setOutcome(null);
      setStatus({
        intent: "success",
        text: clearedText(n),
      });
    } catch (e) {
      setStatus({ intent: "error", text: errorText(e, "清除标记") });
    } finally {
      setBusy(false);
    }
  }

  async function select(f: Finding) {
    try {
      await host.select(f.sheet, f.cell);
    } catch (e) {
      setStatus({ intent: "error", text: errorText(e, "定位单元格") });
    }
  }

  return (
    <>
      <div className="jx-actions">
        <Button appearance="primary" onClick={runCheck} disabled={busy} aria-describedby="check-hint">
          检查
        </Button>
        <Button onClick={clearMarks} disabled={busy}>
          清除标记
        </Button>
      </div>
      <span id="check-hint" hidden>
        检查整个工作簿，在有问题的单元格上标色并加批注
      </span>
      {stage && <CheckProgress stage={stage} />}
      <StatusBar status={status} />
      {outcome && <ResultList report={outcome.report} onSelect={select} />}
    </>
  );
}
