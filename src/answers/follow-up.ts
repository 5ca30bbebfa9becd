/**
 * Follow-up questions: a question that names nothing ("who signed it?",
 * "how long?", "and the money?") inherits the conversation's subject; one that
 * names a new subject but asks nothing of it ("and France?", «а Франція?»)
 * inherits what was asked; one that stands on its own starts afresh. A
 * pronoun with nothing to point back at is asked about instead of guessed.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import { fill } from "../compose/format.ts";
import type { ConversationState } from "../conversation.ts";
import type { PartnerMention } from "../reading/read.ts";
import { aspectsOf, hasCue } from "./aspects.ts";
import { finish, type Asked, type Reading } from "./module.ts";
import { partnersOf } from "./partner.ts";

/** Most words a follow-up naming only a new subject has ("and what about France?"). */
const SHORT_FOLLOW_UP = 5;

function namesSubject(reading: Reading): boolean {
  return reading.partners.length > 0 || reading.groups.length > 0 || reading.people.length > 0 || reading.countries.length > 0 || reading.events.length > 0;
}

/** The reading with what it inherits from the conversation, or "which" when it points back at nothing. */
export function carryOver(reading: Reading, state: ConversationState | undefined, asked: Asked): Reading | "which" {
  // "Tell me about the agreement with France" asks for the card; "what about France?", «що з Німеччиною?» ask what was asked before.
  const asksCard = hasCue(reading, "agreement") && reading.onTopic && !reading.followUp;
  const asks = aspectsOf(reading).length > 0 || reading.topics.length > 0 || asksCard;
  if (!namesSubject(reading)) {
    const partners = (state?.partners ?? [])
      .map((id) => asked.context.registry.agreements.get(id))
      .filter((agreement) => agreement !== undefined)
      .map((agreement): PartnerMention => ({ agreement, corrected: false }));
    const group = state?.group === undefined ? undefined : asked.context.registry.dataset.groups.find((candidate) => candidate.id === state.group);
    const pointsBack = reading.pronoun || (asks && reading.content.length === 0 && reading.period === undefined) || reading.followUp;
    if (pointsBack && (partners.length > 0 || group !== undefined)) {
      return { ...reading, partners, groups: group === undefined ? [] : [group], topics: reading.topics.length > 0 ? reading.topics : (state?.topics ?? []), carriedAspects: state?.aspects ?? [] };
    }
    // "Who signed it?" as a first question: say what is needed instead of listing everything.
    if (reading.pronoun && !asks) return reading;
    if (reading.pronoun && reading.content.length === 0 && reading.period === undefined) return "which";
    return reading;
  }
  const short = reading.words.filter((word) => !word.stopword).length <= SHORT_FOLLOW_UP;
  if (state !== undefined && !asks && reading.content.length === 0 && (reading.followUp || short) && state.aspects.length + state.topics.length > 0) {
    return { ...reading, carriedAspects: state.aspects, topics: state.topics };
  }
  return reading;
}

/** "Which agreement do you mean?", with an example to copy. */
export function askWhich(asked: Asked): Answer {
  const { pack } = asked.context.language;
  const draft = newDraft(asked.context);
  draft.line(fill(pack.answers.pronoun.which, { example: pack.examples[0] ?? "" }));
  return finish(asked, draft, { status: "no_answer", intent: "none", confidence: 0, suggestions: pack.examples.slice(0, 3), unanswered: ["subject"] });
}

/** What this turn was about, for the next one; the previous subject stays when this turn named none. */
export function nextState(reading: Reading, previous: ConversationState | undefined): ConversationState | undefined {
  const partners = partnersOf(reading).map((mention) => mention.agreement.id);
  const group = reading.groups[0]?.id;
  const aspects = aspectsOf(reading);
  if (partners.length === 0 && group === undefined) {
    if (previous === undefined) return undefined;
    return { ...previous, aspects: aspects.length > 0 ? aspects : previous.aspects, topics: reading.topics.length > 0 ? reading.topics : previous.topics };
  }
  return { partners, aspects, topics: reading.topics, ...(group === undefined ? {} : { group }) };
}
