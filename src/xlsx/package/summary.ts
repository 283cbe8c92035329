import { colToLetters, sheetRef, summaryLayout, type PrintSetup, type SummarySheetPlan } from "../../core";
import type { StyleWriter } from "./style-writer";
import { esc } from "./xml";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Excel's limit of hyperlinks on one worksheet. */
const MAX_LINKS = 65530;

function cell(ref: string, style: number, value: string | number | null): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

/** The 检查结果 sheet as a worksheet part: widths, bold headers, fills, links to the cells, wrapped prose. */
export function summaryXml(plan: SummarySheetPlan, styles: StyleWriter): string {
  const layout = summaryLayout(plan);
  const widths = plan.widths;
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const rows: string[] = [];
  const merges: string[] = [];
  const links: string[] = [];
  plan.rows.forEach((cells, r) => {
    const below = plan.rows[r + 1] ?? [];
    const lone = layout.lone[r];
    let xml = "";
    cells.forEach((sc, c) => {
      const ref = `${colToLetters(c)}${r + 1}`;
      const label = sc.value === null ? "" : String(sc.value);
      const figure = sc.bold ? below[c] : sc;
      const horizontal = typeof figure?.value === "number" ? (figure.numFmt ? "right" : "center") : undefined;
      const link = !!sc.link && !!label && links.length < MAX_LINKS;
      const style = styles.summary({
        bold: sc.bold,
        border: sc.bold,
        link,
        fill: sc.fill,
        numFmt: sc.numFmt,
        wrap: lone || layout.wrap[c],
        horizontal,
      });
      xml += cell(ref, style, sc.value);
      if (link && sc.link)
        links.push(
          `<hyperlink ref="${ref}" location="${esc(sheetRef(sc.link.sheet, sc.link.cell))}" display="${esc(label)}"/>`,
        );
    });
    if (lone) merges.push(`<mergeCell ref="A${r + 1}:${colToLetters(widths.length - 1)}${r + 1}"/>`);
    const height = layout.heights[r];
    const ht = height !== null ? ` ht="${height}" customHeight="1"` : "";
    rows.push(`<row r="${r + 1}"${ht}>${xml}</row>`);
  });
  const print: PrintSetup = plan.print ?? { orientation: "landscape" };
  return (
    HEAD +
    (print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    (print.gridlines ? '<printOptions gridLines="1"/>' : "") +
    MARGINS +
    `<pageSetup paperSize="9" orientation="${print.orientation ?? "landscape"}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>` +
    "</worksheet>"
  );
}

/** The record sheet: rows of text, as the add-in's store sheet holds them. */
export function storeSheetXml(rows: string[][]): string {
  const body = rows
    .map(
      (cells, r) => `<row r="${r + 1}">${cells.map((v, c) => cell(`${colToLetters(c)}${r + 1}`, 0, v)).join("")}</row>`,
    )
    .join("");
  return `${HEAD}<sheetData>${body}</sheetData>${MARGINS}</worksheet>`;
}
