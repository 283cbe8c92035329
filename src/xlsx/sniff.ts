/**
 * Tells what a file is from its bytes before exceljs sees it, so that a .docx, an .xls or an
 * encrypted workbook gets a clear message instead of an empty workbook or a stack trace.
 */
export type Sniffed =
  | { kind: "xlsx" }
  | { kind: "ole2" }
  | { kind: "empty" }
  | { kind: "zip-other"; what: string }
  | { kind: "zip-broken" }
  | { kind: "unknown"; what: string };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Entry names from the zip's central directory; null when it cannot be found (truncated or ZIP64). */
export function zipEntryNames(buf: Buffer): string[] | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== EOCD_SIG) continue;
    const count = buf.readUInt16LE(i + 10);
    const size = buf.readUInt32LE(i + 12);
    const offset = buf.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff) return null;
    if (offset + size > i) return null;
    const names: string[] = [];
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDIR_SIG) return null;
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      names.push(buf.toString("utf8", p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  }
  return null;
}

export function sniff(buf: Buffer): Sniffed {
  if (buf.length === 0) return { kind: "empty" };
  if (startsWith(buf, OLE2)) return { kind: "ole2" };
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5)) {
    const names = zipEntryNames(buf);
    if (!names) return { kind: "zip-broken" };
    const has = (n: string) => names.some((x) => x.toLowerCase() === n);
    if (has("xl/workbook.xml")) return { kind: "xlsx" };
    if (has("xl/workbook.bin")) return { kind: "zip-other", what: "二进制工作簿（.xlsb）" };
    if (has("word/document.xml")) return { kind: "zip-other", what: "Word 文档" };
    if (has("ppt/presentation.xml")) return { kind: "zip-other", what: "PowerPoint 演示文稿" };
    if (has("content.xml") && has("mimetype")) return { kind: "zip-other", what: "OpenDocument 文件（.ods/.odt）" };
    return { kind: "zip-other", what: "压缩包" };
  }
  const head = buf.subarray(0, 512).toString("latin1").trimStart().toLowerCase();
  if (head.startsWith("%pdf")) return { kind: "unknown", what: "PDF 文件" };
  if (head.startsWith("<html") || head.startsWith("<!doctype html") || head.includes("<table"))
    return { kind: "unknown", what: "网页文件（常见于系统导出的“伪 .xls”）" };
  if (head.startsWith("<?xml")) return { kind: "unknown", what: "XML 文件" };
  return { kind: "unknown", what: "" };
}
