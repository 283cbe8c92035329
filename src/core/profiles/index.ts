/** Form families as data: the built-in profiles, their resolution with the user's settings, the pick by evidence. */
import type { Grid } from "../grid";
import { labelOwner } from "../locate/labels";
import { setDefaultVocabulary, vocabularyOf, withVocabulary, type Vocabulary } from "../locate/vocabulary";
import type { Table, TableKind } from "../model";
import { DEFAULT_SETTINGS, resolveSettings, type Settings, type SettingsInput } from "../settings";
import base from "./base";
import central from "./central";
import department from "./department";
import guangdong from "./guangdong";
import { evidenceOf } from "./evidence";
import hebei from "./hebei";
import hubei from "./hubei";
import investment from "./investment";
import { assertConsistent, parseSettingsInput, SettingsError } from "./schema";
import sichuan from "./sichuan";
import type { FormSpec, HierarchySpec, Profile, ProfileSpec } from "./types";

export { defineProfile } from "./define";
export { evidenceOf } from "./evidence";
export * from "./schema";
export type * from "./types";

/** Every built-in profile; the order breaks ties of evidence (earlier wins). Adding one: a file and a line here. */
export const PROFILE_SPECS: readonly ProfileSpec[] = [
  base,
  central,
  hebei,
  sichuan,
  hubei,
  guangdong,
  investment,
  department,
];

// The families' category names and labels join the readers' vocabulary once, when the engine loads.
setDefaultVocabulary(vocabularyOf(PROFILE_SPECS));

/** What a label of a family's own (no other family declares it) weighs as evidence: as much as its province code. */
export const OWN_LABEL_EVIDENCE = 3;

const NO_OWN_LABELS: ReadonlySet<string> = new Set();

/** The profiles whose own labels stand in a header block's words (Evidence.text, cells joined by "|"). */
function ownLabelsIn(text: string): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const cell of text.split("|")) {
    const owner = labelOwner(cell);
    if (owner) (out ??= new Set()).add(owner);
  }
  return out ?? NO_OWN_LABELS;
}

/** The form a new sheet (新建表) is laid out in when the user chose none: the seed's, with its spending plan. */
export const TEMPLATE_PROFILE = "hebei";

/** The profile of a new sheet: the user's choice, else TEMPLATE_PROFILE; with the user's settings (weights). */
export function templateProfile(input?: SettingsInput | null): Profile {
  const set = new ProfileSet(input);
  return set.get(set.chosen ?? TEMPLATE_PROFILE);
}

/** The profile a table gets when no family's evidence says otherwise. */
export const FALLBACK_PROFILE = "central";

/** The profiles a user may choose (the base is not one). */
export function selectableProfiles(specs: readonly ProfileSpec[] = PROFILE_SPECS): ProfileSpec[] {
  return specs.filter((s) => !s.abstract);
}

/** "hebei（河北（预算一体化））、central（…）": the choices, for a message. */
export function profileChoices(specs: readonly ProfileSpec[] = PROFILE_SPECS): string {
  return selectableProfiles(specs)
    .map((s) => `${s.id}（${s.name}）`)
    .join("、");
}

/** The Chinese name users see for a profile id (the id itself when unknown). */
export function profileName(id: string, specs: readonly ProfileSpec[] = PROFILE_SPECS): string {
  return specs.find((s) => s.id === id)?.name ?? id;
}

function sectionsOf(spec: ProfileSpec): SettingsInput {
  return { ...spec.options, ...spec.scoring, ...spec.lights, rules: spec.rules };
}

const KINDS: TableKind[] = ["target", "monitoring", "self-evaluation"];

