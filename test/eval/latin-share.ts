/**
 * How much of a Ukrainian answer is written in Latin letters: the words of
 * `Answer.text` outside quotes, source names, URLs and citation markers that
 * hold a lower-case Latin letter. Acronyms and designations in capitals and
 * digits ("G7", "F-16", "ERA") are how Ukrainian writes them too and are not
 * counted. The quotes of `Answer.quotes` are not in `text`; quoted wording
 * inside it («…», "…", “…”) stays in its own language and is left out.
 */
import type { Answer, Dataset } from "../../src/index.ts";

export interface LatinShare {
  /** Words counted (outside what is left out). */
  words: number;
  /** Of those, words with a lower-case Latin letter. */
  latin: number;
  /** The Latin words, as written. */
  found: string[];
}

/** Issue 17's target: under this share of each Ukrainian answer's words. */
export const LATIN_SHARE_TARGET = 0.05;

const QUOTED = /«[^«»]*»|“[^“”]*”|"[^"]*"|„[^“”]*[“”]/g;
const URL = /https?:\/\/\S+/g;
const MARKER = /\[\d+\]/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}ʼ'’.-]*/gu;
const LOWER_LATIN = /(?=\p{Script=Latin})\p{Ll}/u;

/**
 * The names of the corpus's sources (publishers and titles), longest first, so
 * that "The Kyiv Independent called it…" counts the sentence, not the name.
 */
export function sourceNames(dataset: Readonly<Dataset>): string[] {
  const names = dataset.sources.flatMap((source) => [source.publisher, source.title, ...source.publisher.split(/[()]/).map((part) => part.trim())]);
  return [...new Set(names.filter((name) => name.length > 1))].sort((a, b) => b.length - a.length);
}

export function latinShare(answer: Pick<Answer, "text">, names: readonly string[]): LatinShare {
  let text = answer.text.replace(URL, " ").replace(MARKER, " ").replace(QUOTED, " ");
  for (const name of names) text = text.split(name).join(" ");
  const words = text.match(WORD) ?? [];
  const found = words.filter((word) => LOWER_LATIN.test(word));
  return { words: words.length, latin: found.length, found };
}

/** The share in [0, 1]; 0 for an answer without words. */
export function shareOf(count: LatinShare): number {
  return count.words === 0 ? 0 : count.latin / count.words;
}

/**
 * One report line over Ukrainian answers: the Latin share of all their words,
 * how many answers reach the target, and the worst answers.
 */
export function latinReport(answers: readonly Answer[], names: readonly string[], worst = 0): string[] {
  const counted = answers.filter((answer) => answer.lang === "uk" && answer.status !== "rejected").map((answer) => ({ answer, count: latinShare(answer, names) }));
  const words = counted.reduce((sum, entry) => sum + entry.count.words, 0);
  const latin = counted.reduce((sum, entry) => sum + entry.count.latin, 0);
  const over = counted.filter((entry) => shareOf(entry.count) >= LATIN_SHARE_TARGET).sort((a, b) => shareOf(b.count) - shareOf(a.count));
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  return [
    `Latin-script words in Ukrainian answers: ${percent(words === 0 ? 0 : latin / words)} of ${words} words; ${over.length} of ${counted.length} answers at ${percent(LATIN_SHARE_TARGET)} or more`,
    ...over.slice(0, worst).map((entry) => `    ${percent(shareOf(entry.count))} ${JSON.stringify(entry.answer.question)}: ${entry.count.found.join(" ")}`),
  ];
}
