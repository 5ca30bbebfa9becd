/**
 * The question modules, in the order they are tried: the first whose `match`
 * takes the reading answers it. What the corpus cannot know and false
 * premises come first, so no module answers a neighbouring question; the
 * search over facts and quotes comes last.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import type { ConversationState } from "../conversation.ts";
import { understand } from "../reading/read.ts";
import { withProperties } from "../with-properties.ts";
import { askWhich, carryOver, nextState } from "./follow-up.ts";
import { compareModule } from "./compare.ts";
import { countListModule, eventModule, firstLatestModule, nonPartnerModule, placeListModule } from "./collections.ts";
import { gapModule } from "./gap.ts";
import { groupModule } from "./group.ts";
import { subjectOf, type Asked, type RunnableModule } from "./module.ts";
import { orderModule } from "./order.ts";
import { partnerModule } from "./partner.ts";
import { premiseModule } from "./premise.ts";
import { answerFromTextWords, provisionsModule } from "./provisions.ts";
import { quoteModule } from "./quote.ts";
import { answerSearch, searchModule } from "./search.ts";
import { sequenceModule } from "./sequence.ts";

export const MODULES: readonly RunnableModule[] = [
  gapModule,
  premiseModule,
  provisionsModule,
  sequenceModule,
  placeListModule,
  quoteModule,
  compareModule,
  partnerModule,
  groupModule,
  orderModule,
  nonPartnerModule,
  searchModule,
  firstLatestModule,
  eventModule,
  countListModule,
];

export function answerQuestion(asked: Asked, text: string, conversation?: ConversationState): Answer {
  const reading = carryOver(understand(asked.context.language, text), conversation, asked);
  if (reading === "which") return askWhich(asked);
  const found = MODULES.reduce<Answer | undefined>((found, module) => found ?? module.run(reading, asked), undefined) ?? answerSearch(asked, reading, newDraft(asked.context));
  // Nothing answered a question about one partner's agreement: its text may, by the question's words.
  const answer = found.status === "no_answer" && found.unanswered.length === 0 ? (answerFromTextWords(asked, reading) ?? found) : found;
  const state = nextState(reading, conversation, subjectOf(answer));
  return state === undefined ? answer : withProperties(answer, { conversation: state });
}
