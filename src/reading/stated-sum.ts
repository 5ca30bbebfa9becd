/**
 * A sum a question states ("belgium commits 2 billion euros", "€3bn",
 * «2 млрд євро»), read with the pack's words for million, billion and the
 * currencies, so a claim about an agreement's money can be checked.
 */
import type { Currency } from "../dataset/sums.ts";
import type { LanguagePack } from "../lang/schema.ts";
import { escapeRegExp } from "../text/regexp.ts";

export interface StatedSum {
  /** The amount in millions. */
  millions: number;
  /** The currencies its mark or word may mean ("$": US or Canadian dollars); empty when it gives none. */
  currencies: Currency[];
  /** The sum as typed, to repeat in a correction. */
  typed: string;
}

export interface SumReader {
  read(question: string): StatedSum | undefined;
}

/** One expression for a pack's sums: an optional currency, a number, million or billion, an optional currency after. */
export function sumReader(pack: LanguagePack): SumReader {
  const { units, currencies } = pack.sums.read;
  const unitOf = new Map<string, "million" | "billion">();
  for (const word of units.million) unitOf.set(word.toLowerCase(), "million");
  for (const word of units.billion) unitOf.set(word.toLowerCase(), "billion");
  const currencyOf = new Map<string, Currency[]>();
  for (const [code, words] of Object.entries(currencies) as [Currency, string[]][]) {
    for (const word of words) currencyOf.set(word.toLowerCase(), [...(currencyOf.get(word.toLowerCase()) ?? []), code]);
  }
  const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  if (unitOf.size === 0) return { read: () => undefined };
  const currency = alternatives(currencyOf.keys());
  const pattern = new RegExp(`(?:(${currency})\\s?)?(\\d+(?:[.,]\\d+)?)\\s?(${alternatives(unitOf.keys())})(?![\\p{L}\\p{N}])(?:\\s?(${currency})(?![\\p{L}]))?`, "iu");
  return {
    read(question) {
      const match = pattern.exec(question);
      const unit = match?.[3] === undefined ? undefined : unitOf.get(match[3].toLowerCase());
      if (match === null || unit === undefined || match[2] === undefined) return undefined;
      const mark = match[1] ?? match[4];
      const value = Number(match[2].replace(",", "."));
      return { millions: value * (unit === "billion" ? 1000 : 1), currencies: mark === undefined ? [] : (currencyOf.get(mark.toLowerCase()) ?? []), typed: match[0].trim() };
    },
  };
}
