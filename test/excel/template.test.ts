/**
 * src/excel/template.ts against a strict recording fake of the Office.js calls it makes.
 * test/support/fake-excel.ts models what the check needs (values, fills, notes) but not merges,
 * data validation, alignment or borders; this fake models exactly those, queues every write until
 * context.sync() like Office.js, throws on any member it does not know and on reads before a sync.
 */
import { checkWorkbook, rangeToA1, type CellRange, type CellValue, type SheetSnapshot } from "../../src/core";
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import { monitoringTemplate, selfEvaluationTemplate, targetTemplate, templateText } from "../../src/core/templates";
import { charsToPoints, findSourceTable, renderTemplateSheet } from "../../src/excel/template";
import { HostError } from "../../src/excel/host-types";
import { seedTarget } from "../core/rules/in-year";

interface SheetState {
  name: string;
  values: Map<string, string | number>;
  formats: Map<string, string>;
  merges: CellRange[];
  validations: { rect: CellRange; rule?: unknown; errorAlert?: unknown; prompt?: { title: string; message: string } }[];
  styles: { rect: CellRange; prop: string; value: unknown }[];
  gridlines: boolean;
}

class OfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** An object that throws on members it does not define: a call the fake does not model is a test failure. */
function strict<T extends object>(what: string, target: T): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "symbol" || key === "then" || key === "toJSON")
        return (t as Record<string | symbol, unknown>)[key];
      if (!(key in t)) throw new Error(`fake: ${what}.${String(key)} is not modelled`);
      return (t as Record<string, unknown>)[key];
    },
    set(t, key, value) {
      if (!(key in t)) throw new Error(`fake: setting ${what}.${String(key)} is not modelled`);
      (t as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
  });
}

class FakeExcel {
  sheets: SheetState[] = [];
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  structureProtected = false;
  private queue: (() => void)[] = [];

  constructor(names: string[]) {
    for (const name of names) this.sheets.push(this.blank(name));
  }

  blank(name: string): SheetState {
    return { name, values: new Map(), formats: new Map(), merges: [], validations: [], styles: [], gridlines: true };
  }

  context(): Excel.RequestContext {
    return strict("RequestContext", {
      workbook: strict("Workbook", { worksheets: this.collection() }),
      sync: async () => {
        this.syncs++;
        const q = this.queue;
        this.queue = [];
        for (const op of q) op();
      },
    }) as unknown as Excel.RequestContext;
  }

  private collection() {
    let items: { name: string; position: number }[] | null = null;
    const fake = this;
    return strict("WorksheetCollection", {
      load(props: string) {
        expect(props.split(",").sort()).toEqual(["items/name", "items/position"]);
        fake.queue.push(() => (items = fake.sheets.map((s, i) => ({ name: s.name, position: i }))));
        return this;
      },
      get items() {
        if (!items) throw new OfficeError("PropertyNotLoaded");
        return items;
      },
      add(name: string) {
        const ref: { sheet: SheetState | null } = { sheet: null };
        fake.queue.push(() => {
          if (fake.structureProtected) throw new OfficeError("AccessDenied");
          if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new OfficeError("ItemAlreadyExists");
          ref.sheet = fake.blank(name);
          fake.sheets.push(ref.sheet);
        });
        return fake.worksheet(ref);
      },
    });
  }

  private worksheet(ref: { sheet: SheetState | null }) {
    const fake = this;
    const sheet = () => {
      if (!ref.sheet) throw new OfficeError("ItemNotFound");
      return ref.sheet;
    };
    return strict("Worksheet", {
      set position(p: number) {
        fake.queue.push(() => {
          const s = sheet();
          fake.sheets.splice(fake.sheets.indexOf(s), 1);
          fake.sheets.splice(p, 0, s);
        });
      },
      set showGridlines(v: boolean) {
        fake.queue.push(() => (sheet().gridlines = v));
      },
      activate() {
        fake.queue.push(() => (fake.active = sheet().name));
      },
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        return fake.range(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
      },
    });
  }

