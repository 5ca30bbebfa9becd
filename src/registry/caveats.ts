/**
 * Which of an agreement's conflict notes an answer repeats: the notes about a
 * field the answer states (each note's `about`), all of them on a card.
 */
import type { AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import type { Agreement, ConflictField } from "../dataset/schema.ts";
import type { PartnerAspect } from "../answers/aspects.ts";

export interface CaveatOptions {
  official?: boolean;
  newLine?: boolean;
}

/** The record fields an answer about each aspect states. */
const FIELDS: Record<PartnerAspect, readonly ConflictField[]> = {
  when: ["signed"],
  where: ["place", "signed"],
  who: ["signatories"],
  duration: ["duration"],
  commitments: ["money", "commitments"],
  money: ["money"],
  status: ["status"],
  title: ["title"],
  ordinal: ["ordinal"],
  "has-signed": ["count"],
  agreement: ["signed", "place", "signatories", "duration", "ordinal", "money", "commitments", "count", "title", "status"],
};

export function writeCaveats(draft: Draft, context: AnswerContext, record: Agreement, aspects: readonly PartnerAspect[] | "all", options: CaveatOptions = {}): void {
  const agreement = context.language.local(record);
  const stated = new Set(aspects === "all" ? FIELDS.agreement : aspects.flatMap((aspect) => FIELDS[aspect]));
  const conflicts = aspects === "all" ? agreement.conflicts : agreement.conflicts.filter((conflict) => conflict.about.some((field) => stated.has(field)));
  draft.caveats(agreement, {
    conflicts: conflicts.map((conflict) => conflict.note),
    official: options.official ?? true,
    newLine: options.newLine ?? false,
  });
}

/** Whether the sources agree on the agreement's place in the official count, and it has one (Italy's and Canada's they dispute). */
export function settledPlace(agreement: Agreement): boolean {
  return agreement.ordinal !== null && !agreement.conflicts.some((conflict) => conflict.about.includes("ordinal"));
}
