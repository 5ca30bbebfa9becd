/**
 * Input that is no question at all: every word unknown and some typed as
 * keyboard mash ("asdfghjkl", «ывфаывфа»), or abuse with nothing about the
 * agreements in it ("you are a useless stupid bot", «ти тупий бот»). Unknown
 * real words ("pizza recipe") are a question the corpus cannot answer, not
 * unreadable input; abuse beside a question ("stupid bot, when did Japan
 * sign?") is still that question.
 */
import type { LanguageContext } from "../lang/context.ts";
import type { Understanding } from "./read.ts";

/** Keys of one keyboard row in sequence that make a word mash ("asdf"); three would catch real words ("ert" in "alert"). */
const ROW_RUN = 4;

export function isUnreadable(context: LanguageContext, reading: Understanding): boolean {
  if (reading.words.length === 0) return false;
  if (reading.words.some((word) => context.abuseWords.has(word.typed)) && !aboutTheAgreements(reading)) return true;
  return reading.unknown === reading.words.length && reading.words.some((word) => isMash(word.typed, context.pack.keyboardRows));
}

/** Anything in the reading that ties the question to the corpus: a name, a date, a topic, a word about the agreements. */
function aboutTheAgreements(reading: Understanding): boolean {
  return (
    reading.onTopic ||
    reading.partners.length > 0 ||
    reading.groups.length > 0 ||
    reading.people.length > 0 ||
    reading.places.length > 0 ||
    reading.events.length > 0 ||
    reading.countries.length > 0 ||
    reading.topics.length > 0 ||
    reading.period !== undefined
  );
}

/** A word that runs along a keyboard row ("qwerty", "asdfgh") or repeats one chunk ("ывфаывфа", "lolol"). */
function isMash(word: string, rows: readonly string[]): boolean {
  for (let start = 0; start + ROW_RUN <= word.length; start++) {
    const run = word.slice(start, start + ROW_RUN);
    if (rows.some((row) => row.includes(run))) return true;
  }
  for (let size = 2; size * 2 <= word.length; size++) {
    const chunk = word.slice(0, size);
    if (chunk.repeat(Math.ceil(word.length / size)).startsWith(word)) return true;
  }
  return false;
}
