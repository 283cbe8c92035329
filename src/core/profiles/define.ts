import type { ProfileSpec } from "./types";

/**
 * Declares a form family (the way ESLint's shareable configs do): returns the spec as given, typed.
 * Its settings are checked against the schema when the engine resolves it, with the user's overrides.
 */
export function defineProfile(spec: ProfileSpec): ProfileSpec {
  return spec;
}
