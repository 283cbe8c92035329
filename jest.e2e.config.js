/**
 * Browser tests: the production build (npm run build) in Debian's headless Chromium.
 * One worker: the machines have two cores and Chromium takes both.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  maxWorkers: 1,
  testTimeout: 120000,
};
