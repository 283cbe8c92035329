import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's TypeScript block (plugins, prettier, rules) lists .ts but not .tsx: extend it to .tsx.
const addinConfigs = officeAddins.configs.react.map((c) =>
  c.files?.some((f) => f.includes(",ts,")) ? { ...c, files: [...c.files, "**/*.tsx"] } : c,
);

export default [
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/", "test-results/"] },
  ...addinConfigs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The .xlsx package host also runs in the offline web page: no Node API, nor exceljs.
    files: ["src/xlsx/package/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "node:*",
            "fs",
            "path",
            "os",
            "zlib",
            "buffer",
            "exceljs",
            "../*.ts",
            "../read",
            "../write",
            "../check-file",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Buffer", "process", "require", "__dirname"],
    },
  },
];