  private range(sheet: () => SheetState, rect: CellRange) {
    const fake = this;
    const style = (prop: string) => (value: unknown) =>
      fake.queue.push(() => sheet().styles.push({ rect, prop, value }));
    const grid = (put: (s: SheetState, key: string, v: unknown) => void) => (matrix: unknown[][]) => {
      expect(matrix).toHaveLength(rect.bottom - rect.top + 1);
      fake.queue.push(() =>
        matrix.forEach((row, r) => {
          expect(row).toHaveLength(rect.right - rect.left + 1);
          row.forEach((v, c) => put(sheet(), `${rect.top + r},${rect.left + c}`, v));
        }),
      );
    };
    const setter = (prop: string) => ({
      set(v: unknown) {
        style(prop)(v);
      },
    });
    const obj = (what: string, props: string[], extra: object = {}) => {
      const o = { ...extra };
      for (const p of props) Object.defineProperty(o, p, { ...setter(`${what}.${p}`), enumerable: true });
      return strict(what, o);
    };
    const validation = { rect } as SheetState["validations"][number];
    let added = false;
    const dv = (key: "rule" | "errorAlert" | "prompt") => ({
      set(v: unknown) {
        fake.queue.push(() => {
          (validation as Record<string, unknown>)[key] = v;
          if (!added) sheet().validations.push(validation);
          added = true;
        });
      },
    });
    const dataValidation = strict(
      "DataValidation",
      Object.defineProperties({}, { rule: dv("rule"), errorAlert: dv("errorAlert"), prompt: dv("prompt") }),
    );
    const format = obj(
      "RangeFormat",
      ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
      {
        font: obj("font", ["bold", "size"]),
        fill: obj("fill", ["color"]),
        borders: strict("Borders", { getItem: (edge: string) => obj(`border.${edge}`, ["style", "color"]) }),
      },
    );
    return strict("Range", {
      set values(m: unknown[][]) {
        grid((s, k, v) => {
          const f = s.formats.get(k);
          // Excel turns a digit string into a number unless the cell is formatted as text first.
          if (typeof v === "string" && /^\d+$/.test(v) && f !== "@") s.values.set(k, Number(v));
          else if (v !== "") s.values.set(k, v as string | number);
        })(m);
      },
      set numberFormat(m: unknown[][]) {
        grid((s, k, v) => s.formats.set(k, String(v)))(m);
      },
      format,
      dataValidation,
      merge(across: boolean) {
        expect(across).toBe(false);
        fake.queue.push(() => sheet().merges.push(rect));
      },
      select() {
        fake.queue.push(() => {
          if (fake.active !== sheet().name) throw new OfficeError("InvalidOperation");
          fake.selection = { sheet: sheet().name, address: rangeToA1(rect) };
        });
      },
    });
  }

