import { XmlScanner } from "./xml";
import { utf8, type Parts } from "./zip";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = `${REL_NS}/`;
export const REL_TYPES = {
  officeDocument: `${REL}officeDocument`,
  worksheet: `${REL}worksheet`,
  styles: `${REL}styles`,
  sharedStrings: `${REL}sharedStrings`,
  comments: `${REL}comments`,
  vmlDrawing: `${REL}vmlDrawing`,
  theme: `${REL}theme`,
};
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
};

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** xl/workbook.xml -> xl/_rels/workbook.xml.rels */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its source part, as a part name. */
export function resolveTarget(source: string, target: string): string {
  let t = target.split("#")[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // a literal % stays as it is
  }
  const segs = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of t.replace(/^\/+/, "").split("/")) {
    if (s === "..") segs.pop();
    else if (s !== "." && s !== "") segs.push(s);
  }
  return segs.join("/");
}

/** Target of `to` as written in `from`'s relationships: relative where it can be. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...new Array<string>(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

/** Looks a part up by name, case-insensitively as OPC wants. */
export function findPart(parts: Parts, name: string): string | null {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  for (const k of parts.keys()) if (k.toLowerCase() === lower) return k;
  return null;
}

export function readRels(parts: Parts, source: string): Relationship[] {
  const name = findPart(parts, relsPathOf(source));
  if (!name) return [];
  const xml = utf8(parts.get(name) as Uint8Array);
  const out: Relationship[] = [];
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    if (sc.name !== "Relationship" || sc.closing) continue;
    const external = sc.attr("TargetMode") === "External";
    const target = sc.attr("Target") ?? "";
    out.push({
      id: sc.attr("Id") ?? "",
      type: sc.attr("Type") ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    });
  }
  return out;
}

/** The content type of a part, from [Content_Types].xml (Override, else Default by extension). */
export function contentTypeOf(parts: Parts, part: string): string | null {
  const xml = utf8(parts.get("[Content_Types].xml") as Uint8Array);
  const sc = new XmlScanner(xml);
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let byDefault: string | null = null;
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "Override" && (sc.attr("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase())
      return sc.attr("ContentType");
    if (sc.name === "Default" && (sc.attr("Extension") ?? "").toLowerCase() === ext) byDefault = sc.attr("ContentType");
  }
  return byDefault;
}
