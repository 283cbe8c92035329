/** What every Target must satisfy, whatever the input. Returns a description of the first breach, or null. */
import type { Target } from "../../../src/core/value";
import { classifyUnit } from "../../../src/core/value";

const OPS = new Set([">=", "<=", ">", "<", "="]);
const UNIT_CLASSES = new Set(["percent", "money", "count", "time", "other", "none"]);
const KEYS: Record<Target["kind"], string[]> = {
  numeric: ["kind", "op", "opExplicit", "value", "unit", "unitClass", "raw"],
  range: ["kind", "min", "max", "unit", "unitClass", "raw"],
  yesno: ["kind", "question", "expected", "raw"],
  deadline: ["kind", "year", "month", "day", "raw"],
  compliance: ["kind", "raw"],
  graded: ["kind", "levels", "raw"],
  vague: ["kind", "words", "raw"],
  empty: ["kind", "raw"],
  unreadable: ["kind", "reason", "raw"],
};
const HAN_RE = /[\u4e00-\u9fff]/;
/** What normalisation discards: white space, zero-width marks, edge punctuation. */
const BLANKISH_RE = /^[\s\u200B-\u200D\u2060\uFEFF,;:、。，；：]*$/;

function unitProblem(unit: unknown, unitClass: unknown): string | null {
  if (typeof unit !== "string") return "unit is not a string";
  if (typeof unitClass !== "string" || !UNIT_CLASSES.has(unitClass)) return `bad unitClass ${String(unitClass)}`;
  if (classifyUnit(unit) !== unitClass) return `unitClass ${unitClass} disagrees with unit ${unit}`;
  return null;
}

export function targetProblem(t: Target, input: string): string | null {
  if (t === null || typeof t !== "object") return "not an object";
  if (t.raw !== input) return "raw is not the input";
  const allowed = KEYS[t.kind];
  if (!allowed) return `unknown kind ${String((t as { kind: unknown }).kind)}`;
  const extra = Object.keys(t).filter((k) => !allowed.includes(k));
  if (extra.length) return `unexpected keys ${extra.join(",")}`;
  switch (t.kind) {
    case "numeric":
      if (!OPS.has(t.op)) return `bad op ${t.op}`;
      if (typeof t.opExplicit !== "boolean") return "opExplicit is not boolean";
      // Only "=" is ever implicit, and an explicit operator is never "=".
      if (t.opExplicit === (t.op === "=")) return "opExplicit inconsistent with op";
      if (!Number.isFinite(t.value)) return "value not finite";
      return unitProblem(t.unit, t.unitClass);
    case "range":
      if (!Number.isFinite(t.min) || !Number.isFinite(t.max)) return "range bound not finite";
      if (t.min > t.max) return "range min > max";
      return unitProblem(t.unit, t.unitClass);
    case "yesno":
      if (t.expected !== "是" && t.expected !== "否") return "bad expected answer";
      return typeof t.question === "string" ? null : "question not a string";
    case "deadline":
      if (!Number.isInteger(t.month) || t.month < 1 || t.month > 12) return "bad month";
      if (t.day !== undefined && (!Number.isInteger(t.day) || t.day < 1 || t.day > 31)) return "bad day";
      if (t.year !== undefined && !Number.isInteger(t.year)) return "bad year";
      return null;
    case "compliance":
      return null;
    case "graded":
      if (!Array.isArray(t.levels) || t.levels.length === 0) return "no levels";
      return t.levels.every((l) => typeof l === "string" && l.length > 0) ? null : "empty level";
    case "vague":
      if (!Array.isArray(t.words) || t.words.length === 0) return "no words";
      return t.words.every((w) => typeof w === "string" && w.length > 0) ? null : "empty word";
    case "empty":
      return BLANKISH_RE.test(input) ? null : "empty for a non-blank input";
    case "unreadable":
      return typeof t.reason === "string" && HAN_RE.test(t.reason) ? null : "reason is not Chinese text";
  }
}
