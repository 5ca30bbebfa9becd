/**
 * Partner autocomplete: prefixes of names and aliases first, then words
 * inside names, then near misses ("Germny"), best first.
 */
import type { PartnerChoice } from "../engine.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { LanguageContext } from "../lang/context.ts";
import { editDistance } from "../text/spell.ts";

const PREFIX_OF_NAME = 3;
const PREFIX_OF_WORD = 2;
const NEAR_MISS = 1;

export function matchPartners(context: LanguageContext, agreements: readonly Agreement[], query: string, limit: number): PartnerChoice[] {
  const wanted = context.analyser.tokens(query).map((token) => token.norm).join(" ");
  const choices = agreements.map((agreement) => ({ id: agreement.id, name: context.partnerName(agreement) }));
  const byName = (a: PartnerChoice, b: PartnerChoice) => a.name.localeCompare(b.name, context.pack.lang);
  const cap = Math.max(0, Math.min(limit, 25));
  if (wanted === "") return choices.sort(byName).slice(0, cap);
  const scored = agreements.map((agreement, index) => {
    const names = [context.partnerName(agreement), agreement.partner, ...agreement.aliases, ...(context.pack.partners[agreement.id]?.aliases ?? [])].map((name) =>
      context.analyser.tokens(name).map((token) => token.norm).join(" "),
    );
    return { choice: choices[index] ?? { id: agreement.id, name: agreement.partner }, score: Math.max(...names.map((name) => scoreName(name, wanted))) };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || byName(a.choice, b.choice))
    .slice(0, cap)
    .map((entry) => entry.choice);
}

function scoreName(name: string, wanted: string): number {
  if (name.startsWith(wanted)) return PREFIX_OF_NAME;
  if (name.split(" ").some((word) => word.startsWith(wanted))) return PREFIX_OF_WORD;
  if (wanted.length < 3) return 0;
  const allowed = wanted.length >= 6 ? 2 : 1;
  // Compare with the name's start of the same length, so a typo in a half-typed name still matches.
  const head = name.slice(0, wanted.length);
  return editDistance(wanted, head, allowed) <= allowed || editDistance(wanted, name, allowed) <= allowed ? NEAR_MISS : 0;
}
