/**
 * The label vocabulary as profile data: header labels (项目名称, 预算数 …), indicator column roles
 * (指标值, 完成值, 分值 …) and funds-block columns (全年预算数, 执行数 …) that the form families declare
 * (ProfileSpec.labels), compiled once into matchers. Tables are located before their family is known,
 * so the readers use the union of every registered profile's labels: the base's first, in its order
 * (first match wins), then each family's additions. A label only one family declares is evidence of it.
 */
import type { Level1, Level2 } from "../categories";
import type { ColumnRole } from "../model";
import base from "../profiles/base";
import type { ProfileSpec } from "../profiles/types";
import type { FundsColumn } from "../read/funds";
import { normalizeLabel } from "../text";
import type { LabelKind } from "./labels";

/**
 * One label: a string is the whole label as written (spaces, full-width brackets and a trailing colon
 * do not matter); a RegExp is tested on the normalised label (half-width, no white space).
 */
export type Label = string | RegExp;

/** The labels a form family adds, by what they head. */
export interface LabelVocabulary {
  /** Header-block labels left of (or above) their value: projectName, budget, source, goal … */
  header?: Partial<Record<LabelKind, readonly Label[]>>;
  /** Indicator header columns: target, actual, weight, score, nature, unit … */
  columns?: Partial<Record<ColumnRole, readonly Label[]>>;
  /** Funds-block columns of a self-evaluation or monitoring table (after a trailing (万元) / (10分) is dropped). */
  funds?: Partial<Record<FundsColumn, readonly Label[]>>;
  /**
   * Whole labels this form never uses as one (a 单位 column naming the unit at work, not the unit of
   * measure): read as plain text. Only where the user chose this profile (or one extending it), since
   * otherwise a table is read before its family is known.
   */
  unused?: readonly string[];
}

interface Entry<K> {
  label: Label;
  /** null: a label the chosen form does not use. */
  kind: K | null;
  /** Ids of the profiles that declare it. */
  owners: string[];
}

function keyOf(label: Label): string {
  return typeof label === "string" ? `s:${normalizeLabel(label)}` : `r:${label.source}/${label.flags}`;
}

/**
 * What the readers' cheap tests let through to a matcher: a Chinese character (labels.ts HAS_CJK), at
 * most 24 characters for a header label (classifyLabel), 40 for a column (classifyColumn), 32 and one
 * of 预执分权得因 for a funds column (fundsColumn); a table's start (a name label, 一级指标) 4 to 48 and
 * one of 称级类 (mayBeAnchor).
 */
interface Reach {
  max: number;
  chars: RegExp;
  min?: number;
}
const CJK: Reach["chars"] = /[\u3400-\u9fff]/;
const HEADER: Reach = { max: 24, chars: CJK };
const COLUMN: Reach = { max: 40, chars: CJK };
const FUNDS: Reach = { max: 32, chars: /[预执分权得因]/ };
const ANCHOR: Reach = { min: 4, max: 24, chars: /[称级类]/ };
const ANCHOR_KINDS: ReadonlySet<string> = new Set(["projectName", "departmentName", "level1"]);

/** A vocabulary's matcher for one domain: exact labels by a map lookup, patterns in order. */
export class Matcher<K extends string> {
  private readonly exact = new Map<string, Entry<K>>();
  private readonly patterns: RegExp[] = [];
  /**
   * All the patterns as one alternation: most texts a reader asks about match none, and one test
   * then answers for all of them. Null where they cannot be joined (differing flags, groups by name
   * or number referred back to).
   */
  private readonly any: RegExp | null = null;
  private readonly kinds: K[] = [];
  private readonly entries: Entry<K>[] = [];
  /** Some entry belongs to one selectable profile only. */
  readonly owned: boolean;
  private readonly abstract: ReadonlySet<string>;

  constructor(all: Entry<K>[], abstract: ReadonlySet<string>, unused: readonly string[] = []) {
    for (const e of all) {
      if (typeof e.label === "string") continue;
      this.patterns.push(e.label);
      this.kinds.push(e.kind as K);
      this.entries.push(e);
    }
    // An exact label takes the reading the ordered list gives it: a base pattern that already reads it wins.
    for (const e of all) {
      if (typeof e.label !== "string") continue;
      const t = normalizeLabel(e.label);
      const first = all.find((o) => (typeof o.label === "string" ? normalizeLabel(o.label) === t : o.label.test(t)));
      this.exact.set(t, first ?? e);
    }
    for (const u of unused) this.exact.set(normalizeLabel(u), { label: u, kind: null, owners: [] });
    this.any = union(this.patterns);
    this.owned = all.some((e) => e.owners.length === 1 && !abstract.has(e.owners[0]));
    this.abstract = abstract;
  }

