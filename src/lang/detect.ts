/** Which language a question is written in, judged by the script of its letters. */
import type { Lang } from "../answer.ts";
import type { LanguagePack } from "./schema.ts";

const SCRIPT_LETTERS: Record<LanguagePack["script"], RegExp> = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
};

/**
 * The pack whose script has the most letters in the text. With no letters,
 * or a tie, the caller's hint decides, then the default.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[], hint: Lang | undefined, fallback: Lang): Lang {
  const counts = new Map<string, number>();
  for (const script of new Set(packs.map((pack) => pack.script))) counts.set(script, text.match(SCRIPT_LETTERS[script])?.length ?? 0);
  const best = Math.max(0, ...counts.values());
  const preferred = (lang: Lang | undefined) => packs.find((pack) => pack.lang === lang && (best === 0 || counts.get(pack.script) === best));
  const winner = preferred(hint) ?? preferred(fallback) ?? packs.find((pack) => counts.get(pack.script) === best) ?? packs[0];
  return winner?.lang ?? fallback;
}
