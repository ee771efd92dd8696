/** How a number reads in labels and the table: whole numbers plainly, others to two places. */
export function formatValue(value: number | null): string {
  if (value === null) return 'not rated';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
