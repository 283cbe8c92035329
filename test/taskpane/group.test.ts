import { parseA1, type Finding, type Report, type Severity, type TableSummary } from "../../src/core";
import { groupFindings, tablePlace } from "../../src/taskpane/check/group";

function table(sheet: string, name: string): TableSummary {
  return {
    sheet,
    kind: "target",
    profile: "central",
    projectCode: "",
    projectName: name,
    budget: null,
    indicators: 6,
    range: "A1:G20",
    errors: 0,
    warnings: 0,
    infos: 0,
  };
}

function finding(tableIndex: number, severity: Severity, cell: string, sheet = "表1"): Finding {
  const { row, col } = parseA1(cell)!;
  return {
    rule: "r",
    severity,
    sheet,
    cell,
    row,
    col,
    projectCode: "",
    messageId: "m",
    data: {},
    message: `${severity} ${cell}`,
    table: tableIndex,
  };
}

function report(tables: TableSummary[], findings: Finding[]): Report {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    tables,
    findings,
    summary: {
      sheets: 1,
      tables: tables.length,
      indicators: 0,
      errors: n("error"),
      warnings: n("warning"),
      infos: n("info"),
    },
  };
}

describe("groupFindings", () => {
  const tables = [table("表1", "甲"), table("表1", "乙"), table("表2", "丙"), table("表2", "丁")];
  const findings = [
    finding(0, "info", "C5"),
    finding(1, "warning", "C30"),
    finding(1, "error", "F33"),
    finding(1, "info", "B28"),
    finding(2, "warning", "E4", "表2"),
    finding(-1, "error", "A1", "表3"),
  ];
  const r = report(tables, findings);

  test("groups follow the workbook (sheet by sheet, top to bottom), not severity", () => {
    const groups = groupFindings(r);
    expect(groups.map((g) => g.table?.projectName ?? `loose ${g.sheet}`)).toEqual([
      "甲",
      "乙",
      "丙",
      "丁",
      "loose 表3",
    ]);
  });

  test("a sheet's findings outside any table follow that sheet's tables", () => {
    const mixed = report(tables, [finding(-1, "info", "A1", "表1"), finding(3, "error", "B2", "表2")]);
    expect(groupFindings(mixed).map((g) => g.table?.projectName ?? `loose ${g.sheet}`)).toEqual([
      "甲",
      "乙",
      "loose 表1",
      "丙",
      "丁",
    ]);
  });

  test("inside a table errors come first, and every table counts its findings", () => {
    const yi = groupFindings(r).find((g) => g.table?.projectName === "乙")!;
    expect(yi.findings.map((f) => f.severity)).toEqual(["error", "warning", "info"]);
    expect(yi.counts).toEqual({ error: 1, warning: 1, info: 1 });
    const ding = groupFindings(r).find((g) => g.table?.projectName === "丁")!;
    expect(ding.findings).toEqual([]);
  });

  test("a filter keeps only that severity and drops the tables it leaves empty; counts stay whole", () => {
    const warnings = groupFindings(r, "warning");
    expect(warnings.map((g) => g.table?.projectName)).toEqual(["乙", "丙"]);
    expect(warnings.flatMap((g) => g.findings.map((f) => f.cell))).toEqual(["C30", "E4"]);
    expect(warnings[0].counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(groupFindings(r, "error").map((g) => g.sheet)).toEqual(["表1", "表3"]);
  });

  test("a finding pointing past the tables is kept under its sheet", () => {
    const odd = report([table("表1", "甲")], [finding(5, "warning", "D9")]);
    const groups = groupFindings(odd);
    expect(groups.map((g) => g.table?.projectName ?? null)).toEqual(["甲", null]);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(["D9"]);
  });
});

describe("tablePlace", () => {
  test("says the kind and the sheet once when the sheet is named after the kind", () => {
    expect(tablePlace({ kind: "target", sheet: "绩效目标表", range: "A1:G17" })).toBe("绩效目标表 A1:G17");
    expect(tablePlace({ kind: "target", sheet: "2024年绩效目标表", range: "A1:G17" })).toBe("2024年绩效目标表 A1:G17");
  });

  test("names both when the sheet does not say the kind", () => {
    expect(tablePlace({ kind: "monitoring", sheet: "Sheet1", range: "A1:K20" })).toBe(
      "运行监控表 · 工作表“Sheet1” A1:K20",
    );
    expect(tablePlace({ kind: "monitoring", sheet: "绩效目标表", range: "A1:K20" })).toBe(
      "运行监控表 · 工作表“绩效目标表” A1:K20",
    );
  });
});
