import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/report";
import { RULES } from "../../src/core/rules";
import type { Rule } from "../../src/core/rules/types";
import type { SettingsInput } from "../../src/core/settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { SheetBuilder } from "../fixtures/sheet-builder";

export interface InvalidCase {
  name: string;
  sheet: SheetBuilder | SheetSnapshot;
  /** Each expected finding of the rule under test: its cell, and optionally a fragment of its message. */
  errors: { cell: string; severity?: Finding["severity"]; message?: string | RegExp }[];
  settings?: SettingsInput;
}

export interface ValidCase {
  name: string;
  sheet: SheetBuilder | SheetSnapshot;
  settings?: SettingsInput;
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}

function snapshotOf(s: SheetBuilder | SheetSnapshot): WorkbookSnapshot {
  return { sheets: [s instanceof SheetBuilder ? s.toSnapshot() : s] };
}

/**
 * The rule's findings on a sheet, through the whole engine (locate, read, analyse, rules). A rule
 * that crashed, reported an undeclared messageId or left a placeholder unfilled fails the test.
 */
export function findingsOf(
  rule: Rule | string,
  sheet: SheetBuilder | SheetSnapshot,
  settings?: SettingsInput,
): Finding[] {
  const id = typeof rule === "string" ? rule : rule.id;
  const result = checkWorkbook(snapshotOf(sheet), settings);
  const broken = result.report.findings.filter((f) => f.rule === "engine-error");
  if (broken.length) throw new Error(`engine-error: ${broken.map((f) => f.message).join("; ")}`);
  return result.report.findings.filter((f) => f.rule === id);
}

/**
 * ESLint's RuleTester, for sheets: every valid sheet gives no finding of the rule; every invalid
 * one gives exactly the listed findings, at the listed cells.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it("is registered once and declares its messages", () => {
      expect(RULES.filter((r) => r.id === rule.id)).toHaveLength(1);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      expect(rule.docs.description.length).toBeGreaterThan(0);
    });
    if (cases.valid.length)
      it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
        expect(findingsOf(rule, c.sheet, c.settings)).toEqual([]);
      });
    if (cases.invalid.length)
      it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
        const found = findingsOf(rule, c.sheet, c.settings);
        expect(found.map((f) => f.cell).sort()).toEqual(c.errors.map((e) => e.cell).sort());
        for (const f of found) {
          // The message is its catalogue entry with every placeholder filled from the finding's data.
          expect(Object.keys(rule.messages)).toContain(f.messageId);
          expect(f.message).not.toMatch(/\{\{/);
          for (const k of placeholders(rule.messages[f.messageId])) expect(Object.keys(f.data)).toContain(k);
        }
        for (const e of c.errors) {
          const f = found.find((x) => x.cell === e.cell)!;
          expect(f.severity).toBe(e.severity ?? rule.severity);
          if (e.message) expect(f.message).toMatch(e.message);
        }
      });
  });
}
