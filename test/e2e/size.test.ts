import path from "path";

const { measure, LIMIT_KB } = require("../../scripts/bundle-size.js") as {
  measure: (dist?: string) => { files: { file: string; gzip: number }[]; gzip: number; limit: number };
  LIMIT_KB: number;
};

test(`the pane's JavaScript is at most ${LIMIT_KB} KB gzipped (office.js aside)`, () => {
  const result = measure(path.resolve(__dirname, "../../dist"));
  const kb = (result.gzip / 1024).toFixed(1);
  console.log(
    `task pane JavaScript: ${kb} KB gzipped (limit ${LIMIT_KB} KB): ${result.files.map((f) => f.file).join(", ")}`,
  );
  expect(result.files.some((f) => /^taskpane\..*\.js$/.test(f.file))).toBe(true);
  expect(result.gzip).toBeLessThanOrEqual(result.limit);
});
