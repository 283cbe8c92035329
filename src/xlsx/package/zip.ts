import { unzipSync, zipSync, type Zippable } from "fflate";

/** Why a file is not a workbook we can open, as one Chinese line for the user. */
export type PackageErrorCode = "not-xlsx" | "encrypted" | "corrupt";

export class PackageError extends Error {
  override readonly name = "PackageError";

  constructor(
    readonly code: PackageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const NOT_XLSX = "不是 Excel 工作簿（.xlsx）";
export const ENCRYPTED = "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx";
export const CORRUPT = "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开";

/** "这是 Word 文档，": a space before Latin, none before Chinese. */
function thisIs(what: string): string {
  return `这是${/^[A-Za-z]/.test(what) ? " " : ""}${what}，`;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are when they are not a zip: a sentence for the user. */
function notZip(bytes: Uint8Array): PackageError {
  if (bytes.length === 0) return new PackageError("not-xlsx", `文件是空的（0 字节），${NOT_XLSX}`);
  if (OLE2.every((b, i) => bytes[i] === b)) return new PackageError("encrypted", ENCRYPTED);
  let head = "";
  for (let i = 0; i < Math.min(512, bytes.length); i++) head += String.fromCharCode(bytes[i]);
  head = head.trimStart().toLowerCase();
  let what = "";
  if (head.startsWith("%pdf")) what = "PDF 文件";
  else if (head.startsWith("<html") || head.startsWith("<!doctype html") || head.includes("<table"))
    what = "网页文件（常见于系统导出的“伪 .xls”）";
  else if (head.startsWith("<?xml")) what = "XML 文件";
  return new PackageError("not-xlsx", what ? `${thisIs(what)}${NOT_XLSX}` : NOT_XLSX);
}

function otherZip(names: string[]): string {
  const has = (n: string) => names.some((x) => x.toLowerCase() === n);
  if (has("xl/workbook.bin")) return "二进制工作簿（.xlsb）";
  if (has("word/document.xml")) return "Word 文档";
  if (has("ppt/presentation.xml")) return "PowerPoint 演示文稿";
  if (has("content.xml") && has("mimetype")) return "OpenDocument 文件（.ods/.odt）";
  return "压缩包";
}

/** The package's parts in their original order, as bytes. */
export type Parts = Map<string, Uint8Array>;

/** Unzips an .xlsx (ZIP64 included); anything else becomes a PackageError. */
export function unzipPackage(bytes: Uint8Array): Parts {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!zip) throw notZip(bytes);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new PackageError("corrupt", CORRUPT);
  }
  // Folder entries are kept too: the copy lists what the original listed.
  const parts: Parts = new Map(Object.entries(files));
  const names = [...parts.keys()];
  if (!names.some((n) => /^xl\/workbook\.xml$/i.test(n)) && !hasOfficeDocument(parts)) {
    throw new PackageError("not-xlsx", `${thisIs(otherZip(names))}${NOT_XLSX}`);
  }
  return parts;
}

function hasOfficeDocument(parts: Parts): boolean {
  const rels = parts.get("_rels/.rels");
  if (!rels) return false;
  return /Target="\/?xl\/[^"]+"/.test(utf8(rels)) && [...parts.keys()].some((n) => /^xl\/[^/]+\.xml$/.test(n));
}

/** Parts back into a zip; deflated except what compresses poorly anyway. */
export function zipPackage(parts: Parts): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of parts) {
    const stored = /\.(png|jpe?g|gif|bin|emf|wmf)$/i.test(name) || data.length < 64;
    z[name] = [data, { level: stored ? 0 : 1 }];
  }
  return zipSync(z);
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** A part's text; a BOM, if any, is kept so the bytes come back the same. */
export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function encode(text: string): Uint8Array {
  return encoder.encode(text);
}
