/**
 * Which of an agreement's conflict notes an answer repeats: the notes on what
 * was asked (by the language pack's `conflictWords`), all of them on a card.
 */
import type { AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { PartnerAspect } from "../answers/aspects.ts";

export interface CaveatOptions {
  official?: boolean;
  newLine?: boolean;
}

export function writeCaveats(draft: Draft, context: AnswerContext, agreement: Agreement, aspects: readonly PartnerAspect[] | "all", options: CaveatOptions = {}): void {
  const conflicts = aspects === "all" ? agreement.conflicts : agreement.conflicts.filter((conflict) => aspects.some((aspect) => context.language.conflictAspects(conflict).has(aspect)));
  draft.caveats(agreement, {
    conflicts,
    hidden: agreement.conflicts.length - conflicts.length,
    partner: context.language.partnerInSentence(agreement),
    official: options.official ?? true,
    newLine: options.newLine ?? false,
  });
}
