/**
 * Input that is no question at all: every word unknown, and the words typed
 * as keyboard mash ("asdfghjkl", «ывфаывфа») or as abuse («ты тупой бот»).
 * Unknown real words ("pizza recipe") are a question the corpus cannot
 * answer, not unreadable input.
 */
import type { LanguageContext } from "../lang/context.ts";
import type { Understanding } from "./read.ts";

/** Keys of one keyboard row in sequence that make a word mash ("asdf"); three would catch real words ("ert" in "alert"). */
const ROW_RUN = 4;

export function isUnreadable(context: LanguageContext, reading: Understanding): boolean {
  if (reading.words.length === 0 || reading.unknown !== reading.words.length) return false;
  return reading.words.some((word) => context.abuseWords.has(word.typed) || isMash(word.typed, context.pack.keyboardRows));
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