  /** What a host would read back from the sheet. */
  snapshot(name: string): SheetSnapshot {
    const s = this.sheets.find((x) => x.name === name)!;
    let rows = 0;
    let cols = 0;
    for (const k of s.values.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
    const text: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
    const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
    for (const [k, v] of s.values) {
      const [r, c] = k.split(",").map(Number);
      const f = s.formats.get(k) ?? "General";
      values[r][c] = v;
      formats[r][c] = f;
      text[r][c] = templateText(v, f === "General" || f === "@" ? undefined : f);
    }
    return { name, values, text, formats, merges: s.merges };
  }
}

describe("rendering a template into a new Excel worksheet", () => {
  it("writes the monitoring sheet next to its source, in two syncs, and it reads back with every figure", async () => {
    const excel = new FakeExcel(["封面", "绩效目标表", "说明"]);
    const t = monitoringTemplate(seedTarget(1));
    const name = await renderTemplateSheet(excel.context(), t, { after: "绩效目标表" });
    expect(name).toBe("各项公务接待活动-监控");
    expect(excel.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(["封面", "绩效目标表", "各项公务接待活动-监控", "说明"]);
    expect(excel.active).toBe(name);
    expect(excel.selection).toEqual({ sheet: name, address: "E8" });

    const [table] = locateTables(new Grid(excel.snapshot(name)));
    expect(table.kind).toBe("monitoring");
    expect(table.projectCode?.text).toBe("13020924P000558100016");
    expect(table.funds?.budget.text).toBe("100.80");
    expect(table.monitoring?.asOfMonth).toBe(6);
    expect(table.plan?.checkpoints.map((c) => c.plannedPercent)).toEqual([25, 50, 75, 100]);
    expect(table.indicators.map((i) => i.targetText)).toEqual(seedTarget(1).indicators.map((i) => i.targetText));
    expect(table.problems).toEqual([]);
  });

  it("sets drop-downs, hints, merges, widths, borders and fills as the template says", async () => {
    const excel = new FakeExcel(["绩效目标表"]);
    const t = monitoringTemplate(seedTarget(1));
    const name = await renderTemplateSheet(excel.context(), t);
    const s = excel.sheets.find((x) => x.name === name)!;
    expect(s.merges).toEqual(t.merges);
    expect(s.gridlines).toBe(false);
    const chance = s.validations.find((v) => rangeToA1(v.rect) === "G8:G13");
    expect(chance?.rule).toEqual({ list: { inCellDropDown: true, source: "确定能,有可能,完全不可能" } });
    expect(chance?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(chance?.prompt).toEqual({
      showPrompt: true,
      title: "完成可能性",
      message: "选择：确定能 / 有可能 / 完全不可能。",
    });
    const hint = s.validations.find((v) => rangeToA1(v.rect) === "E8:E13");
    expect(hint?.rule).toBeUndefined();
    expect(hint?.prompt).toMatchObject({ title: "当前完成值" });
    const styles = (prop: string) => s.styles.filter((x) => x.prop === prop);
    expect(styles("RangeFormat.columnWidth").map((x) => x.value)).toEqual(t.widths.map(charsToPoints));
    expect(styles("font.bold").some((x) => rangeToA1(x.rect) === "A7:I7")).toBe(true);
    expect(styles("fill.color").find((x) => rangeToA1(x.rect) === "A7:I7")?.value).toBe("#DDEBF7");
    expect(styles("border.EdgeTop.style").length).toBeGreaterThan(10);
    expect(s.formats.get("4,1")).toBe("0%");
  });

  it("never overwrites: picks a free name when the template's name is taken", async () => {
    const excel = new FakeExcel(["绩效目标表", "各项公务接待活动-自评"]);
    excel.sheets[1].values.set("0,0", "别人的内容");
    const name = await renderTemplateSheet(excel.context(), selfEvaluationTemplate(seedTarget(1)), {
      after: "绩效目标表",
    });
    expect(name).toBe("各项公务接待活动-自评 (2)");
    expect(excel.sheets[2].values.get("0,0")).toBe("别人的内容");
    const result = checkWorkbook({ sheets: [excel.snapshot(name)] });
    expect(result.report.tables).toEqual([expect.objectContaining({ kind: "self-evaluation", budget: 100.8 })]);
  });

  it("keeps a digit-only project code as text", async () => {
    const source = seedTarget(1);
    source.projectCode = { ...source.projectCode!, text: "130209240055810016", value: "130209240055810016" };
    const excel = new FakeExcel([]);
    const name = await renderTemplateSheet(excel.context(), monitoringTemplate(source));
    expect(excel.sheets[0].values.get("1,1")).toBe("130209240055810016");
    expect(excel.sheets[0].formats.get("1,1")).toBe("@");
    expect(name).toBe("各项公务接待活动-监控");
  });

  it("a blank target table goes at the end when no source is given", async () => {
    const excel = new FakeExcel(["甲", "乙"]);
    const name = await renderTemplateSheet(excel.context(), targetTemplate());
    expect(excel.sheets.map((s) => s.name)).toEqual(["甲", "乙", "绩效目标表"]);
    expect(locateTables(new Grid(excel.snapshot(name)))[0].kind).toBe("target");
  });

  it("a protected workbook structure: one Chinese sentence", async () => {
    const excel = new FakeExcel(["绩效目标表"]);
    excel.structureProtected = true;
    const p = renderTemplateSheet(excel.context(), targetTemplate());
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(renderTemplateSheet(excel.context(), targetTemplate())).rejects.toThrow(
      "工作簿结构受保护，无法新建工作表",
    );
  });
});

describe("finding the source table of a TableRef", () => {
  const tables = [seedTarget(0), seedTarget(1), seedTarget(2)];
  it("matches by sheet and range, then by 项目编码", () => {
    const t = tables[1];
    const ref = { sheet: t.sheet, range: rangeToA1(t.range), kind: t.kind, projectCode: "x", projectName: "" };
    expect(findSourceTable(tables, ref)).toBe(t);
    expect(findSourceTable(tables, { ...ref, range: "Z1", projectCode: "13020924P00098810001T" })).toBe(tables[2]);
    expect(findSourceTable(tables, { ...ref, sheet: "别的表" })).toBeNull();
    expect(findSourceTable(tables, undefined)).toBeNull();
  });
});
