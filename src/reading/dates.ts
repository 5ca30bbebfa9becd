/**
 * Finds a date in a question ("13 June 2024", "June 13, 2024", "June 2024",
 * "2024", "2024-06-13", "in June") and whether it is meant as a period ("in
 * June 2024"), a cut-off ("as of July 2024") or a bound ("before July 2024").
 */
import { endOfPeriod, startOfPeriod } from "../dataset/dates.ts";

export type PeriodMode = "within" | "until" | "before";

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
}

const YEAR = /^(19|20)\d{2}$/;
const NUMBER = /^\d{1,2}$/;
/** Ordinal day suffixes people type: 13th, 1st, 2nd, 3rd. */
const ORDINAL_DAY = /^(\d{1,2})(st|nd|rd|th)$/;

interface Cues {
  months: ReadonlyMap<string, number>;
  /** Returns the mode and first word index of a cue ending right before `index`, if any. */
  cueBefore(index: number): { mode: PeriodMode; start: number } | undefined;
  isStopword(word: string): boolean;
}

export function findPeriod(words: readonly string[], cues: Cues): Period | undefined {
  for (let index = 0; index < words.length; index++) {
    const found = dateAt(words, index, cues);
    if (found === undefined) continue;
    const cue = cues.cueBefore(found.from);
    return { ...found, mode: cue?.mode ?? "within", from: cue?.start ?? found.from };
  }
  return undefined;
}

function dateAt(words: readonly string[], index: number, cues: Cues): Omit<Period, "mode"> | undefined {
  const word = words[index] ?? "";
  const day = (value: string | undefined) => {
    const match = value === undefined ? null : (NUMBER.exec(value) ?? ORDINAL_DAY.exec(value));
    const n = match === null ? NaN : Number(match[1] ?? match[0]);
    return n >= 1 && n <= 31 ? n : undefined;
  };
  const year = (value: string | undefined) => (value !== undefined && YEAR.test(value) ? value : undefined);
  const month = (value: string | undefined) => (value === undefined ? undefined : cues.months.get(value));
  const make = (y: string, m: number | undefined, d: number | undefined, to: number) => {
    const label = m === undefined ? y : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    if (d !== undefined && !isRealDate(label)) return undefined;
    return { label, start: startOfPeriod(label), end: endOfPeriod(label), anyYear: false, from: index, to };
  };

  // 13 June 2024 / 13th of June 2024
  const d1 = day(word);
  if (d1 !== undefined) {
    const offset = words[index + 1] === "of" ? 1 : 0;
    const m = month(words[index + 1 + offset]);
    const y = year(words[index + 2 + offset]);
    if (m !== undefined && y !== undefined) return make(y, m, d1, index + 3 + offset);
    return undefined;
  }
  // June 13 2024 / June 2024 / June
  const m = month(word);
  if (m !== undefined) {
    const d = day(words[index + 1]);
    if (d !== undefined && year(words[index + 2]) !== undefined) return make(year(words[index + 2]) ?? "", m, d, index + 3);
    const y = year(words[index + 1]);
    if (y !== undefined) return make(y, m, undefined, index + 2);
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
