import { ALL_MET, monitoringSheet, ON_TRACK, selfEvaluationSheet, withRow } from "./in-year";

// The fixtures must not drop a value they were asked to type: a test would pass on an unfilled sheet.
describe("in-year fixtures", () => {
  it("fail on an actual for a row the table does not have", () => {
    expect(() => monitoringSheet(1, withRow(ON_TRACK, "actual", 6, 1))).toThrow("no cell for actual[6]");
    expect(() => selfEvaluationSheet(1, withRow(ALL_MET, "reason", 9, "x"))).toThrow("no cell for reason[9]");
  });

  it("fail on spending for a checkpoint the plan does not have", () => {
    expect(() => monitoringSheet(1, { ...ON_TRACK, spend: [1, 2, 3, 4, 5] })).toThrow("no cell for spend[4]");
  });
});
