/** border-color as Griffel wants it, four longhands; its `shorthands` helper object costs 4 KB. */
export function borderColor(color: string) {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}
