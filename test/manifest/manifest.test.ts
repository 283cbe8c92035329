import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";
import { MIN_API } from "../../src/excel/capabilities";
import { one, parseXml, select, type XmlElement } from "./xml";

const { rewriteManifest } = require("../../webpack.config.js") as {
  rewriteManifest: (content: string, url: string) => string;
};

const ROOT = path.resolve(__dirname, "../..");
const XSD_DIR = path.resolve(ROOT, "../shared/office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const DEV_URL = "https://localhost:3000/";
const manifestText = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

async function validate(xml: string) {
  const xsds = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const file = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(MAIN_XSD)],
    preload: xsds.filter((f) => f !== MAIN_XSD).map(file),
  });
}

const haveXsd = fs.existsSync(path.join(XSD_DIR, MAIN_XSD));
const SKIP_REASON = `skipped: ${XSD_DIR} not found (the schemas ship only beside the repository on build machines; use npm run validate online)`;
if (!haveXsd) console.warn(`manifest XSD validation ${SKIP_REASON}`);

(haveXsd ? describe : describe.skip)(
  `manifest.xml against the Office XSDs${haveXsd ? "" : ` (${SKIP_REASON})`}`,
  () => {
    test("the source manifest is valid", async () => {
      const result = await validate(manifestText);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    });

    test("the production manifest is valid and points only at the production site", async () => {
      const prod = rewriteManifest(manifestText, "https://jixiao.example.gov.cn/addin/");
      expect(prod).not.toContain("localhost");
      const result = await validate(prod);
      expect(result.errors).toEqual([]);
      const urls = [...prod.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
      const external = urls.filter(
        (u) => !u.startsWith("https://jixiao.example.gov.cn/addin/") && !u.startsWith("http://schemas.microsoft.com/"),
      );
      expect(external.filter((u) => u !== "http://www.w3.org/2001/XMLSchema-instance")).toEqual([]);
    });

    test("the validator rejects a broken manifest (so a pass means something)", async () => {
      const badPermission = manifestText.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>All</Permissions>",
      );
      expect((await validate(badPermission)).valid).toBe(false);
      const longLabel = manifestText.replace('DefaultValue="检查"', `DefaultValue="${"检".repeat(200)}"`);
      expect((await validate(longLabel)).valid).toBe(false);
    });
  },
);

const RESOURCE_TAG = { Images: "Image", Urls: "Url", ShortStrings: "String", LongStrings: "String" } as const;

describe("manifest.xml content", () => {
  const app = one(parseXml(manifestText), "OfficeApp");
  const overrides = one(app, "VersionOverrides");
  const resources = one(overrides, "Resources");

  const resource = (kind: keyof typeof RESOURCE_TAG, id: string): string => {
    const found = select(resources, `${kind}/${RESOURCE_TAG[kind]}`)
      .filter((e) => e.attrs.id === id)
      .map((e) => e.attrs.DefaultValue);
    if (found.length !== 1) throw new Error(`resource ${kind}/${id}: found ${found.length}`);
    return found[0];
  };
  const label = (el: XmlElement) => resource("ShortStrings", one(el, "Label").attrs.resid);

  test("is a Chinese task pane add-in for Excel that may read and write the workbook", () => {
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(one(app, "DefaultLocale").text).toBe("zh-CN");
    expect(one(app, "DisplayName").attrs.DefaultValue).toBe("绩效表检查");
    expect(one(app, "Description").attrs.DefaultValue).toMatch(/绩效目标表/);
    expect(select(app, "Hosts/Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(one(app, "Permissions").text).toBe("ReadWriteDocument");
    expect(one(app, "DefaultSettings/SourceLocation").attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test("declares no remote domains: every URL is the add-in's own", () => {
    expect(select(app, "AppDomains")).toEqual([]);
    const urls = [...manifestText.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(DEV_URL)).toBe(true);
  });

  test("the ribbon requires the add-in's minimum API set; the pane opens anywhere to explain", () => {
    const base = select(app, "Requirements/Sets/Set");
    expect(base.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.1"]]);
    const ribbon = select(overrides, "Requirements/Sets/Set");
    expect(ribbon.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([[MIN_API.set, MIN_API.version]]);
  });

  test("the Home tab has a group 绩效检查 with 检查, 检查面板 and 新建表", () => {
    const form = one(overrides, "Hosts/Host/DesktopFormFactor");
    expect(resource("Urls", one(form, "FunctionFile").attrs.resid)).toBe(`${DEV_URL}commands.html`);
    const tab = one(form, "ExtensionPoint/OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = one(tab, "Group");
    expect(label(group)).toBe("绩效检查");
    const controls = select(group, "Control");
    expect(controls.map(label)).toEqual(["检查", "检查面板", "新建表"]);

    const [check, pane, create] = controls.map((c) => one(c, "Action"));
    expect(check.attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(one(check, "FunctionName").text).toBe("runCheck");
    expect(pane.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resource("Urls", one(pane, "SourceLocation").attrs.resid)).toBe(`${DEV_URL}taskpane.html`);
    expect(create.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resource("Urls", one(create, "SourceLocation").attrs.resid)).toBe(`${DEV_URL}taskpane.html?view=new`);
    // One pane for both buttons: 新建表 reopens the same pane on its template view.
    expect(one(pane, "TaskpaneId").text).toBe(one(create, "TaskpaneId").text);
  });

  test("runCheck is the name commands.ts associates", () => {
    const source = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(source).toMatch(/Office\.actions\.associate\("runCheck"/);
  });

  test("every resid resolves to a resource", () => {
    const ids = new Set(
      select(resources, "**")
        .map((e) => e.attrs.id)
        .filter(Boolean),
    );
    const resids = select(overrides, "**")
      .map((e) => e.attrs.resid)
      .filter(Boolean);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids.has(r)).toBe(true);
  });

  test("every icon exists in assets/ as a PNG of the size the manifest says", () => {
    const pngSize = (file: string) => {
      const buf = fs.readFileSync(file);
      expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
    };
    const local = (url: string) => path.join(ROOT, url.slice(DEV_URL.length));
    const icons: [string, number][] = [
      [one(app, "IconUrl").attrs.DefaultValue, 32],
      [one(app, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ];
    for (const img of select(overrides, "**").filter((e) => e.name === "bt:Image" && e.attrs.size)) {
      icons.push([resource("Images", img.attrs.resid), Number(img.attrs.size)]);
    }
    expect(new Set(icons.map(([, s]) => s))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      expect(pngSize(local(url))).toEqual([size, size]);
    }
    // The 128 px icon is for store and admin-center listings.
    expect(pngSize(path.join(ROOT, "assets/icon-128.png"))).toEqual([128, 128]);
  });
});
