#!/usr/bin/env node
/**
 * The task pane's JavaScript weight: every script taskpane.html loads from dist/ (office.js comes from
 * Microsoft's CDN and is not counted), plus any chunk no page references (it could only be loaded
 * lazily by the pane), gzipped at zlib's default level as a web server would send it.
 * `node scripts/bundle-size.js [dist]` prints the figure and exits 1 above the limit.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const LIMIT_KB = 120;

function scriptsOf(html) {
  const srcs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) srcs.push(m[1]);
  return srcs;
}

function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi))
    if (m[1].trim()) out.push(m[1]);
  return out;
}

/** Sizes of what taskpane.html loads; throws when dist/ has not been built. */
function measure(dist = path.resolve(__dirname, "..", "dist")) {
  const pages = fs.readdirSync(dist).filter((f) => f.endsWith(".html"));
  if (!pages.includes("taskpane.html")) throw new Error(`${dist}/taskpane.html not found: run npm run build first`);
  const referenced = new Set();
  for (const page of pages) {
    for (const src of scriptsOf(fs.readFileSync(path.join(dist, page), "utf8"))) {
      if (!/^https?:/i.test(src)) referenced.add(`${page}:${path.normalize(src.split(/[?#]/)[0]).replace(/^\//, "")}`);
    }
  }
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const own = scriptsOf(html)
    .filter((s) => !/^https?:/i.test(s))
    .map((s) => path.normalize(s.split(/[?#]/)[0]).replace(/^\//, ""));
  const allRefs = new Set([...referenced].map((r) => r.slice(r.indexOf(":") + 1)));
  const unreferenced = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !allRefs.has(f));
  const files = [...new Set([...own, ...unreferenced])].map((file) => {
    const buf = fs.readFileSync(path.join(dist, file));
    return { file, bytes: buf.length, gzip: zlib.gzipSync(buf).length };
  });
  const inline = inlineScripts(html).join("\n");
  if (inline)
    files.push({ file: "(inline scripts)", bytes: Buffer.byteLength(inline), gzip: zlib.gzipSync(inline).length });
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  return { files, gzip, limit: LIMIT_KB * 1024 };
}

module.exports = { measure, LIMIT_KB };

if (require.main === module) {
  const result = measure(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  for (const f of result.files) {
    console.log(
      `${f.file.padEnd(32)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KB  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
    );
  }
  const kb = (result.gzip / 1024).toFixed(1);
  console.log(`task pane JavaScript: ${kb} KB gzipped (limit ${LIMIT_KB} KB)`);
  if (result.gzip > result.limit) {
    console.error(`too big: ${kb} KB > ${LIMIT_KB} KB`);
    process.exit(1);
  }
}
