import path from "path";

interface Part {
  files: { file: string; gzip: number }[];
  gzip: number;
}

const { measure, LIMIT_KB } = require("../../scripts/bundle-size.js") as {
  measure: (dist?: string) => { first: Part; lazy: Part; limit: number };
  LIMIT_KB: number;
};

test(`the pane's first view needs at most ${LIMIT_KB} KB of JavaScript gzipped (office.js aside)`, () => {
  const result = measure(path.resolve(__dirname, "../../dist"));
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `task pane JavaScript: first view ${kb(result.first.gzip)} KB gzipped (limit ${LIMIT_KB} KB): ` +
      `${result.first.files.map((f) => f.file).join(", ")}; lazy ${kb(result.lazy.gzip)} KB: ` +
      result.lazy.files.map((f) => f.file).join(", "),
  );
  expect(result.first.files.some((f) => /^taskpane\..*\.js$/.test(f.file))).toBe(true);
  expect(result.first.gzip).toBeLessThanOrEqual(result.limit);
  // The views loaded on demand are chunks of their own, outside the first view.
  for (const name of ["engine", "results", "settings", "newsheet"])
    expect(result.lazy.files.some((f) => f.file.startsWith(`${name}.`))).toBe(true);
});
