import { useCallback, useEffect, useRef, useState } from "react";
import { Body1, Body1Strong, Button, Caption1, Spinner } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { kindName, type TableKind } from "../../core";
import type { ExcelHost, TableRef } from "../../excel/host-types";
import { errorDetail, errorText } from "../strings";
import { tablePlace } from "../check/group";
import { Section } from "../settings/Section";
import { StatusBar, type Status } from "../StatusBar";

/** What a table can be the source of: a target table feeds monitoring and self-evaluation. */
const NEXT: Record<TableKind, TableKind[]> = {
  target: ["monitoring", "self-evaluation"],
  monitoring: ["self-evaluation"],
  "self-evaluation": [],
};

const KINDS: TableKind[] = ["target", "monitoring", "self-evaluation"];

/** 新建表: a blank template of each kind, or a monitoring / self-evaluation sheet from a found table. */
export function NewSheetView({ host, active }: { host: ExcelHost; active: boolean }) {
  // null while the first read runs; "failed" when the last read failed (an empty list would claim the
  // workbook has no source table).
  const [tables, setTables] = useState<TableRef[] | "failed" | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  // A refresh keeps the old list on screen until the new one arrives. Returns what it failed with, if
  // it did: after a create, that goes beside the create's own message rather than over it.
  const reload = useCallback(async (): Promise<{ error: unknown } | null> => {
    try {
      setTables(await host.listTables());
      return null;
    } catch (error) {
      setTables("failed");
      return { error };
    }
  }, [host]);
  // 刷新列表: a read that works clears the last one's error.
  const load = useCallback(async () => {
    const failed = await reload();
    setStatus(failed ? { intent: "error", text: errorText(failed.error, "读取表格") } : null);
  }, [reload]);

  // listTables reads the whole workbook and finds its tables: read once when the tab first shows,
  // then only after a create (or a failed one) and on 刷新列表, not on every switch back.
  const requested = useRef(false);
  useEffect(() => {
    if (!active || requested.current) return;
    requested.current = true;
    void load();
  }, [active, load]);

  async function create(kind: TableKind, from?: TableRef) {
    setBusy(true);
    setStatus(null);
    let done: Status;
    try {
      const name = await host.createSheet(kind, from);
      done = { intent: "success", text: `已新建工作表“${name}”（${kindName(kind)}）。` };
    } catch (e) {
      done = { intent: "error", text: errorText(e, "新建表") };
    } finally {
      setBusy(false);
    }
    setStatus(done);
    // Read again after a failed create too: it may still have changed the workbook (a name taken meanwhile).
    const failed = await reload();
    // A sheet that was made is no failure: only the list is out of date.
    if (failed)
      setStatus({
        intent: done.intent === "success" ? "warning" : "error",
        text: `${done.text}另外，列表未能刷新：${errorDetail(failed.error)}`,
      });
  }

  const sources = Array.isArray(tables) ? tables.filter((t) => NEXT[t.kind].length > 0) : [];

  return (
    <>
      <StatusBar status={status} />
      <Section title="按模板新建空白表">
        <div className="jx-row">
          {KINDS.map((k) => (
            <Button key={k} onClick={() => create(k)} disabled={busy}>
              {kindName(k)}
            </Button>
          ))}
        </div>
      </Section>
      <Section title="由本工作簿中的表生成" hint="项目名称、编码、指标和目标值从原表带入。">
        {tables === null ? (
          <Spinner size="tiny" labelPosition="after" label="正在查找表格…" role="status" className="jx-loading" />
        ) : tables === "failed" ? (
          <Body1 block>未能读取本工作簿中的表。请点“刷新列表”再试。</Body1>
        ) : sources.length === 0 ? (
          <Body1 block>未找到可作为来源的绩效目标表或运行监控表。</Body1>
        ) : (
          <ul className="jx-list" aria-label="可作为来源的表">
            {sources.map((t) => (
              <li key={`${t.sheet}!${t.range}`} className="jx-card">
                <Body1Strong block className="jx-break">
                  {t.projectName || "（未填项目名称）"}
                </Body1Strong>
                <Caption1 block className="jx-muted jx-break">
                  {tablePlace(t)}
                </Caption1>
                <div className="jx-row">
                  {NEXT[t.kind].map((k) => (
                    <Button
                      key={k}
                      size="small"
                      onClick={() => create(k, t)}
                      disabled={busy}
                      aria-label={`由“${t.projectName || t.sheet}”生成${kindName(k)}`}
                    >
                      生成{kindName(k)}
                    </Button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
        {tables !== null && (
          <Button
            size="small"
            icon={<ArrowClockwiseRegular />}
            onClick={() => void load()}
            disabled={busy}
            className="jx-refresh"
          >
            刷新列表
          </Button>
        )}
      </Section>
    </>
  );
}
