import { lazy, Suspense, useState } from "react";
import { Button, Caption1, Spinner } from "@fluentui/react-components";
import type { Finding } from "../../core";
import type { CheckOutcome, CheckStage, ExcelHost } from "../../excel/host-types";
import { clearedText, errorText, outcomeText } from "../strings";
import { CheckProgress } from "./CheckProgress";
import { StatusBar, type Status } from "../StatusBar";

// The results come as their own chunk, loaded while the first check runs.
const loadResults = () => import(/* webpackChunkName: "results" */ "./ResultList");
const ResultList = lazy(() => loadResults().then((m) => ({ default: m.ResultList })));

/** 检查 and 清除标记 (kept in view while the results scroll), the progress of a check, and its findings. */
export function CheckView({ host }: { host: ExcelHost }) {
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [stage, setStage] = useState<CheckStage | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function runCheck() {
    setBusy(true);
    setStatus(null);
    setStage("reading");
    loadResults().catch(() => undefined); // a failed load shows through Suspense's error boundary
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
      <Caption1 as="p" block id="check-hint" className="jx-intro">
        “检查”给有问题的单元格标色、加批注，并添加“检查结果”工作表；“清除标记”全部撤销。
      </Caption1>
      <div className="jx-sticky-top" data-testid="check-actions">
        <Button appearance="primary" onClick={runCheck} disabled={busy} aria-describedby="check-hint">
          检查
        </Button>
        <Button onClick={clearMarks} disabled={busy}>
          清除标记
        </Button>
      </div>
      {stage && <CheckProgress stage={stage} />}
      <StatusBar status={status} />
      {outcome && (
        <Suspense fallback={<Spinner size="small" label="正在显示结果…" className="jx-loading" />}>
          <ResultList report={outcome.report} onSelect={select} />
        </Suspense>
      )}
    </>
  );
}
