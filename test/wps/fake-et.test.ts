/** The fake ET itself behaves as the VBA object model is documented to: the host tests lean on it. */
import { installFakeEt, type FakeEt } from "../support/fake-et";

interface AnyRange {
  Value2: unknown;
  Text: unknown;
  NumberFormat: unknown;
  MergeCells: boolean | null;
  MergeArea: { Address(): string };
  Interior: { Color: number; Pattern: number };
  Comment: { Text(): string } | null;
  AddComment(t: string): unknown;
  ColumnWidth: number;
  Address(): string;
}
interface AnySheet {
  Name: string;
  Visible: number;
  UsedRange: AnyRange;
  Range(a: string): AnyRange;
  Cells(r: number, c: number): AnyRange;
  Delete(): boolean;
}
interface AnyApp {
  DisplayAlerts: boolean;
  ActiveWorkbook: { Worksheets: { Count: number; Item(i: number | string): AnySheet; Add(): AnySheet } };
}

function setup(): { app: AnyApp; fake: FakeEt } {
  const scope: Record<string, unknown> = {};
  const fake = installFakeEt(scope, {
    sheets: [
      {
        name: "表一",
        cells: {
          B2: { value: 1 },
          C2: { value: "甲", numberFormat: "@" },
          B3: { value: 0.25, numberFormat: "0%" },
          D4: { fill: "#FF0000", note: "原批注" },
        },
        merges: ["B5:C6"],
      },
      { name: "表二", protected: true, cells: { A1: { value: 5 } } },
    ],
  });
  return { app: scope.Application as AnyApp, fake };
}

test("collections are 1-based; Item(0) throws", () => {
  const { app } = setup();
  const sheets = app.ActiveWorkbook.Worksheets;
  expect(sheets.Count).toBe(2);
  expect(sheets.Item(1).Name).toBe("表一");
  expect(() => sheets.Item(0)).toThrow(/1 to 2/);
  expect(() => sheets.Item(1).Cells(0, 1)).toThrow(/1-based/);
});

test("Value2: a block is rows of values (undefined when empty), a lone cell a scalar; Text and NumberFormat are null when mixed", () => {
  const { app } = setup();
  const ws = app.ActiveWorkbook.Worksheets.Item(1);
  expect(ws.UsedRange.Address()).toBe("$B$2:$D$6");
  expect(ws.Range("B2:C3").Value2).toEqual([
    [1, "甲"],
    [0.25, undefined],
  ]);
  expect(ws.Range("B2").Value2).toBe(1);
  expect(ws.Range("B3").Text).toBe("25%");
  expect(ws.Range("B2:B3").Text).toBeNull();
  expect(ws.Range("B2:C2").NumberFormat).toBeNull();
  expect(ws.Range("B5:C5").MergeCells).toBe(true);
  expect(ws.Range("A5:B5").MergeCells).toBeNull();
  expect(ws.Range("C6").MergeArea.Address()).toBe("$B$5:$C$6");
  // A digit string in a General cell becomes a number; in a text cell it stays text.
  ws.Range("E2").Value2 = "0012";
  ws.Range("C2").Value2 = "0012";
  expect([ws.Range("E2").Value2, ws.Range("C2").Value2]).toEqual([12, "0012"]);
  // A number wider than its column shows ####.
  ws.Range("E3").Value2 = 1234567890;
  expect(ws.Range("E3").Text).toBe("########");
  ws.Range("E3").ColumnWidth = 20;
  expect(ws.Range("E3").Text).toBe("1234567890");
});

test("colours are BGR; no fill reads white with pattern xlNone; AddComment over a comment throws", () => {
  const { app } = setup();
  const ws = app.ActiveWorkbook.Worksheets.Item(1);
  expect(ws.Range("D4").Interior.Color).toBe(255);
  expect(ws.Range("D4").Interior.Pattern).toBe(1);
  expect(ws.Range("A1").Interior.Color).toBe(0xffffff);
  expect(ws.Range("A1").Interior.Pattern).toBe(-4142);
  expect(ws.Range("D4").Comment?.Text()).toBe("原批注");
  expect(ws.Range("A1").Comment).toBeNull();
  expect(() => ws.Range("D4").AddComment("x")).toThrow(/already has a comment/);
});

test("protected sheets and structure refuse writes; Delete needs DisplayAlerts off; unknown members throw", () => {
  const { app, fake } = setup();
  const book = app.ActiveWorkbook;
  const locked = book.Worksheets.Item("表二");
  expect(() => (locked.Range("A1").Value2 = 6)).toThrow(/受保护/);
  expect(() => (locked.Range("A1").Interior.Color = 255)).toThrow(/受保护/);
  expect(() => locked.Range("A1").AddComment("x")).toThrow(/受保护/);
  expect(() => locked.Delete()).toThrow(/DisplayAlerts/);
  app.DisplayAlerts = false;
  fake.protectStructure();
  expect(() => book.Worksheets.Add()).toThrow(/structure is protected/);
  expect(() => locked.Delete()).toThrow(/structure is protected/);
  fake.protectStructure(false);
  expect(locked.Delete()).toBe(true);
  expect(() => (book.Worksheets.Item(1) as unknown as { Foo: unknown }).Foo).toThrow(/not modelled/);
  expect(() => book.Worksheets.Item(1).Delete()).toThrow(/last visible sheet/);
});
