/**
 * Text normalisation shared by indexing and questions, so both sides meet:
 * Latin diacritics dropped (Cyrillic letters such as й and ї are kept whole),
 * lower case, and every apostrophe written as U+02BC so Ukrainian words are
 * not split at it.
 */

/** Apostrophe look-alikes people type: ASCII ', ’ ‘ ` ´ ′ and the modifier letters ʼ ʹ. */
const APOSTROPHES = /['\u2019\u2018`\u00B4\u2032\u02BC\u02B9]/g;
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/** A word: letters, digits and inner apostrophes. */
const WORD = /[\p{L}\p{N}\u02BC]+/gu;

const APOSTROPHE = "\u02BC";

/** A word of a question in the form it was typed (marks dropped) and normalised. */
export interface Token {
  raw: string;
  norm: string;
}

/**
 * Splits text into words. With `apostrophes: "drop"` a possessive "ʼs" is cut
 * and other apostrophes removed ("Japan's" → "japan"); with `keep` they stay
 * inside the word.
 */
export function tokenise(text: string, apostrophes: "drop" | "keep"): Token[] {
  const raws = text.normalize("NFD").replace(LATIN_WITH_MARKS, "$1").normalize("NFC").replace(APOSTROPHES, APOSTROPHE).match(WORD) ?? [];
  const tokens: Token[] = [];
  for (const match of raws) {
    const raw = trimApostrophes(match);
    if (raw === "") continue;
    const lower = raw.toLowerCase();
    const norm = apostrophes === "drop" ? dropApostrophes(lower) : lower;
    if (norm !== "") tokens.push({ raw, norm });
  }
  return tokens;
}

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === APOSTROPHE) start++;
  while (end > start && word[end - 1] === APOSTROPHE) end--;
  return word.slice(start, end);
}

function dropApostrophes(word: string): string {
  const base = word.endsWith(`${APOSTROPHE}s`) ? word.slice(0, -2) : word;
  return base.split(APOSTROPHE).join("");
}
