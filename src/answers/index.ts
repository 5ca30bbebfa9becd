/**
 * The question modules, in the order they are tried: the first whose `match`
 * takes the reading answers it. What the corpus cannot know and false
 * premises come first, so no module answers a neighbouring question; the
 * search over facts and quotes comes last.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import { fill } from "../compose/format.ts";
import type { ConversationState } from "../conversation.ts";
import { understand } from "../reading/read.ts";
import { isUnreadable } from "../reading/unreadable.ts";
import { withProperties } from "../with-properties.ts";
import { askWhich, carryOver, nextState } from "./follow-up.ts";
import { amongModule } from "./among.ts";
import { compareModule } from "./compare.ts";
import { countClaimModule, countListModule, eventModule, firstLatestModule, nonPartnerModule, occasionModule, placeListModule } from "./collections.ts";
import { answerBesideGap, gapModule } from "./gap.ts";
import { busiestModule } from "./busiest.ts";
import { groupModule } from "./group.ts";
import { intervalModule, pauseModule } from "./interval.ts";
import { rejected, subjectOf, type Asked, type Reading, type RunnableModule } from "./module.ts";
import { officesModule } from "./offices.ts";
import { orderModule } from "./order.ts";
import { partnerModule } from "./partner.ts";
import { pledgesModule } from "./pledges.ts";
import { premiseModule } from "./premise.ts";
import { answerFromTextWords, provisionsModule } from "./provisions.ts";
import { quoteModule } from "./quote.ts";
import { answerSearch, searchModule } from "./search.ts";
import { orderClaimModule, sequenceModule } from "./sequence.ts";

export const MODULES: readonly RunnableModule[] = [
  gapModule,
  premiseModule,
  countClaimModule,
  pledgesModule,
  amongModule,
  intervalModule,
  pauseModule,
  busiestModule,
  officesModule,
  provisionsModule,
  orderClaimModule,
  sequenceModule,
  placeListModule,
  quoteModule,
  compareModule,
  partnerModule,
  groupModule,
  orderModule,
  nonPartnerModule,
  occasionModule,
  searchModule,
  firstLatestModule,
  eventModule,
  countListModule,
];

/** The first module's answer, passing over a yielding module's "I don't know" when a later one answers. */
function runModules(reading: Reading, asked: Asked): Answer | undefined {
  let fallback: Answer | undefined;
  for (const module of MODULES) {
    const answer = module.run(reading, asked);
    if (answer === undefined) continue;
    if (!(answer.status === "no_answer" && module.yields(reading))) return answer.status === "no_answer" && fallback !== undefined ? fallback : answer;
    fallback ??= answer;
  }
  return fallback;
}

export function answerQuestion(asked: Asked, text: string, conversation?: ConversationState): Answer {
  const reading = carryOver(understand(asked.context.language, text), conversation, asked);
  if (reading === "which") return askWhich(asked);
  if (isUnreadable(asked.context.language, reading)) {
    const { pack } = asked.context.language;
    return rejected(asked.context, asked.question, fill(pack.texts.rejectedUnreadable, { example: pack.examples[0] ?? "" }));
  }
  const modules = runModules(reading, asked) ?? answerSearch(asked, reading, newDraft(asked.context));
  // "when was it adopted and how many troops will the force have?": the part the sources can answer, after saying which they cannot.
  const found = (modules.status === "no_answer" && reading.gaps.length > 0 ? answerBesideGap(asked, text, reading, (part) => answerQuestion(asked, part, conversation)) : undefined) ?? modules;
  // Nothing answered a question about one partner's agreement: its text may, by the question's words.
  const answer = found.status === "no_answer" && found.unanswered.length === 0 ? (answerFromTextWords(asked, reading) ?? found) : found;
  // Only a search's answer is about the words searched for; a count or a list is about the agreements it names.
  const state = nextState(reading, conversation, subjectOf(answer), answer.status === "answered" && answer.intent === "search");
  return state === undefined ? answer : withProperties(answer, { conversation: state });
}
