/**
 * A minimal XML reader for the manifest tests: elements, attributes, text. Enough for a well-formed
 * file the XSD test has already validated; not a general parser (no DTD, no CDATA).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [, close, open, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
      const el: XmlElement = { name: open, attrs, children: [], text: "" };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    } else if (text) {
      top.text += decode(text);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  return root;
}

/** Local name: "bt:Image" -> "Image". */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Descendants matching a path of local names, "a/b/c"; "**" matches any depth. */
export function select(el: XmlElement, path: string): XmlElement[] {
  let current = [el];
  for (const step of path.split("/")) {
    const next: XmlElement[] = [];
    for (const c of current) {
      if (step === "**") next.push(...descendants(c));
      else next.push(...c.children.filter((k) => local(k.name) === step));
    }
    current = step === "**" ? [...current, ...next] : next;
  }
  return current;
}

function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

export function one(el: XmlElement, path: string): XmlElement {
  const found = select(el, path);
  if (found.length !== 1) throw new Error(`${path}: expected one element, found ${found.length}`);
  return found[0];
}
