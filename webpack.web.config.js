// The offline web page (npm run build:web -> dist/web/index.html): one self-contained HTML file, script
// and styles inlined, that a clerk opens from a file or an intranet server; it makes no request.
// Lowered to ES2017 like the WPS add-in, for the older Chromium cores of 360 and QQ browsers.

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { common, LowerScripts } = require("./webpack.wps.config.js");

/** Moves every emitted script into the page (a single file opens anywhere, file:// included). */
class InlineScripts {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineScripts", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      hooks.alterAssetTagGroups.tap("InlineScripts", (data) => {
        const inline = (tags) =>
          tags.map((tag) => {
            const src = tag.tagName === "script" && tag.attributes && tag.attributes.src;
            if (!src) return tag;
            const file = decodeURIComponent(String(src));
            const code = compilation.assets[file]
              .source()
              .toString()
              .replace(/<\/script/gi, "<\\/script");
            compilation.deleteAsset(file);
            return { tagName: "script", voidTag: false, meta: tag.meta, attributes: {}, innerHTML: code };
          });
        data.headTags = inline(data.headTags);
        data.bodyTags = inline(data.bodyTags);
        return data;
      });
    });
  }
}

module.exports = (_env, options) => ({
  ...common(),
  entry: { web: "./src/web/index.tsx" },
  output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].js", clean: true, publicPath: "" },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/web/index.html",
      scriptLoading: "blocking",
      inject: "body",
    }),
    new InlineScripts(),
    new LowerScripts(options.mode === "production"),
  ],
});
