/** The module rules every build shares: CSS inlined as text (?raw), TypeScript stripped by ts-loader. */
function moduleRules(target, sourceMap) {
  return {
    rules: [
      // Pages inline their one small CSS file as text (no CSS loader).
      { resourceQuery: /raw/, type: "asset/source" },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            // tsc --noEmit type-checks; the loader only strips types, keeping ES modules for tree shaking.
            transpileOnly: true,
            compilerOptions: { module: "es2020", target, noEmit: false, sourceMap },
          },
        },
      },
    ],
  };
}

module.exports = { moduleRules };
