import { basisEmpty } from "./basis-empty";
import { budgetSum } from "./budget-sum";
import { costNotMonetary } from "./cost-not-monetary";
import { hierarchyMixed } from "./hierarchy-mixed";
import { indicatorMissingCategory } from "./indicator-missing-category";
import { indicatorValueEmpty } from "./indicator-value-empty";
import { indicatorValueUnparsed } from "./indicator-value-unparsed";
import { indicatorValueVague } from "./indicator-value-vague";
import { operatorAmbiguous } from "./operator-ambiguous";
import { percentRange } from "./percent-range";
import { planBelowTimeProgress } from "./plan-below-time-progress";
import { planDecreasing } from "./plan-decreasing";
import { planFinal } from "./plan-final";
import { planMissing } from "./plan-missing";
import { planRange } from "./plan-range";
import { tableUnreadable } from "./table-unreadable";
import { totalMismatch } from "./total-mismatch";
import { unitDuplicated } from "./unit-duplicated";
import type { Rule } from "./types";

/** Every rule, sorted by id. Adding a rule: one file in this folder, one line here, one test file. */
export const RULES: readonly Rule[] = [
  basisEmpty,
  budgetSum,
  costNotMonetary,
  hierarchyMixed,
  indicatorMissingCategory,
  indicatorValueEmpty,
  indicatorValueUnparsed,
  indicatorValueVague,
  operatorAmbiguous,
  percentRange,
  planBelowTimeProgress,
  planDecreasing,
  planFinal,
  planMissing,
  planRange,
  tableUnreadable,
  totalMismatch,
  unitDuplicated,
].sort((a, b) => a.id.localeCompare(b.id));
