#!/usr/bin/env node
/**
 * The task pane's JavaScript weight, gzipped at zlib's default level as a web server would send it
 * (office.js comes from Microsoft's CDN and is not counted):
 * - first view: every script taskpane.html loads from dist/ (its entry chunk and inline scripts),
 *   what the pane needs to show its first view; held to LIMIT_KB;
 * - lazy: every chunk no page references, which only the pane loads on demand (the engine, the
 *   results, the settings and 新建表 views), reported.
 * `node scripts/bundle-size.js [dist]` prints the figures and exits 1 when the first view is over the limit.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const LIMIT_KB = 130;

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

const localPath = (src) => path.normalize(src.split(/[?#]/)[0]).replace(/^\//, "");

function sizeOf(dist, file) {
  const buf = fs.readFileSync(path.join(dist, file));
  return { file, bytes: buf.length, gzip: zlib.gzipSync(buf).length };
}

const part = (files) => ({ files, gzip: files.reduce((n, f) => n + f.gzip, 0) });

/** Sizes of the pane's first view and of its lazy chunks; throws when dist/ has not been built. */
function measure(dist = path.resolve(__dirname, "..", "dist")) {
  const pages = fs.readdirSync(dist).filter((f) => f.endsWith(".html"));
  if (!pages.includes("taskpane.html")) throw new Error(`${dist}/taskpane.html not found: run npm run build first`);
  const referenced = new Set();
  for (const page of pages) {
    for (const src of scriptsOf(fs.readFileSync(path.join(dist, page), "utf8")))
      if (!/^https?:/i.test(src)) referenced.add(localPath(src));
  }
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const own = scriptsOf(html)
    .filter((s) => !/^https?:/i.test(s))
    .map(localPath);
  const first = own.map((file) => sizeOf(dist, file));
  const inline = inlineScripts(html).join("\n");
  if (inline)
    first.push({ file: "(inline scripts)", bytes: Buffer.byteLength(inline), gzip: zlib.gzipSync(inline).length });
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !referenced.has(f))
    .map((file) => sizeOf(dist, file));
  return { first: part(first), lazy: part(lazy), limit: LIMIT_KB * 1024 };
}

module.exports = { measure, LIMIT_KB };

if (require.main === module) {
  const result = measure(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const kb = (n) => (n / 1024).toFixed(1);
  for (const [title, p] of [
    ["first view", result.first],
    ["lazy chunks", result.lazy],
  ]) {
    console.log(`${title}:`);
    for (const f of p.files)
      console.log(`  ${f.file.padEnd(30)} ${kb(f.bytes).padStart(8)} KB  ${kb(f.gzip).padStart(7)} KB gzip`);
  }
  console.log(
    `task pane JavaScript: first view ${kb(result.first.gzip)} KB gzipped (limit ${LIMIT_KB} KB), ` +
      `lazy chunks ${kb(result.lazy.gzip)} KB gzipped, ${result.lazy.files.length} files`,
  );
  if (result.first.gzip > result.limit) {
    console.error(`first view too big: ${kb(result.first.gzip)} KB > ${LIMIT_KB} KB`);
    process.exit(1);
  }
}
