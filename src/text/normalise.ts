/**
 * Text normalisation shared by indexing and questions, so both sides meet:
 * Latin diacritics dropped (Cyrillic letters such as й and ї are kept whole),
 * lower case, Latin look-alikes inside a Cyrillic word made Cyrillic, and
 * every apostrophe written as U+02BC so Ukrainian words are not split at it.
 */

/** Apostrophe look-alikes people type: ASCII ', ’ ‘ ` ´ ′ and the modifier letters ʼ ʹ. */
const APOSTROPHES = /['\u2019\u2018`\u00B4\u2032\u02BC\u02B9]/g;
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/** A word: letters, digits and inner apostrophes. */
const WORD = /[\p{L}\p{N}\u02BC]+/gu;

const APOSTROPHE = "\u02BC";
const NON_ASCII = /[^\x00-\x7F]/;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * Latin letters that look like Cyrillic ones, as a Latin keyboard layout
 * slips them into a Cyrillic word ("Нiмеччина" with a Latin i). Mapped only
 * inside words that also hold Cyrillic letters, so "USA" stays Latin.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", i: "і", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в",
  A: "А", C: "С", E: "Е", I: "І", O: "О", P: "Р", X: "Х", Y: "У", K: "К", M: "М", T: "Т", H: "Н", B: "В",
};

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
  // Plain ASCII has no marks to drop and nothing to compose: skip both normalisations.
  const folded = NON_ASCII.test(text) ? text.normalize("NFD").replace(LATIN_WITH_MARKS, "$1").normalize("NFC") : text;
  const raws = folded.replace(APOSTROPHES, APOSTROPHE).match(WORD) ?? [];
  const tokens: Token[] = [];
  for (const match of raws) {
    const raw = cyrillicLookalikes(trimApostrophes(match));
    if (raw === "") continue;
    const norm = withApostrophes(raw.toLowerCase(), apostrophes);
    if (norm !== "") tokens.push({ raw, norm });
  }
  return tokens;
}

/** A lower-case word with its inner apostrophes kept or dropped ("japanʼs" → "japan"). */
export function withApostrophes(word: string, apostrophes: "drop" | "keep"): string {
  return apostrophes === "drop" ? dropApostrophes(word) : word;
}

/** The script of a word's first letter, or undefined for digits only. */
export function scriptOf(word: string): "Latin" | "Cyrillic" | undefined {
  for (const char of word) {
    if (CYRILLIC.test(char)) return "Cyrillic";
    if (LATIN.test(char)) return "Latin";
  }
  return undefined;
}

function cyrillicLookalikes(word: string): string {
  // An ASCII word holds no Cyrillic letter.
  if (!NON_ASCII.test(word) || !CYRILLIC.test(word) || !LATIN.test(word)) return word;
  return Array.from(word, (char) => LATIN_LOOKALIKES[char] ?? char).join("");
}

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === APOSTROPHE) start++;
  while (end > start && word[end - 1] === APOSTROPHE) end--;
  return word.slice(start, end);
}

function dropApostrophes(word: string): string {
  if (!word.includes(APOSTROPHE)) return word;
  const base = word.endsWith(`${APOSTROPHE}s`) ? word.slice(0, -2) : word;
  return base.split(APOSTROPHE).join("");
}
