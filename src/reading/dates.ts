/**
 * The one place dates in questions are read. Finds a date or period in a
 * question ("13 June 2024", "04/03/2024", "04.03.2024", "April 3rd, 2024",
 * "June 2024", "2024", "early 2024", "Q2 2024", "between February and May
 * 2024", "before the NATO summit") and whether it is meant as a period ("in
 * June 2024"), a cut-off ("as of July 2024"), a bound ("before July 2024",
 * "after July 2024") or a start ("since July 2024").
 *
 * Written dates go through chrono-node (its British English and Ukrainian
 * parsers: day before month, as Europeans write 04/03/2024); years alone,
 * parts of a year and event-relative periods, which chrono does not read,
 * are read from the language pack's words.
 */
import * as chrono from "chrono-node";
import type { Lang } from "../answer.ts";
import { endOfPeriod, startOfPeriod } from "../dataset/dates.ts";
import type { Event } from "../dataset/schema.ts";
import { withProperties } from "../with-properties.ts";
import type { PhraseMatcher } from "./phrases.ts";

export type PeriodMode = "within" | "until" | "before" | "after" | "since";
/** A cue before a date: a mode, or a one-day shift ("the day before the NATO summit", «напередодні»). */
export type DateCue = PeriodMode | "dayBefore" | "dayAfter";

