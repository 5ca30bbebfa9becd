/**
 * Sums as the registry's `pledges` write them ("€7 billion", "US$4.5 billion"):
 * their currency and amount, so they can be ranked and written in any language.
 */
import { escapeRegExp } from "../text/regexp.ts";
import type { Pledge } from "./schema.ts";

export type Currency = "EUR" | "GBP" | "USD" | "CAD" | "NOK" | "ISK" | "SEK";

export interface Sum {
  currency: Currency;
  /** The number as written ("2.5"). */
  number: string;
  unit: "million" | "billion";
  /** The amount in millions, for ranking sums of one currency. */
  millions: number;
}

const MARKS: Readonly<Record<string, Currency>> = { "€": "EUR", "£": "GBP", US$: "USD", C$: "CAD", "NOK ": "NOK", "ISK ": "ISK", "SEK ": "SEK" };
/** A sum as the corpus writes it: a currency mark, an amount, and million or billion. */
const SUM_SOURCE = `(${Object.keys(MARKS).map(escapeRegExp).join("|")})(\\d+(?:\\.\\d+)?) (million|billion)`;
/** One sum and nothing else: what `SumSchema` checks, so every sum that loaded parses. */
export const SUM = new RegExp(`^${SUM_SOURCE}$`);
const SUMS_IN_TEXT = new RegExp(SUM_SOURCE, "g");

export function parseSum(text: string): Sum {
  const match = SUM.exec(text);
  const currency = match?.[1] === undefined ? undefined : MARKS[match[1]];
  const number = match?.[2];
  const unit = match?.[3];
  if (currency === undefined || number === undefined || (unit !== "million" && unit !== "billion")) throw new Error(`not a sum: "${text}"`);
  return { currency, number, unit, millions: Number(number) * (unit === "billion" ? 1000 : 1) };
}

/** Every sum a corpus text writes ("at least €977 million", "SEK 75 billion (about €6.5 billion)"). */
export function sumsWrittenIn(text: string): Sum[] {
  return [...text.matchAll(SUMS_IN_TEXT)].map((match) => parseSum(match[0]));
}


/** A pledge's amount in euros, as its commitment gives it or converts it; undefined when the sources give no euro figure. */
export function eurosOf(pledge: Pledge): Sum | undefined {
  const sum = parseSum(pledge.sum);
  if (sum.currency === "EUR") return sum;
  return pledge.inEuros === undefined ? undefined : parseSum(pledge.inEuros);
}
