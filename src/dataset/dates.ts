/** Calendar arithmetic on the corpus's partial dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), all as ISO strings. */

/** The first day the partial date covers: `2024-06` → `2024-06-01`. */
export function startOfPeriod(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/** The last day the partial date covers: `2024-06` → `2024-06-30`, `2024` → `2024-12-31`. */
export function endOfPeriod(date: string): string {
  const [year, month, day] = date.split("-");
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, "0")}`;
}