export interface Period {
  /** The date as found: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `MM` alone (`--06`) for a month in any year. */
  label: string;
  /** First and last day covered, ISO; for a month in any year, month-day bounds (`06-01`…`06-30`). */
  start: string;
  end: string;
  /** True when only the month was given. */
  anyYear: boolean;
  mode: PeriodMode;
  /** Word indexes the date (with its cue) spans. */
  from: number;
  to: number;
  /** The event the period is bounded by ("before the NATO summit"), if any. */
  event?: Event;
  /** True for two days given as alternatives ("the 10th or the 11th of July"): the question asks which. */
  either?: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
const NUMBER = /^\d{1,2}$/;
/** Ordinal day suffixes people type: 13th, 1st, 2nd, 3rd. */
const ORDINAL_DAY = /^(\d{1,2})(st|nd|rd|th)$/;

interface Cues {
  months: ReadonlyMap<string, number>;
  /** Returns the mode and first word index of a cue ending right before `index`, if any. */
  cueBefore(index: number): { mode: DateCue; start: number } | undefined;
  isStopword(word: string): boolean;
  /** Parts of a year ("early", "Q2", "spring") and the months they span. */
  yearParts: PhraseMatcher<{ from: number; to: number }>;
  /** Holidays on a fixed day ("Christmas") and that day. */
  holidays: PhraseMatcher<Holiday>;
  /** Parts of a month ("mid", «середина») and the days they span. */
  monthParts: PhraseMatcher<{ from: number; to: number }>;
  /** Words joining alternatives ("or", «чи»). */
  orWords: ReadonlySet<string>;
  /** Words opening and joining two alternatives ("both … and …"). */
  bothAnd: { readonly both: ReadonlySet<string>; readonly and: ReadonlySet<string> };
  /** Endings typed after a number as a word of their own («24-го»): after a month, a year's last two digits. */
  ordinalEndings: ReadonlySet<string>;
}

export function findPeriod(words: readonly string[], cues: Cues): Period | undefined {
  for (let index = 0; index < words.length; index++) {
    const found = dateAt(words, index, cues);
    if (found === undefined) continue;
    const narrowed = found.label.length === 4 ? yearPart(words, found, cues) : found;
    return withCue(narrowed, cues.cueBefore(narrowed.from), "within");
  }
  return undefined;
}

/** A holiday on a fixed day, or Easter, whose day the year decides. */
export type Holiday = { month: number; day: number } | { easter: "western" | "orthodox" };

/** "by Christmas 2024", «до Дня Незалежності 2024 року», "after orthodox easter 2024": a holiday with its year, as that day. */
export function holidayIn(words: readonly string[], cues: Cues): Period | undefined {
  for (const match of cues.holidays.matchAll(words)) {
    const yearAt = words[match.end] === "of" ? match.end + 1 : match.end;
    const year = yearOf(words[yearAt]);
    if (year === undefined) continue;
    const { month, day } = "easter" in match.value ? easterDay(Number(year), match.value.easter) : match.value;
    const found = periodOf(year, month, day, match.start, yearAt + 1);
    if (found !== undefined) return withCue(found, cues.cueBefore(match.start), "within");
  }
  return undefined;
}

/**
 * Easter Sunday of a year in the Gregorian calendar: the western date by the anonymous Gregorian algorithm, the
 * orthodox one by Meeus's Julian algorithm moved by the 13 days the calendars differ in 1900–2099.
 */
export function easterDay(year: number, which: "western" | "orthodox"): { month: number; day: number } {
  if (which === "western") {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
    const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
  }
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const julian = new Date(Date.UTC(year, Math.floor((d + e + 114) / 31) - 1, ((d + e + 114) % 31) + 1 + 13));
  return { month: julian.getUTCMonth() + 1, day: julian.getUTCDate() };
}

/** "early 2024", "Q2 2024", "the spring of 2024": a year narrowed to the months a part of it spans. */
function yearPart(words: readonly string[], year: Omit<Period, "mode">, cues: Cues): Omit<Period, "mode"> {
  const near = cues.yearParts.matchAll(words).filter((match) => match.end <= year.from && year.from - match.end <= 2);
  // The part nearest the year is what it narrows to; "early summer 2024", «на початку літа 2024»: a part of the year
  // just before that one takes the same share of it (early: its first month, mid: the middle, late: the last).
  const part = near.reduce<(typeof near)[number] | undefined>((nearest, match) => (nearest === undefined || match.end > nearest.end ? match : nearest), undefined);
  if (part === undefined) return year;
  const share = near.find((match) => match !== part && match.end <= part.start && part.start - match.end <= 1);
  const months = part.value.to - part.value.from + 1;
  const at = share === undefined ? undefined : part.value.from + Math.min(months - 1, Math.floor(((share.value.from - 1) / 12) * months));
  const [from, to] = at === undefined ? [part.value.from, part.value.to] : [at, at];
  const y = year.label;
  const start = `${y}-${pad(from)}`;
  const end = `${y}-${pad(to)}`;
  return { label: from === to ? start : `${start}/${end}`, start: startOfPeriod(start), end: endOfPeriod(end), anyYear: false, from: (share ?? part).start, to: year.to };
}

/** "mid-June 2024", «середина червня 2024»: a month narrowed to the days a part of it spans. */
function monthPart(words: readonly string[], month: Omit<Period, "mode">, cues: Cues): Omit<Period, "mode"> {
  const article = cues.isStopword(words[month.from - 1] ?? "") ? 1 : 0;
  const part = cues.monthParts.matchAll(words).find((match) => match.end === month.from || match.end === month.from - article);
  if (part === undefined) return month;
  const last = Number(month.end.slice(8));
  const start = `${month.label}-${pad(part.value.from)}`;
  const end = `${month.label}-${pad(Math.min(part.value.to, last))}`;
  return { label: `${start}/${end}`, start, end, anyYear: false, from: part.start, to: month.to };
}

/** The Monday-to-Sunday week that holds a day ("the week of 10 July 2024": 8–14 July). */
export function weekOf(period: Period): Period {
  const day = new Date(`${period.start}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  const start = monday.toISOString().slice(0, 10);
  const end = new Date(monday.getTime() + 6 * DAY_MS).toISOString().slice(0, 10);
  return { ...period, label: `${start}/${end}`, start, end };
}

/** The index past one stopword at `index` ("the 10th or the 11th"), where the word there is one; an or-word is no stopword here. */
function pastStopword(words: readonly string[], index: number, cues: Cues): number {
  return cues.isStopword(words[index] ?? "") && !cues.orWords.has(words[index] ?? "") ? index + 1 : index;
}

/**
 * "in June or July 2024", «у червні чи в липні 2024»: two months of one year given as alternatives, read as the
 * period both span, marked `either` (the question asks which).
 */
export function eitherMonth(words: readonly string[], cues: Cues): Period | undefined {
  const skip = (index: number) => pastStopword(words, index, cues);
  for (let index = 0; index < words.length; index++) {
    const first = cues.months.get(words[index] ?? "");
    if (first === undefined || !cues.orWords.has(words[index + 1] ?? "")) continue;
    const secondAt = skip(index + 2);
    const second = cues.months.get(words[secondAt] ?? "");
    const year = yearOf(words[secondAt + 1]);
    if (second === undefined || year === undefined || second === first) continue;
    const [low, high] = first < second ? [first, second] : [second, first];
    const start = `${year}-${pad(low)}-01`;
    const end = endOfPeriod(`${year}-${pad(high)}`);
    return { label: `${start}/${end}`, start, end, anyYear: false, mode: "within", from: index, to: secondAt + 2, either: true };
  }
  return undefined;
}

/**
 * "the 10th or the 11th of July", "May 27th or 28th 2024", «10 чи 11 липня»: two days of one month
 * given as alternatives, read as the period both span, marked `either` (the question asks which).
 */
export function eitherDay(words: readonly string[], cues: Cues): Period | undefined {
  const skip = (index: number) => pastStopword(words, index, cues);
  for (let index = 0; index < words.length; index++) {
    const month = cues.months.get(words[index] ?? "");
    // Month first: "May 27th or 28th (2024)".
    const dayFirst = month === undefined ? index : index + 1;
    const first = dayOf(words[skip(dayFirst)]);
    if (first === undefined) continue;
    const or = skip(dayFirst) + 1;
    // "both 10 and 11 July", «і 10, і 11 липня»: two days offered, as with "or".
    const bothAnd = month === undefined && cues.bothAnd.both.has(words[index] ?? "") && cues.bothAnd.and.has(words[or] ?? "");
    if (!cues.orWords.has(words[or] ?? "") && !bothAnd) {
      const other = month === undefined ? otherDayAfterMonth(words, or, first, index, cues, skip) : undefined;
      if (other !== undefined) return other;
      continue;
    }
    const secondAt = skip(or + 1);
    const second = dayOf(words[secondAt]);
    if (second === undefined) continue;
    let end = secondAt + 1;
    let m = month;
    if (m === undefined) {
      // Day first: "the 10th or the 11th of July (2024)".
      const monthAt = words[end] === "of" ? end + 1 : end;
      m = cues.months.get(words[monthAt] ?? "");
      end = monthAt + 1;
    }
    if (m === undefined) continue;
    const year = yearOf(words[end]);
    const [low, high] = first < second ? [first, second] : [second, first];
    if (year !== undefined) {
      const start = `${year}-${pad(m)}-${pad(low)}`;
      const last = `${year}-${pad(m)}-${pad(high)}`;
      if (!isRealDate(start) || !isRealDate(last)) continue;
      return { label: `${start}/${last}`, start, end: last, anyYear: false, mode: "within", from: index, to: end + 1, either: true };
    }
    return { label: `--${pad(m)}`, start: `${pad(m)}-${pad(low)}`, end: `${pad(m)}-${pad(high)}`, anyYear: true, mode: "within", from: index, to: end, either: true };
  }
  return undefined;
}

/** "the 3rd of April or the 4th (2024)", «3 квітня чи 4-го»: the month after the first day, the second day after "or". */
function otherDayAfterMonth(words: readonly string[], at: number, first: number, from: number, cues: Cues, skip: (index: number) => number): Period | undefined {
  const monthAt = words[at] === "of" ? at + 1 : at;
  const m = cues.months.get(words[monthAt] ?? "");
  if (m === undefined) return undefined;
  let next = monthAt + 1;
  const yearBefore = yearOf(words[next]);
  if (yearBefore !== undefined) next++;
  if (!cues.orWords.has(words[next] ?? "")) return undefined;
  const secondAt = skip(next + 1);
  const second = dayOf(words[secondAt]);
  if (second === undefined) return undefined;
  const year = yearBefore ?? yearOf(words[secondAt + 1]);
  const to = secondAt + 1 + (yearBefore === undefined && year !== undefined ? 1 : 0);
  const [low, high] = first < second ? [first, second] : [second, first];
  if (year === undefined) return { label: `--${pad(m)}`, start: `${pad(m)}-${pad(low)}`, end: `${pad(m)}-${pad(high)}`, anyYear: true, mode: "within", from, to, either: true };
  const start = `${year}-${pad(m)}-${pad(low)}`;
  const last = `${year}-${pad(m)}-${pad(high)}`;
  if (!isRealDate(start) || !isRealDate(last)) return undefined;
  return { label: `${start}/${last}`, start, end: last, anyYear: false, mode: "within", from, to, either: true };
}

/** Longest text chrono reads dates from (questions are limited to 500 characters). */
const MAX_DATE_TEXT = 600;
const PARSERS: Record<Lang, chrono.Chrono> = { en: chrono.en.GB, uk: chrono.uk.casual };
/** chrono reads relative dates ("last year") from this day; the corpus date would do as well, and neither matters for written dates. */
const REFERENCE = new Date(Date.UTC(2026, 0, 1));

/**
 * A date chrono-node reads with its month known ("04/03/2024", "April 3rd,
 * 2024", "between February and May 2024"); undefined when there is none, so
 * the word-based reading takes over (years alone, "early 2024").
 */
export function readDate(question: string, words: readonly string[], lang: Lang, cues: Cues): Period | undefined {
  // chrono's work grows with the text; a question is at most a few hundred characters, a longer text has no date read from it.
  if (question.length > MAX_DATE_TEXT) return undefined;
  // A lone "may" is the verb far more often than the month.
  // A written date has a digit or a month's name: not "now", "today" or "last year".
  const written = (text: string) => /\d/.test(text) || (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((word) => cues.months.has(word));
  // A date chrono finds must be written (above), so a question with no digit and no month's name has none: skip the parse.
  if (!written(question)) return undefined;
  // "3.04.24": a two-digit year is this century's (chrono leaves it unread); the words stay the same in number.
  const text = question.replace(/\b(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])/g, "$1$2$3$220$4");
  // A date counted from today ("within 24 hours", "3 days ago") is no written date; one counted from a written date
  // ("2 weeks after 13 June 2024") names its month or year.
  const anchored = (result: chrono.ParsedResult) => !result.tags().has("result/relativeDate") || /\b(19|20)\d{2}\b/.test(result.text) || (result.text.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((word) => cues.months.has(word));
  const results = PARSERS[lang].parse(text, REFERENCE).filter((result) => result.start.isCertain("month") && written(result.text) && anchored(result) && !/^may$/i.test(result.text.trim()));
  const [first, second] = results;
  if (first === undefined) return undefined;
  // chrono reads "June 13" as June 2013; a year written in two digits after a month is read below as a day instead.
  if (first.start.isCertain("year") && !/\b(19|20)\d{2}\b/.test(first.text)) return undefined;
  const span = wordSpan(words, text, first.index, first.index + first.text.length);
  if (span === undefined) return undefined;
  const labelOf = (component: chrono.ParsedComponents, yearFrom?: chrono.ParsedComponents) => {
    const year = component.isCertain("year") ? component.get("year") : yearFrom?.isCertain("year") === true ? yearFrom.get("year") : undefined;
    const month = component.get("month") ?? 1;
    const day = component.isCertain("day") ? component.get("day") : undefined;
    if (year === undefined || year === null) return undefined;
    return day === undefined || day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  };
  // "between February and May 2024": two dates joined, the year from the second.
  const joined = second !== undefined && /^\s*(and|to|till|until|through|-|–|—|і|й|та|по|до)\s*$/i.test(text.slice(first.index + first.text.length, second.index));
  const endComponent = first.end ?? (joined ? second.start : undefined);
  const startLabel = labelOf(first.start, endComponent);
  if (startLabel === undefined) return undefined;
  if (endComponent !== undefined) {
    const endLabel = labelOf(endComponent, first.start);
    const endSpan = joined && second !== undefined ? wordSpan(words, text, second.index, second.index + second.text.length) : span;
    if (endLabel !== undefined && endSpan !== undefined) {
      const between = span.from > 0 ? span.from - 1 : span.from;
      return { label: `${startLabel}/${endLabel}`, start: startOfPeriod(startLabel), end: endOfPeriod(endLabel), anyYear: false, mode: "within", from: /^(between|from|з|від|між)$/.test(words[between] ?? "") ? between : span.from, to: endSpan.to };
    }
  }
  // "the end of March 2024" is chrono's last day of March; the cue before it ("by") still decides the mode.
  const label = /end of|кінця/i.test(first.text) ? startLabel.slice(0, 7) : startLabel;
  const whole = { label, start: startOfPeriod(label), end: endOfPeriod(label), anyYear: false, from: span.from, to: span.to };
  // A month may be narrowed to a part of it ("mid-June 2024").
  const found = label.length === 7 ? monthPart(words, whole, cues) : whole;
  return withCue(found, cues.cueBefore(found.from), /end of|кінця/i.test(first.text) ? "until" : "within");
}

/** A period found after its cue: the cue's mode, or for a one-day shift the day before or after a single day (a longer period keeps `fallback`). */
function withCue(period: Omit<Period, "mode">, cue: { mode: DateCue; start: number } | undefined, fallback: PeriodMode): Period {
  if (cue === undefined) return withProperties(period, { mode: fallback });
  if (cue.mode !== "dayBefore" && cue.mode !== "dayAfter") return withProperties(period, { mode: cue.mode, from: cue.start });
  if (period.start !== period.end || period.anyYear) return withProperties(period, { mode: fallback, from: cue.start });
  const day = shiftDay(period.start, cue.mode === "dayBefore" ? -1 : 1);
  return withProperties(period, { label: day, start: day, end: day, mode: "within" as const, from: cue.start });
}

/** The ISO day `days` after (or before, when negative) `date`. */
/**
 * A period's label moved later ("2024-07-01" a week later is "2024-07-08"; "2024-05" a month later "2024-06"); a day
 * moved by months keeps within the month ("31 May" a month later is "30 June"); a span moves both its ends. Undefined
 * for a month in any year, or a unit finer than the label (a month moved by a week).
 */
export function shiftLabel(label: string, by: { amount: number; unit: "day" | "week" | "month" | "year" }): string | undefined {
  if (label.startsWith("--")) return undefined;
  // A span of days ("mid-June 2024" is 11–20 June) moves as a whole.
  if (label.includes("/")) {
    const [from, to] = label.split("/").map((end) => shiftLabel(end, by));
    return from === undefined || to === undefined ? undefined : `${from}/${to}`;
  }
  const [year = 0, month, day] = label.split("-").map(Number);
  const months = by.unit === "month" ? by.amount : by.unit === "year" ? 12 * by.amount : undefined;
  if (day !== undefined && month !== undefined) {
    if (months === undefined) return shiftDay(label, by.amount * (by.unit === "week" ? 7 : 1));
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, last))}`;
  }
  if (month !== undefined) {
    if (months === undefined) return undefined;
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}`;
  }
  return by.unit === "year" ? String(year + by.amount) : undefined;
}

const DAY_MS = 86_400_000;

/** Whether a date is known to the day ("2024-06-13"), not only to the month or year. */
export function isDay(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** The days from one day ("2024-01-12") to a later one; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

export function shiftDay(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The word indexes a stretch of the question covers, by matching its words against the question's. */
function wordSpan(words: readonly string[], question: string, start: number, end: number): { from: number; to: number } | undefined {
  const before = question.slice(0, start).toLowerCase().match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const inside = question.slice(start, end).toLowerCase().match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (inside === 0 || before + inside > words.length) return undefined;
  return { from: before, to: before + inside };
}

/** A period bounded by an event: "before the NATO summit" ends the day before it starts; "after" begins the day after it ends. */
export function periodAround(event: Event, mode: DateCue, from: number, to: number): Period {
  const end = event.end ?? event.start;
  if (mode === "dayBefore" || mode === "dayAfter") {
    // "the day before the Washington summit": that one day.
    const day = mode === "dayBefore" ? shiftDay(event.start, -1) : shiftDay(end, 1);
    return { label: day, start: day, end: day, anyYear: false, mode: "within", from, to, event };
  }
  const bound = mode === "before" ? event.start : end;
  return { label: bound, start: bound, end: bound, anyYear: false, mode: mode === "within" ? "within" : mode, from, to, event };
}

/** How many days either side an approximate length takes in ("about two weeks before": three days either side). */
const ABOUT_DAYS = { day: 1, week: 3, month: 7, year: 30 } as const;

/**
 * A length of time from an event, bounded by `mode`. After it, the event's days moved ("two weeks after the G7 summit":
 * 27–29 June 2024); before it, the day that long before it opened ("two days before the G7 summit": 11 June 2024, not
 * days of the summit itself). A `stretch` is all the days between ("in the month after the NATO summit": 12 July to
 * 11 August 2024). An approximate length (`about`) takes in the days either side by {@link ABOUT_DAYS} of its unit.
 */
export function periodFromEvent(
  event: Event,
  offset: { by: { amount: number; unit: "day" | "week" | "month" | "year" }; stretch: boolean; about: boolean },
  mode: Period["mode"],
  from: number,
  to: number,
): Period {
  const { by, stretch } = offset;
  const last = event.end ?? event.start;
  const backwards = by.amount < 0;
  const moved = (date: string) => shiftLabel(date, by) ?? date;
  const exactStart = stretch ? (backwards ? moved(event.start) : shiftDay(last, 1)) : moved(event.start);
  const exactEnd = stretch ? (backwards ? shiftDay(event.start, -1) : moved(last)) : backwards ? exactStart : moved(last);
  const slack = offset.about && !stretch ? ABOUT_DAYS[by.unit] : 0;
  const start = shiftDay(exactStart, -slack);
  const end = shiftDay(exactEnd, slack);
  return { label: start === end ? start : `${start}/${end}`, start, end, anyYear: false, mode, from, to, event };
}

/** A day of the month as typed ("13", "13th"), if it is one. */
function dayOf(value: string | undefined): number | undefined {
  const match = value === undefined ? null : (NUMBER.exec(value) ?? ORDINAL_DAY.exec(value));
  const n = match === null ? NaN : Number(match[1] ?? match[0]);
  return n >= 1 && n <= 31 ? n : undefined;
}

function yearOf(value: string | undefined): string | undefined {
  return value !== undefined && YEAR.test(value) ? value : undefined;
}

/** The period of a year, month and day found from word `from` to `to`; undefined for a day that does not exist. */
function periodOf(y: string, m: number | undefined, d: number | undefined, from: number, to: number): Omit<Period, "mode"> | undefined {
  const label = m === undefined ? y : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  if (d !== undefined && !isRealDate(label)) return undefined;
  return { label, start: startOfPeriod(label), end: endOfPeriod(label), anyYear: false, from, to };
}

function dateAt(words: readonly string[], index: number, cues: Cues): Omit<Period, "mode"> | undefined {
  const word = words[index] ?? "";
  // Most words are neither a number nor a month: nothing to read (the checks below would find nothing either).
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && !cues.months.has(word)) return undefined;
  const day = dayOf;
  const year = yearOf;
  const month = (value: string | undefined) => (value === undefined ? undefined : cues.months.get(value));
  const make = (y: string, m: number | undefined, d: number | undefined, to: number) => periodOf(y, m, d, index, to);

  // 13 June 2024 / 13th of June 2024
  const d1 = day(word);
  if (d1 !== undefined) {
    const offset = words[index + 1] === "of" ? 1 : 0;
    const m = month(words[index + 1 + offset]);
    const y = year(words[index + 2 + offset]);
    if (m !== undefined && y !== undefined) return make(y, m, d1, index + 3 + offset);
    // "11 July", «11 липня»: that day in any year, until a conversation or the record supplies one.
    if (m !== undefined) return dayInAnyYear(m, d1, index, index + 2 + offset);
    return undefined;
  }
  // June 13 2024 / June 2024 / June
  const m = month(word);
  if (m !== undefined) {
    const d = day(words[index + 1]);
    if (d !== undefined && year(words[index + 2]) !== undefined) return make(year(words[index + 2]) ?? "", m, d, index + 3);
    const y = year(words[index + 1]);
    if (y !== undefined) return make(y, m, undefined, index + 2);
    // «до кінця червня 24-го»: a month, then a year written as its last two digits with an ending.
    const short = words[index + 1] ?? "";
    if (/^\d{2}$/.test(short) && cues.ordinalEndings.has(words[index + 2] ?? "")) return make(`20${short}`, m, undefined, index + 3);
    if (d !== undefined) return dayInAnyYear(m, d, index, index + 2);
    if (cues.isStopword(word)) return undefined;
    const label = `--${pad(m)}`;
    return { label, start: `${pad(m)}-01`, end: endOfPeriod(`2001-${pad(m)}`).slice(5), anyYear: true, from: index, to: index + 1 };
  }
  // 2024 / 2024-06 / 2024-06-13 (tokenised as "2024 06 13")
  const y = year(word);
  if (y !== undefined) {
    const mm = Number(words[index + 1]);
    if (/^\d{2}$/.test(words[index + 1] ?? "") && mm >= 1 && mm <= 12) {
      const dd = Number(words[index + 2]);
      if (/^\d{2}$/.test(words[index + 2] ?? "") && dd >= 1 && dd <= 31) return make(y, mm, dd, index + 3);
      return make(y, mm, undefined, index + 2);
    }
    return make(y, undefined, undefined, index + 1);
  }
  return undefined;
}

/** A day of a month with no year ("11 July"): `--MM-DD`, matched against any year's signings. */
function dayInAnyYear(month: number, day: number, from: number, to: number): Omit<Period, "mode"> {
  const label = `--${pad(month)}-${pad(day)}`;
  return { label, start: `${pad(month)}-${pad(day)}`, end: `${pad(month)}-${pad(day)}`, anyYear: true, from, to };
}

/** A day, month, year or span of days as a period, in none of a question's words: one a conversation or an answer supplies. */
export function periodOfDate(label: string): Period {
  // A span's label ("2024-06-11/2024-06-20") runs from the start of its first end to the end of its second.
  const [first = label, second = first] = label.split("/");
  return { label, start: startOfPeriod(first), end: endOfPeriod(second), anyYear: false, mode: "within", from: 0, to: 0 };
}

/** Whether an agreement signed on `date` (ISO) falls in the period. */
export function inPeriod(date: string, period: Period): boolean {
  if (period.anyYear) {
    const monthDay = date.slice(5);
    return period.mode === "within" && monthDay >= period.start && monthDay <= period.end;
  }
  switch (period.mode) {
    case "within":
      return date >= period.start && date <= period.end;
    case "until":
      return date <= period.end;
    case "before":
      return date < period.start;
    case "after":
      return date > period.end;
    case "since":
      return date >= period.start;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === d;
}
