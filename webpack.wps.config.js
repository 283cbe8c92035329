// The WPS 表格 add-in (npm run build:wps -> dist/wps/): WPS loads index.html + main.js and resolves
// ribbon.xml's callbacks on that page; taskpane.html is the same React pane over the WPS host.
// dist/wps/deploy/ holds the publish.xml / jsplugins.xml / oem.ini a unit's IT staff adapt
// (docs/wps.md). `WPS_ADDIN_URL=http://内网服务器/jixiao-check/ npm run build:wps` fills in their address.
// WPS's web view is an older Chromium (CEF): every script is lowered to ES2017 after bundling,
// node_modules included, by esbuild (already here with tsx).

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { moduleRules } = require("./webpack.common.js");
const { name, version } = require("./package.json");

const TARGET = "es2017";
const DEFAULT_URL = "http://127.0.0.1:3889/jixiao-check/";

function addinUrl() {
  const raw = process.env.WPS_ADDIN_URL || DEFAULT_URL;
  if (!/^https?:\/\/[^/]+/.test(raw)) throw new Error(`WPS_ADDIN_URL must be an http(s) URL, got "${raw}"`);
  return raw.endsWith("/") ? raw : `${raw}/`;
}

const xmlEscape = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The deployment files, from the add-in's name, version and address. */
function deployFiles(url) {
  const folder = `${name}_${version}`;
  const u = xmlEscape(url);
  return {
    // Copy dist/wps to <jsaddons>/<name>_<version>/ and this file to <jsaddons>/publish.xml (offline, per user).
    "deploy/publish.xml": `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${name}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>
</jsplugins>
`,
    // Served by an intranet server and named in oem.ini's JSPluginsServer (every user of that WPS).
    "deploy/jsplugins.xml": `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${name}" type="et" url="${u}"/>
</jsplugins>
`,
    // The offline variant: WPS downloads the 7z once and keeps it until the version changes.
    "deploy/jsplugins-offline.xml": `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${name}" type="et" url="${u}${folder}.7z" version="${version}"/>
</jsplugins>
`,
    "deploy/oem.ini.example": `[Support]
JsApiPlugin=true
[Server]
JSPluginsServer=${url}jsplugins.xml
`,
  };
}

/** Lowers every emitted script to TARGET and minifies it (webpack alone does not rewrite node_modules' syntax). */
class LowerScripts {
  constructor(minify) {
    this.minify = minify;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LowerScripts", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "LowerScripts", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          const { transform } = require("esbuild");
          for (const file of Object.keys(assets).filter((f) => f.endsWith(".js"))) {
            const out = await transform(assets[file].source().toString(), {
              target: TARGET,
              minify: this.minify,
              legalComments: "none",
              charset: "utf8",
            });
            compilation.updateAsset(file, new sources.RawSource(out.code));
          }
        },
      );
    });
  }
}

/** What the WPS add-in and the web page build alike: raw CSS, TypeScript stripped by ts-loader, one bundle per entry. */
function common() {
  return {
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    target: ["web", TARGET],
    module: moduleRules(TARGET, false),
    optimization: { splitChunks: false, runtimeChunk: false, minimize: false },
    performance: { hints: false },
  };
}

module.exports = (_env, options) => {
  const dev = options.mode !== "production";
  const url = addinUrl();
  return {
    entry: { main: "./src/wps/main.ts", taskpane: "./src/wps/pane.tsx" },
    output: { path: path.resolve(__dirname, "dist/wps"), filename: "[name].js", clean: true },
    ...common(),
    plugins: [
      // Blocking: the callbacks must be on window before WPS reads ribbon.xml.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/index.html",
        chunks: ["main"],
        scriptLoading: "blocking",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/install-linux.sh", to: "deploy/install-linux.sh" },
        ],
      }),
      {
        apply(compiler) {
          const { sources } = compiler.webpack;
          compiler.hooks.thisCompilation.tap("WpsDeploy", (compilation) =>
            compilation.hooks.processAssets.tap({ name: "WpsDeploy" }, () => {
              for (const [file, text] of Object.entries(deployFiles(url)))
                compilation.emitAsset(file, new sources.RawSource(text));
            }),
          );
        },
      },
      new LowerScripts(!dev),
    ],
  };
};

module.exports.deployFiles = deployFiles;
module.exports.LowerScripts = LowerScripts;
module.exports.common = common;
