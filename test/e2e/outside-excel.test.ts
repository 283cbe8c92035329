/**
 * The production pane where it cannot work: a browser tab (Microsoft's office.js, no Excel), no
 * network for office.js or an office.js that never gets ready, and a web view that cannot run the
 * bundle (Office 2016/2019's IE11).
 */
import { NOT_IN_EXCEL, OFFICE_JS_FAILED } from "../../src/taskpane/strings";
import { useDist } from "./support/dist";
import { collectErrors, OFFICE_CDN, screenshot } from "./support/browser";

const dist = useDist("taskpane.html");

test("opened in a browser with Microsoft's office.js: one clear Chinese message", async () => {
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  const officeJs: string[] = [];
  page.on("requestfinished", (r) => {
    if (r.url().startsWith(OFFICE_CDN)) officeJs.push(r.url());
  });
  await page.goto(`${dist.server.url}taskpane.html`);
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  const text = await notice.textContent();
  expect(text).toBe(`请在 Excel 中打开${NOT_IN_EXCEL}`);
  // Outside Excel the way on is the command-line tool: the pane must say so.
  expect(text).toContain("jixiao-check");
  // The real office.js ran (served from node_modules/@microsoft/office-js) and said "no host".
  expect(officeJs).toContain(`${OFFICE_CDN}office.js`);
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
  expect(await page.locator("#fallback").isVisible()).toBe(false);
  expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  await screenshot(page, "outside-excel");
  await page.close();
});

test("office.js unreachable (a network blocking Microsoft's CDN): the pane names office.js, not Excel", async () => {
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  await page.route(`${OFFICE_CDN}**`, (route) => route.abort("internetdisconnected"));
  await page.goto(`${dist.server.url}taskpane.html`);
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toBe(`未能加载 Office 脚本（office.js）${OFFICE_JS_FAILED}`);
  await expect(notice.textContent()).resolves.toContain("appsforoffice.microsoft.com");
  expect(await page.locator("#fallback").isVisible()).toBe(false);
  expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  await screenshot(page, "office-js-failed");
  await page.close();
});

test("office.js loaded but never ready (its host scripts blocked): the office.js message after the wait", async () => {
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  // An Office whose onReady never settles, as when office.js cannot fetch the rest of itself.
  await page.route(`${OFFICE_CDN}**`, (route) =>
    route.fulfill({
      contentType: "text/javascript; charset=utf-8",
      body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: function () { return new Promise(function () {}); } };',
    }),
  );
  await page.goto(`${dist.server.url}taskpane.html`);
  const notice = page.getByTestId("notice");
  await notice.waitFor({ timeout: 20000 });
  await expect(notice.textContent()).resolves.toBe(`未能加载 Office 脚本（office.js）${OFFICE_JS_FAILED}`);
  expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  await page.close();
});

test("the bundle cannot run (IE11 web view, failed download): the static fallback explains", async () => {
  // A browser without ES modules is how the inline script recognises Internet Explorer.
  const ie = await dist.browser.context.newPage();
  await ie.addInitScript(() => {
    delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule;
  });
  await ie.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
  await ie.goto(`${dist.server.url}taskpane.html`);
  await expect(ie.locator("#fallback").isVisible()).resolves.toBe(true);
  await expect(ie.locator("#fallback").textContent()).resolves.toContain("jixiao-check");
  await screenshot(ie, "fallback-ie11");
  await ie.close();

  const failed = await dist.browser.context.newPage();
  await failed.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
  await failed.goto(`${dist.server.url}taskpane.html`);
  await failed.locator("#fallback").waitFor({ state: "visible" });
  expect(await failed.locator("#root").isVisible()).toBe(false);
  await failed.close();
});
