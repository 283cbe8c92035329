import path from "path";
import type { Page } from "playwright-core";
import type { FakeOptions, FakeWorkbookData } from "../../support/fake-excel";
import { bundleForBrowser } from "./bundle";
import { OFFICE_CDN } from "./browser";

let bundle: Promise<string> | null = null;

/**
 * Makes the page see the fake Office/Excel instead of Microsoft's office.js: the CDN script is
 * answered with an empty body (it would replace window.Office) and the fake is installed first.
 */
export async function useFakeOffice(
  page: Page,
  data: FakeWorkbookData,
  options: FakeOptions & { dialog?: boolean } = {},
): Promise<void> {
  bundle ??= bundleForBrowser(path.join(__dirname, "fake-office-entry.ts"));
  const { dialog, ...fakeOptions } = options;
  await page.route(`${OFFICE_CDN}**`, (route) =>
    route.fulfill({ body: "/* office.js replaced by the fake */", contentType: "text/javascript" }),
  );
  await page.addInitScript(
    (c) => {
      (window as unknown as { __fakeConfig: unknown }).__fakeConfig = c;
    },
    { data, options: fakeOptions, dialog },
  );
  await page.addInitScript({ content: await bundle });
}