  /** A label the chosen form does not use (read as plain text, not even as a funding source). */
  isUnused(t: string): boolean {
    return this.exact.get(t)?.kind === null;
  }

  /** The kind a normalised label reads as, null when none. */
  match(t: string): K | null {
    const hit = this.exact.get(t);
    if (hit !== undefined) return hit.kind;
    if (this.any && !this.any.test(t)) return null;
    for (let i = 0; i < this.patterns.length; i++) if (this.patterns[i].test(t)) return this.kinds[i];
    return null;
  }

  /** The kind and, when only one selectable profile declares the label that reads it, that profile's id. */
  read(t: string): { kind: K; owner: string | null } | null {
    let e = this.exact.get(t);
    if (e === undefined) {
      if (this.any && !this.any.test(t)) return null;
      for (let i = 0; i < this.patterns.length && !e; i++) if (this.patterns[i].test(t)) e = this.entries[i];
    }
    if (!e || e.kind === null) return null;
    const owner = e.owners.length === 1 && !this.abstract.has(e.owners[0]) ? e.owners[0] : null;
    return { kind: e.kind, owner };
  }
}

/** The patterns as one regex that matches where any of them does; null when they cannot be joined. */
function union(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.length < 2) return null;
  const flags = patterns[0].flags;
  if (patterns.some((p) => p.flags !== flags || p.flags.includes("g") || p.flags.includes("y"))) return null;
  // A back reference counts groups from the start of its own pattern, and a name may repeat.
  if (patterns.some((p) => /\\[1-9]|\\k<|\(\?</.test(p.source.replace(/\(\?<[=!]/g, "")))) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), flags);
}

function collect<K extends string>(
  specs: readonly ProfileSpec[],
  section: (s: ProfileSpec) => Partial<Record<K, readonly Label[]>> | undefined,
  check: (id: string, kind: K, label: Label) => void,
): Entry<K>[] {
  const all: Entry<K>[] = [];
  const byKey = new Map<string, Entry<K>>();
  for (const s of specs) {
    const table = section(s);
    if (!table) continue;
    for (const kind of Object.keys(table) as K[]) {
      for (const label of table[kind] ?? []) {
        check(s.id, kind, label);
        const key = keyOf(label);
        const seen = byKey.get(key);
        // A label declared twice: one entry, several owners; a later profile never changes its kind.
        if (seen) {
          if (seen.kind === kind && !seen.owners.includes(s.id)) seen.owners.push(s.id);
          continue;
        }
        const e: Entry<K> = { label, kind, owners: [s.id] };
        byKey.set(key, e);
        all.push(e);
      }
    }
  }
  return all;
}

/** Refuses a string label the cheap pre-tests would never let through to its matcher. */
function reachable(id: string, what: string, label: Label, reach: Reach): void {
  if (typeof label !== "string") return;
  const t = normalizeLabel(label);
  const min = reach.min ?? 1;
  if (t.length >= min && t.length <= reach.max && reach.chars.test(t)) return;
  const chars = reach.chars === CJK ? "汉字" : `“${reach.chars.source.slice(1, -1)}”中的一个字`;
  throw new Error(`表格式 ${id}：${what}“${label}”读不到（须为 ${min}–${reach.max} 个字，且含${chars}）`);
}

