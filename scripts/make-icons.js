#!/usr/bin/env node
/**
 * Renders the add-in icons (assets/icon-{16,32,64,80,128}.png) from the SVGs below in the local
 * headless Chromium, so the PNGs are reproducible: `node scripts/make-icons.js`.
 * Small sizes get a simpler drawing: grid lines below 32 px turn into noise.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const GREEN = "#107C41";
const DARK = "#0B5A2F";

/** A green sheet with a header band and grid, and a check mark badge at the bottom right. */
function detailed() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="10" fill="${GREEN}"/>
  <rect x="10" y="11" width="44" height="40" rx="3" fill="#fff"/>
  <rect x="10" y="11" width="44" height="9" rx="3" fill="#CDE8D6"/>
  <rect x="10" y="17" width="44" height="3" fill="#CDE8D6"/>
  <g stroke="${GREEN}" stroke-width="1.6" opacity="0.55">
    <line x1="10" y1="30" x2="54" y2="30"/><line x1="10" y1="40" x2="54" y2="40"/>
    <line x1="25" y1="20" x2="25" y2="51"/><line x1="39" y1="20" x2="39" y2="51"/>
  </g>
  <circle cx="46" cy="46" r="14" fill="#fff"/>
  <circle cx="46" cy="46" r="11.5" fill="${DARK}"/>
  <path d="M40 46.5l4.2 4.2L52.5 42" fill="none" stroke="#fff" stroke-width="3.4" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

/** 16 px: a green square with a white check mark, nothing else survives at that size. */
function simple() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <rect x="0.5" y="0.5" width="15" height="15" rx="3" fill="${GREEN}"/>
  <path d="M4 8.3l2.6 2.6L12.2 5.2" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const out = path.join(__dirname, "..", "assets");
  fs.mkdirSync(out, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-icons-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    for (const size of [16, 32, 64, 80, 128]) {
      const svg = size <= 16 ? simple() : detailed();
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace("<svg ", `<svg width="${size}" height="${size}" style="display:block" `) +
          `</body></html>`,
      );
      const file = path.join(out, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