/** A spec with its `extends` chain folded in; the user's input laid over last. */
function resolve(specs: ReadonlyMap<string, ProfileSpec>, id: string, user: SettingsInput): Profile {
  const chain: ProfileSpec[] = [];
  for (let s = specs.get(id); s; s = s.extends ? specs.get(s.extends) : undefined) {
    if (chain.includes(s)) throw new Error(`profile ${id}: extends loops at ${s.id}`);
    chain.unshift(s);
  }
  const last = chain[chain.length - 1];
  let settings: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  const forms = {} as Record<TableKind, Required<FormSpec>>;
  for (const k of KINDS) forms[k] = { spendingPlan: false, executionReason: false };
  let hierarchy: HierarchySpec = {
    satisfactionUnderBenefit: false,
    categoriesAsLevel2: false,
  };
  for (const s of chain) {
    try {
      settings = resolveSettings(sectionsOf(s), settings);
    } catch (e) {
      if (e instanceof SettingsError) throw new SettingsError(e.problems.map((p) => `表格式 ${s.id}：${p}`));
      throw e;
    }
    for (const k of KINDS) if (s.forms?.[k]) forms[k] = { ...forms[k], ...s.forms[k] };
    hierarchy = { ...hierarchy, ...s.hierarchy };
  }
  settings = resolveSettings(user, settings);
  assertConsistent(settings, `按表格式“${last.name}”，`);
  return {
    id: last.id,
    name: last.name,
    description: last.description,
    chain: chain.map((s) => s.id),
    forms,
    hierarchy,
    settings,
  };
}

/**
 * The profiles of one check: the user's settings validated once, each profile resolved the first
 * time a table needs it (a workbook of a thousand tables resolves a handful).
 */
export class ProfileSet {
  readonly chosen: string | null;
  private readonly specs: Map<string, ProfileSpec>;
  /** The families a table may be given, in registry order (the base is none). */
  private readonly families: readonly ProfileSpec[];
  private readonly cache = new Map<string, Profile>();
  private readonly user: SettingsInput;
  /** The labels of these profiles, for the evidence of a family's own labels. */
  private readonly vocabulary: Vocabulary;

  constructor(input?: SettingsInput | null, specs: readonly ProfileSpec[] = PROFILE_SPECS) {
    this.user = parseSettingsInput(input);
    this.specs = new Map(specs.map((s) => [s.id, s]));
    this.families = selectableProfiles(specs);
    this.vocabulary = vocabularyOf(specs);
    const chosen = this.user.profile?.trim() || null;
    if (chosen !== null && (!this.specs.has(chosen) || this.specs.get(chosen)?.abstract))
      throw new SettingsError([`没有名为“${chosen}”的表格式，可选：${profileChoices(specs)}`]);
    this.chosen = chosen;
  }

  /** A profile by id, resolved with the user's settings; throws SettingsError when they do not fit it. */
  get(id: string): Profile {
    let p = this.cache.get(id);
    if (!p) {
      if (!this.specs.has(id)) throw new SettingsError([`没有名为“${id}”的表格式`]);
      p = resolve(this.specs, id, this.user);
      this.cache.set(id, p);
    }
    return p;
  }

  /** The profile of the check as a whole: the chosen one, else the fallback. */
  get main(): Profile {
    return this.get(this.chosen ?? FALLBACK_PROFILE);
  }

  /** The chosen profile, else the family whose evidence fits the table best (the fallback when none does). */
  pick(table: Table, grid: Grid): Profile {
    if (this.chosen) return this.get(this.chosen);
    const e = evidenceOf(table, grid);
    // Only where some family has labels of its own: the built-in ones share all theirs.
    const v = this.vocabulary;
    e.ownLabels = v.owned ? withVocabulary(v, () => ownLabelsIn(e.text)) : NO_OWN_LABELS;
    let best = FALLBACK_PROFILE;
    let score = 0;
    // An indexed loop: every table passes here, mostly before the JIT has compiled it.
    for (let i = 0; i < this.families.length; i++) {
      const s = this.families[i];
      const n = (s.evidence ? s.evidence(e) : 0) + (e.ownLabels.has(s.id) ? OWN_LABEL_EVIDENCE : 0);
      if (n > score) {
        score = n;
        best = s.id;
      }
    }
    return this.get(best);
  }
}
