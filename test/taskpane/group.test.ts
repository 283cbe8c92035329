import { parseA1, type Finding, type Report, type Severity, type TableSummary } from "../../src/core";
import { groupFindings } from "../../src/taskpane/check/group";

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

  test("tables with errors come first, then warnings, notes and clean ones, in workbook order", () => {
    const groups = groupFindings(r);
    expect(groups.map((g) => g.table?.projectName ?? `loose ${g.sheet}`)).toEqual([
      "乙",
      "loose 表3",
      "丙",
      "甲",
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
    expect(groups[0].table).toBeNull();
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["D9"]);
  });
});
