/**
 * The offline page: pick or drop .xlsx files, check them one after another in this browser, see the
 * findings grouped as in the pane, download each marked copy and, for a batch, a summary workbook.
 * Nothing leaves the computer: the page makes no request once loaded.
 */
import { useRef, useState, type DragEvent } from "react";
import type { Report } from "../core";
import { ResultList } from "../taskpane/check/ResultList";
import { countsText, errorDetail } from "../taskpane/strings";
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { checkBytes } from "./engine";
import { summaryWorkbook } from "./summary";

interface Checked {
  id: number;
  name: string;
  report?: Report;
  copy?: { bytes: Uint8Array; name: string };
  error?: string;
}

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
};

/** "预算.xlsx" -> "预算.checked.xlsx", as the command line names its copies. */
export function copyName(name: string, ext: "xlsx" | "xlsm"): string {
  const dot = name.lastIndexOf(".");
  return `${dot > 0 ? name.slice(0, dot) : name}.checked.${ext}`;
}

function download(bytes: Uint8Array, name: string): void {
  const type = name.toLowerCase().endsWith(".xlsm") ? TYPES.xlsm : TYPES.xlsx;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const nextFrame = () => new Promise((r) => setTimeout(r, 0));

export function App() {
  const [results, setResults] = useState<Checked[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  async function run(files: File[]) {
    if (files.length === 0 || progress) return;
    const out: Checked[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      setProgress({ done: i, total: files.length, current: f.name });
      await nextFrame();
      const id = ++seq.current;
      try {
        const bytes = new Uint8Array(await f.arrayBuffer());
        const r = await checkBytes(bytes, { name: f.name });
        out.push({
          id,
          name: f.name,
          report: r.result.report,
          copy: r.copy ? { bytes: r.copy, name: copyName(f.name, r.outputExtension) } : undefined,
        });
      } catch (e) {
        out.push({ id, name: f.name, error: errorDetail(e) });
      }
      setResults([...out]);
    }
    setProgress(null);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void run([...e.dataTransfer.files]);
  }

  const checked = results.filter((r) => r.report);
  return (
    <main className="jw-page">
      <h1 className="jw-title">绩效表检查</h1>
      <p className="jw-lead">
        检查预算项目绩效目标表、运行监控表、绩效自评表（.xlsx）。文件只在本机浏览器中处理，不会上传；断网也能用。
      </p>
      <div
        className={`jw-drop${over ? " jw-over" : ""}`}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>把一个或多个 .xlsx 文件拖到这里，或</p>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={!!progress}>
          选择文件
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm"
          multiple
          hidden
          aria-label="选择要检查的 .xlsx 文件"
          data-testid="pick"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void run(files);
          }}
        />
      </div>
      {progress && (
        <Field
          label="检查进度"
          validationState="none"
          validationMessage={
            <span data-testid="progress">
              正在检查第 {progress.done + 1} 个，共 {progress.total} 个：{progress.current}
            </span>
          }
          className="jx-progress"
        >
          <ProgressBar value={progress.done} max={progress.total} />
        </Field>
      )}
      {results.length > 1 && !progress && (
        <div className="jw-batch">
          <span>
            共 {results.length} 个文件，{checked.length} 个已检查
            {results.length > checked.length && `，${results.length - checked.length} 个无法检查`}。
          </span>
          <Button
            data-testid="download-summary"
            onClick={() => download(summaryWorkbook(results), "绩效表检查汇总.xlsx")}
          >
            下载汇总表
          </Button>
        </div>
      )}
      {results.map((r) => (
        <section key={r.id} className="jw-file" data-testid="file-result" aria-label={r.name}>
          <header className="jw-file-head">
            <h2 className="jw-file-name">{r.name}</h2>
            {r.copy && (
              <Button data-testid="download-copy" onClick={() => r.copy && download(r.copy.bytes, r.copy.name)}>
                下载标记副本
              </Button>
            )}
          </header>
          {r.report ? (
            <>
              <p className="jx-caption">
                {r.report.summary.tables === 0
                  ? "未找到绩效表：请确认表格含有“项目名称”“一级指标”等标签。"
                  : `${countsText(r.report)}。标记副本中问题单元格已标色并加批注，另有“检查结果”工作表。`}
              </p>
              <ResultList report={r.report} />
            </>
          ) : (
            <p className="jw-error" role="alert">
              无法检查：{r.error}
            </p>
          )}
        </section>
      ))}
    </main>
  );
}
