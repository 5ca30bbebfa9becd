/** Fills a language pack's templates: placeholders, dates, lists and plurals. */
import type { Pledge } from "../dataset/schema.ts";
import { parseSum } from "../dataset/sums.ts";
import type { LanguagePack, Plural } from "../lang/schema.ts";
import { withProperties } from "../with-properties.ts";

/** Replaces `{name}` placeholders; a placeholder without a value is left as written so a test can spot it. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  // What `template.replace(/\{([a-zA-Z]+)\}/g, …)` does, without a regular expression and a callback per call (answers fill dozens).
  let open = template.indexOf("{");
  if (open === -1) return template;
  let out = "";
  let done = 0;
  while (open !== -1) {
    let end = open + 1;
    while (end < template.length && isAsciiLetter(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === CLOSE_BRACE) {
      const value = values[template.slice(open + 1, end)];
      if (value !== undefined) {
        out += template.slice(done, open) + String(value);
        done = end + 1;
      }
      open = template.indexOf("{", end + 1);
    } else {
      open = template.indexOf("{", open + 1);
    }
  }
  return done === 0 ? template : out + template.slice(done);
}

const CLOSE_BRACE = 0x7d;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The user's own words as an answer repeats them ("no agreement on record for
 * “…”"): a bracketed number is written in parentheses, "[1]" as "(1)", so it
 * cannot pass for one of the answer's citation markers.
 */
export function echo(text: string): string {
  return text.replace(/\[(\d+)\]/g, "($1)");
}

/** A pledge's sum as the pack writes it, with its qualifier and any conversion into euros: "more than €7 billion", «понад 7 млрд євро». */
export function formatPledge(pack: LanguagePack, pledge: Pledge): string {
  const { currencies, units, decimal, bounds, converted } = pack.sums;
  const written = (text: string) => {
    const sum = parseSum(text);
    return fill(currencies[sum.currency], { amount: `${sum.number.replace(".", decimal)} ${units[sum.unit]}` });
  };
  const sum = fill(bounds[pledge.bound], { sum: written(pledge.sum) });
  return pledge.inEuros === undefined ? sum : fill(converted, { sum, euros: written(pledge.inEuros) });
}

/** "13 June 2024", "June 2024" or "2024" from `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function formatDate(pack: LanguagePack, date: string): string {
  const [year = date, month, day] = date.split("-");
  if (month === undefined) return year;
  const index = Number(month) - 1;
  if (day === undefined) return fill(pack.dates.month, { month: pack.dates.monthNamesAlone[index] ?? month, year });
  return fill(pack.dates.day, { day: Number(day), month: pack.dates.monthNamesDay[index] ?? month, year });
}

/** "24 February 2024 was a Saturday." from `YYYY-MM-DD`. */
export function formatWeekday(pack: LanguagePack, date: string): string {
  // getUTCDay() counts from Sunday; the pack's days start on Monday.
  const day = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return fill(pack.dates.weekday, { date: formatDate(pack, date), weekday: pack.dates.weekdays[day] ?? "" });
}

/**
 * A period as the pack's `dates.periods` phrase it ("у червні 2024 року",
 * "до 13 червня 2024 року"); undefined when the pack has no such phrases.
 * @param label `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM` / `--MM-DD` for a month or day in any year.
 */
export function formatPeriod(pack: LanguagePack, label: string, mode: "within" | "until" | "before" | "after" | "since"): string | undefined {
  const { periods } = pack.dates;
  if (periods === undefined) return undefined;
  const monthValues = (index: number) => ({
    month: pack.dates.monthNamesDay[index] ?? "",
    monthAlone: pack.dates.monthNamesAlone[index] ?? "",
    ...Object.fromEntries(Object.entries(pack.dates.monthNames).map(([name, list]) => [name, list[index] ?? ""])),
  });
  if (label.startsWith("--")) {
    const [month = "", day] = label.slice(2).split("-");
    const values = monthValues(Number(month) - 1);
    return day === undefined ? fill(periods.anyYear, values) : fill(periods.anyYearDay, withProperties(values, { day: Number(day) }));
  }
  // A span ("2024-02/2024-05"): its two ends, each as the mode's phrase for its precision would write it after "from".
  if (label.includes("/")) return undefined;
  const [year = label, month, day] = label.split("-");
  const phrases = periods[mode];
  if (month === undefined) return fill(phrases.year, { year });
  const values = { year, ...monthValues(Number(month) - 1) };
  return day === undefined ? fill(phrases.month, values) : fill(phrases.day, withProperties(values, { day: Number(day) }));
}

/** "13–15 June 2024" within a month; otherwise "30 June 2024 – 2 July 2024". */
export function formatDateRange(pack: LanguagePack, start: string, end: string | undefined): string {
  if (end === undefined || end === start) return formatDate(pack, start);
  const [startYear, startMonth, startDay] = start.split("-");
  const [endYear, endMonth, endDay] = end.split("-");
  if (startYear === endYear && startMonth === endMonth && startDay !== undefined && endDay !== undefined) {
    const index = Number(startMonth) - 1;
    return fill(pack.dates.range, { from: Number(startDay), to: Number(endDay), month: pack.dates.monthNamesDay[index] ?? "", year: startYear ?? "" });
  }
  return `${formatDate(pack, start)} – ${formatDate(pack, end)}`;
}

/** "a, b and c". */
export function joinList(pack: LanguagePack, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(pack.list.separator)}${pack.list.lastSeparator}${items[items.length - 1]}`;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(lang: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${lang}:${type}`;
  let rules = pluralRules.get(key);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang, { type });
    pluralRules.set(key, rules);
  }
  return rules;
}

/** The pack's wording for `n` things: "1 agreement", "28 agreements". */
export function plural(pack: LanguagePack, forms: Plural, n: number): string {
  const category = rulesFor(pack.lang, "cardinal").select(n) as keyof Plural;
  return fill(forms[category] ?? forms.other, { n });
}

/** "1st", "22nd", "16th" in the pack's language. */
export function ordinal(pack: LanguagePack, n: number): string {
  const category = rulesFor(pack.lang, "ordinal").select(n) as keyof Plural;
  return fill(pack.plurals.ordinal[category] ?? pack.plurals.ordinal.other, { n });
}
