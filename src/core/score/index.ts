import type { Table } from "../model";
import type { Settings } from "../settings";
import type { TableAnalysis } from "./types";

/** Lights for monitoring tables, scores for self-evaluations; nothing to derive for a target table. */
export function analyzeTable(table: Table, _settings: Settings): TableAnalysis {
  switch (table.kind) {
    default:
      return { computed: [] };
  }
}
