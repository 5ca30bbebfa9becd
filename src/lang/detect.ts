/** Which language a question is written in, judged by the script of its words. */
import type { Lang } from "../answer.ts";
import type { LanguagePack } from "./schema.ts";

const SCRIPT_LETTERS: Record<LanguagePack["script"], RegExp> = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
};
const WORD = /[\p{L}\p{N}]+/gu;
/** A word that starts with a lower-case letter: an ordinary word, not a name or acronym ("USA", "Ukraine Compact"). */
const ORDINARY = /^\p{Ll}/u;

/**
 * The pack whose script writes most of the question's ordinary words, so
 * that names in another script ("Що таке Ukraine Compact?", "USA угода
 * коли") do not decide. Names alone ("Japan", "NATO") say nothing of the
 * asker's language: the caller's hint decides, and without one the letters
 * of all the words. With no letters, or a tie, the hint decides, then the
 * default.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[], hint: Lang | undefined, fallback: Lang): Lang {
  const scripts = [...new Set(packs.map((pack) => pack.script))];
  const words = text.match(WORD) ?? [];
  const ordinary = words.filter((word) => ORDINARY.test(word));
  if (ordinary.length === 0 && packs.some((pack) => pack.lang === hint)) return hint ?? fallback;
  const counts = new Map<string, number>();
  for (const script of scripts) {
    const pattern = SCRIPT_LETTERS[script];
    const count = ordinary.length > 0 ? ordinary.filter((word) => (word.match(pattern)?.length ?? 0) > word.length / 2).length : (text.match(pattern)?.length ?? 0);
    counts.set(script, count);
  }
  const best = Math.max(0, ...counts.values());
  const preferred = (lang: Lang | undefined) => packs.find((pack) => pack.lang === lang && (best === 0 || counts.get(pack.script) === best));
  const winner = preferred(hint) ?? preferred(fallback) ?? packs.find((pack) => counts.get(pack.script) === best) ?? packs[0];
  return winner?.lang ?? fallback;
}
