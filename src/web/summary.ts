/**
 * The batch's summary workbook: one sheet 汇总 (a row per table of every file, and a row for each file
 * that could not be checked) and one sheet 问题清单 (every finding). Written as a minimal
 * SpreadsheetML package with fflate: inline strings, a bold header, column widths; nothing else.
 */
import { strToU8, zipSync } from "fflate";
import { colToLetters, kindName, lightName, severityName, type Report } from "../core";

export interface FileOutcome {
  name: string;
  report?: Report;
  /** Why the file could not be checked. */
  error?: string;
}

type Cell = string | number | null;

/** Control characters XML 1.0 cannot hold (pasted from other programs) are dropped; tab, CR and LF stay. */
function xmlChars(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

const esc = (s: string) =>
  xmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sheetXml(rows: Cell[][], widths: number[]): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${colToLetters(c)}${r + 1}`;
          const style = r === 0 ? ' s="1"' : "";
          if (v === null || v === "") return "";
          if (typeof v === "number") return `<c r="${ref}"${style}><v>${v}</v></c>`;
          return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`
  );
}

function outcome(t: Report["tables"][number]): string {
  if (t.light) return `${lightName(t.light)}`;
  if (t.score !== undefined) return `${t.score.toFixed(2)} 分（${t.grade ?? ""}）`;
  return t.errors > 0 ? "有错误" : t.warnings > 0 ? "有警告" : "通过";
}

export const SUMMARY_SHEETS = ["汇总", "问题清单"] as const;

/** The rows of both sheets, for the workbook and for tests. */
export function summaryRows(files: FileOutcome[]): { tables: Cell[][]; findings: Cell[][] } {
  const tables: Cell[][] = [["文件", "工作表", "表类型", "项目编码", "项目名称", "错误", "警告", "提示", "结果"]];
  const findings: Cell[][] = [["文件", "级别", "工作表", "单元格", "项目编码", "问题及修改建议", "规则"]];
  for (const f of files) {
    if (!f.report) {
      tables.push([f.name, null, null, null, null, null, null, null, `无法检查：${f.error ?? ""}`]);
      continue;
    }
    if (f.report.tables.length === 0) tables.push([f.name, null, null, null, null, 0, 0, 0, "未找到绩效表"]);
    for (const t of f.report.tables)
      tables.push([
        f.name,
        t.sheet,
        kindName(t.kind),
        t.projectCode,
        t.projectName,
        t.errors,
        t.warnings,
        t.infos,
        outcome(t),
      ]);
    for (const x of f.report.findings)
      findings.push([f.name, severityName(x.severity), x.sheet, x.cell, x.projectCode, x.message, x.rule]);
  }
  return { tables, findings };
}

export function summaryWorkbook(files: FileOutcome[]): Uint8Array {
  const { tables, findings } = summaryRows(files);
  const sheets = [sheetXml(tables, [28, 16, 12, 24, 30, 6, 6, 6, 16]), sheetXml(findings, [28, 6, 16, 8, 24, 70, 24])];
  const ns = "http://schemas.openxmlformats.org";
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `</Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>` +
      SUMMARY_SHEETS.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}/spreadsheetml/2006/main">` +
      `<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
      `</styleSheet>`,
  };
  sheets.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