/** Category names are prefixes of their cell (产出指标(50分)): a string becomes ^its text. */
function prefixes<K extends string>(
  table: Partial<Record<K, readonly Label[]>> | undefined,
): Partial<Record<K, readonly Label[]>> | undefined {
  if (!table) return undefined;
  const out: Partial<Record<K, readonly Label[]>> = {};
  for (const k of Object.keys(table) as K[])
    out[k] = (table[k] ?? []).map((l) =>
      typeof l === "string" ? new RegExp(`^${normalizeLabel(l).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) : l,
    );
  return out;
}

const anyLabel = (): void => undefined;

export class Vocabulary {
  /** 一级指标 / 二级指标 categories (产出, 数量 …). */
  readonly level1: Matcher<Level1>;
  readonly level2: Matcher<Level2>;
  readonly header: Matcher<LabelKind>;
  readonly columns: Matcher<ColumnRole>;
  readonly funds: Matcher<FundsColumn>;
  /** Some label belongs to one family only: tables are searched for it when their family is picked. */
  readonly owned: boolean;

  /**
   * The labels of `specs`; `chosen`: the profile the user chose, whose chain's unused labels read as
   * plain text.
   */
  constructor(specs: readonly ProfileSpec[], chosen: string | null = null) {
    const abstract = new Set(specs.filter((s) => s.abstract).map((s) => s.id));
    const unused = unusedOf(specs, chosen);
    const check = (what: string, reach: Reach) => (id: string, kind: string, label: Label) =>
      reachable(id, what, label, ANCHOR_KINDS.has(kind) ? ANCHOR : reach);
    this.header = new Matcher(
      collect(specs, (s) => s.labels?.header, check("表头标签", HEADER)),
      abstract,
      unused,
    );
    this.columns = new Matcher(
      collect(specs, (s) => s.labels?.columns, check("指标列名", COLUMN)),
      abstract,
      unused,
    );
    this.funds = new Matcher(
      collect(specs, (s) => s.labels?.funds, check("资金列名", FUNDS)),
      abstract,
      unused,
    );
    this.level1 = new Matcher(
      collect(specs, (s) => prefixes(s.labels?.level1), anyLabel),
      abstract,
      unused,
    );
    this.level2 = new Matcher(
      collect(specs, (s) => prefixes(s.labels?.level2), anyLabel),
      abstract,
      unused,
    );
    // Category names are not searched for as evidence (a family that owns one says so in its evidence).
    this.owned = this.header.owned || this.columns.owned || this.funds.owned;
  }
}

/** The unused labels of the chosen profile and the ones it extends. */
function unusedOf(specs: readonly ProfileSpec[], chosen: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let id = chosen; id && !seen.has(id);) {
    seen.add(id);
    const s = specs.find((x) => x.id === id);
    out.push(...(s?.labels?.unused ?? []));
    id = s?.extends ?? null;
  }
  return out;
}

const compiled = new WeakMap<readonly ProfileSpec[], Map<string | null, Vocabulary>>();

/** The vocabulary of a set of profiles (with the unused labels of the chosen one), compiled once per set. */
export function vocabularyOf(specs: readonly ProfileSpec[], chosen: string | null = null): Vocabulary {
  let bySet = compiled.get(specs);
  if (!bySet) {
    bySet = new Map();
    compiled.set(specs, bySet);
  }
  let v = bySet.get(chosen);
  if (!v) {
    v = new Vocabulary(specs, chosen);
    bySet.set(chosen, v);
  }
  return v;
}

// The readers' vocabulary: the base profile's until the registry sets the union of all profiles.
let active = new Vocabulary([base]);

/** The vocabulary the readers use now. */
export function activeVocabulary(): Vocabulary {
  return active;
}

/** Sets the vocabulary readers use when no check says otherwise (the registered profiles'). */
export function setDefaultVocabulary(v: Vocabulary): void {
  active = v;
}

/** Runs fn with the readers using `v` (a check with its own set of profiles), then restores the one before. */
export function withVocabulary<T>(v: Vocabulary, fn: () => T): T {
  if (v === active) return fn();
  const before = active;
  active = v;
  try {
    return fn();
  } finally {
    active = before;
  }
}

/**
 * memoText for a classifier that reads the vocabulary: one cache per vocabulary, so a check with other
 * profiles never sees (nor spoils) another's answers. The usual case is one check after another with
 * the same vocabulary: one comparison per call.
 */
export function memoByVocabulary<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const caches = new WeakMap<Vocabulary, Map<string, T>>();
  let of: Vocabulary | null = null;
  let cache = new Map<string, T>();
  // One closure, not memoText behind a wrapper: the readers call these a few hundred thousand times a check.
  return (s: string) => {
    if (of !== active) {
      of = active;
      let c = caches.get(of);
      if (!c) {
        c = new Map();
        caches.set(of, c);
      }
      cache = c;
    }
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const out = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, out);
    return out;
  };
}
