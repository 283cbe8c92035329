import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// The deploy files as the WPS build writes them.

const { deployFiles } = require("../../webpack.wps.config.js") as {
  deployFiles: (url: string) => Record<string, string>;
};
const { name, version } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
  name: string;
  version: string;
};

const OTHER = '<jsplugin name="other-addin" type="wps" url="other-addin_1.0" version="1.0" enable="enable_dev"/>';

function layout() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-wps-install-"));
  const addin = path.join(root, "wps");
  fs.mkdirSync(path.join(addin, "deploy"), { recursive: true });
  fs.writeFileSync(path.join(addin, "ribbon.xml"), "<customUI/>");
  fs.writeFileSync(path.join(addin, "main.js"), "// main");
  for (const [file, text] of Object.entries(deployFiles("http://127.0.0.1/jixiao-check/")))
    fs.writeFileSync(path.join(addin, file), text);
  fs.copyFileSync(path.join(__dirname, "../../src/wps/install-linux.sh"), path.join(addin, "deploy/install-linux.sh"));
  const home = path.join(root, "home");
  const addons = path.join(home, ".local/share/Kingsoft/wps/jsaddons");
  return { root, addin, home, addons };
}

const install = (l: ReturnType<typeof layout>) =>
  execFileSync("sh", [path.join(l.addin, "deploy/install-linux.sh")], {
    env: { ...process.env, HOME: l.home },
  }).toString();

describe("deploy/install-linux.sh", () => {
  it("installs into an empty WPS profile", () => {
    const l = layout();
    expect(install(l)).toContain("已安装到");
    const folder = path.join(l.addons, `${name}_${version}`);
    expect(fs.readFileSync(path.join(folder, "ribbon.xml"), "utf8")).toBe("<customUI/>");
    expect(fs.readFileSync(path.join(l.addons, "publish.xml"), "utf8")).toBe(
      fs.readFileSync(path.join(l.addin, "deploy/publish.xml"), "utf8"),
    );
    fs.rmSync(l.root, { recursive: true, force: true });
  });

  it("keeps other add-ins, replaces an older version of this one, and can run twice", () => {
    const l = layout();
    fs.mkdirSync(path.join(l.addons, `${name}_0.0.1`), { recursive: true });
    fs.mkdirSync(path.join(l.addons, "other-addin_1.0"), { recursive: true });
    fs.writeFileSync(
      path.join(l.addons, "publish.xml"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${OTHER}\n  <jsplugin name="${name}" type="et" url="${name}_0.0.1" version="0.0.1"/>\n</jsplugins>\n`,
    );
    install(l);
    install(l);
    expect(fs.readdirSync(l.addons).sort()).toEqual(
      ["other-addin_1.0", `${name}_${version}`, "publish.xml", "publish.xml.bak"].sort(),
    );
    const publish = fs.readFileSync(path.join(l.addons, "publish.xml"), "utf8");
    expect(publish).toContain(OTHER);
    expect(publish.match(new RegExp(`<jsplugin name="${name}"`, "g"))).toHaveLength(1);
    expect(publish).toContain(`url="${name}_${version}" version="${version}"`);
    expect(publish.trim().endsWith("</jsplugins>")).toBe(true);
    fs.rmSync(l.root, { recursive: true, force: true });
  });
});
