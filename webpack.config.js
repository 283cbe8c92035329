// Builds the add-in pages as Microsoft's template does: taskpane.html, commands.html (the ribbon's
// function file) and dialog.html (the ribbon command's outcome message), plus the manifest and icons.
// `ADDIN_URL=https://example.org/jixiao/ npm run build` rewrites the dev URL in dist/manifest.xml.
// `SOURCE_MAP=1 npm run build` adds source maps to a production build, to see what each chunk holds.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { moduleRules } = require("./webpack.common.js");

const DEV_URL = "https://localhost:3000/";

/** The production URL, normalised to end with "/"; the dev URL (with a warning) when unset. */
function productionUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) {
    console.warn(`[webpack] ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}`);
    return DEV_URL;
  }
  if (!/^https:\/\/[^/]+/.test(raw)) throw new Error(`ADDIN_URL must be an https URL, got "${raw}"`);
  return raw.endsWith("/") ? raw : `${raw}/`;
}

/** dist/manifest.xml: every dev URL pointed at the production site. */
function rewriteManifest(content, url) {
  return content.toString().replaceAll(DEV_URL, url);
}

async function httpsOptions() {
  // Required lazily: only the dev server needs certificates.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    // Trusting the CA needs sudo (Linux) or an admin prompt; the generated certificates still serve https.
    const fs = require("fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw e;
    console.warn(`开发证书未能加入受信任列表（${e.message}）：仍用已生成的证书提供 https，浏览器会提示证书不受信任。`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

const config = async (env, options) => {
  const dev = options.mode !== "production";
  const url = dev ? DEV_URL : productionUrl();
  const page = (name, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${chunk === "taskpane" ? "taskpane" : "commands"}/${name}.html`,
      chunks: [chunk],
      scriptLoading: "defer",
      minify: dev ? false : { collapseWhitespace: true, removeComments: true, minifyJS: true, minifyCSS: true },
    });

  return {
    devtool: dev || process.env.SOURCE_MAP ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // WebView2, Edge and Safari run ES2020 as is: no polyfills, no down-levelling.
    target: ["web", "es2020"],
    module: moduleRules("es2020", dev),
    // The pane's first view is its entry chunk; the engine, the results and the other views are async
    // chunks it loads on demand (their shared modules in chunks of their own, webpack's default).
    optimization: { runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      page("taskpane", "taskpane"),
      page("commands", "commands"),
      page("dialog", "dialog"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content, url)),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates are made (or read) only when serving: a build must not need them.
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
      port: 3000,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports = config;
module.exports.rewriteManifest = rewriteManifest;
module.exports.productionUrl = productionUrl;
