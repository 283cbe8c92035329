import { actualBelowTarget } from "./actual-below-target";
import { actualMissing } from "./actual-missing";
import { actualNotNumber } from "./actual-not-number";
import { actualUnclear } from "./actual-unclear";
import { asOfMissing } from "./as-of-missing";
import { awaitingInput } from "./awaiting-input";
import { basisEmpty } from "./basis-empty";
import { behindProgress } from "./behind-progress";
import { budgetSum } from "./budget-sum";
import { chanceMissing } from "./chance-missing";
import { costNotMonetary } from "./cost-not-monetary";
import { executionReason } from "./execution-reason";
import { fundsSum } from "./funds-sum";
import { gradesOverlap } from "./grades-overlap";
import { hierarchyMixed } from "./hierarchy-mixed";
import { indicatorMissingCategory } from "./indicator-missing-category";
import { indicatorNameMissing } from "./indicator-name-missing";
import { indicatorValueEmpty } from "./indicator-value-empty";
import { indicatorValueUnparsed } from "./indicator-value-unparsed";
import { indicatorValueVague } from "./indicator-value-vague";
import { longTermCopied } from "./long-term-copied";
import { operatorAmbiguous } from "./operator-ambiguous";
import { overAchievement } from "./over-achievement";
import { overProgress } from "./over-progress";
import { percentRange } from "./percent-range";
import { planBelowTimeProgress } from "./plan-below-time-progress";
import { planDecreasing } from "./plan-decreasing";
import { planFinal } from "./plan-final";
import { planMissing } from "./plan-missing";
import { planRange } from "./plan-range";
import { reasonMissing } from "./reason-missing";
import { scoreMismatch } from "./score-mismatch";
import { scoreOutOfBand } from "./score-out-of-band";
import { scoreOverWeight } from "./score-over-weight";
import { spendBehindPlan } from "./spend-behind-plan";
import { spendOverBudget } from "./spend-over-budget";
import { tableUnreadable } from "./table-unreadable";
import { totalMismatch } from "./total-mismatch";
import { unitDuplicated } from "./unit-duplicated";
import { weightsSum } from "./weights-sum";
import { yesNoMismatch } from "./yes-no-mismatch";
import type { Rule } from "./types";

/** Every rule, sorted by id. Adding a rule: one file in this folder, one line here, one test file. */
export const RULES: readonly Rule[] = [
  actualBelowTarget,
  actualMissing,
  actualNotNumber,
  actualUnclear,
  asOfMissing,
  awaitingInput,
  basisEmpty,
  behindProgress,
  budgetSum,
  chanceMissing,
  costNotMonetary,
  executionReason,
  fundsSum,
  gradesOverlap,
  hierarchyMixed,
  indicatorMissingCategory,
  indicatorNameMissing,
  indicatorValueEmpty,
  indicatorValueUnparsed,
  indicatorValueVague,
  longTermCopied,
  operatorAmbiguous,
  overAchievement,
  overProgress,
  percentRange,
  planBelowTimeProgress,
  planDecreasing,
  planFinal,
  planMissing,
  planRange,
  reasonMissing,
  scoreMismatch,
  scoreOutOfBand,
  scoreOverWeight,
  spendBehindPlan,
  spendOverBudget,
  tableUnreadable,
  totalMismatch,
  unitDuplicated,
  weightsSum,
  yesNoMismatch,
].sort((a, b) => a.id.localeCompare(b.id));
