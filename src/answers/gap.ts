/**
 * Questions that ask what the corpus cannot know — deliveries actually made,
 * money actually paid, predictions, opinions. The answer says so plainly
 * first, instead of offering a neighbouring fact as if it answered (a pledge
 * is not a delivery); then, labelled as such, what the sources do record on
 * the same subject for the partner asked about, and whatever else the
 * question asks of the partner's record.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import { withLeadLine, type Draft } from "../compose/draft.ts";
import { fill } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { LanguageContext } from "../lang/context.ts";
import { understand } from "../reading/read.ts";
import { escapeRegExp } from "../text/regexp.ts";
import { trimStop, writePartnerAspects } from "../registry/partner-answers.ts";
import { aspectsOf, intentOf } from "./aspects.ts";
import { finish, noAnswer, questionModule, REGISTRY_CONFIDENCE, type Asked, type Reading } from "./module.ts";
import { partnersOf } from "./partner.ts";

/** A registry field the question also asks, beside what the corpus cannot know ("When did Germany sign, and what has it delivered?"). */
const ANSWERABLE = new Set(["when", "where", "who", "duration", "ordinal"]);
/** Most recorded pledges shown after a gap. */
const PLEDGES_SHOWN = 2;

export const gapModule = questionModule({
  id: "gap",
  match: (reading) => (reading.gaps.length > 0 ? reading.gaps : undefined),
  answer(gaps, reading, asked) {
    const { context } = asked;
    const texts = gaps.map((gap) => context.language.pack.gaps[gap]?.text ?? context.language.pack.texts.noAnswer);
    // Only what this question asks besides: "and how many MiGs has Poland actually delivered?" after "who signed?" asks no signatories.
    const aspects = aspectsOf({ ...reading, carriedAspects: [] }).filter((aspect) => ANSWERABLE.has(aspect));
    const partners = partnersOf(reading);
    const draft = newDraft(context);
    for (const text of texts) draft.line(text);
    const [only] = partners;
    // "Will Trump honour the US agreement?" beside another part: a pledge is no answer to a prediction; to "what has it
    // delivered?" it is what is known instead, and to "will Romania hand over a Patriot?" alone. A private view is never
    // answered by a pledge ("what did Tusk privately tell his cabinet about it").
    const instead = gaps.some((gap) => context.language.pack.gaps[gap]?.pledges === true) || (aspects.length === 0 && !gaps.some((gap) => context.language.pack.gaps[gap]?.noPledges === true));
    const pledged = only === undefined || partners.length > 1 || !instead ? false : writePledges(draft, asked, reading, only.agreement);
    for (const mention of partners) if (aspects.length > 0) writePartnerAspects(draft, context, mention.agreement, aspects);
    // "when was it adopted, and how many troops will there be?" with no partner: no field of a partner's record was written.
    if (!pledged && (aspects.length === 0 || partners.length === 0)) return noAnswer(asked, reading, newDraft(context), 0, texts.join(" "), gaps);
    // Part of the question is answered: the confidence says so.
    return finish(asked, draft, { intent: aspects.length > 0 ? intentOf(aspects) : "commitments", confidence: REGISTRY_CONFIDENCE / 2, unanswered: gaps });
  },
});

/** The partner's recorded pledges on what the question is about ("F-16s", "the 7 billion"), introduced as what the sources record instead. */
function writePledges(draft: Draft, asked: Asked, reading: Reading, agreement: Agreement): boolean {
  const { context } = asked;
  const local = context.language.local(agreement);
  const asking = new Set(reading.search.filter((word) => word.group === undefined && !word.expansion).map((word) => word.term));
  const about = (text: string) => context.language.analyser.terms(text).filter((term) => asking.has(term)).length;
  // Match on the English record (the question's words are read against the corpus), show the record in the answer's language.
  const pledges = agreement.commitments
    .map((commitment, index) => ({ score: about(commitment), shown: local.commitments[index] ?? commitment }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, PLEDGES_SHOWN);
  if (pledges.length === 0) return false;
  draft.line(fill(context.language.pack.texts.gapKnown, { partner: context.language.partnerInSentence(agreement) }));
  for (const pledge of pledges) draft.line(`${trimStop(pledge.shown)}${draft.cite(agreement.sources)}.`);
  return true;
}

/**
 * A question in parts, one of which asks what the sources cannot know, when the gap module found nothing
 * else to say: the other parts answered on their own after the sentence that says which part is not known
 * ("when was the Paris declaration adopted and how many troops will the force have?" gets the prediction
 * refused, then the date). Undefined when no part is left or what is left finds no answer.
 */
export function answerBesideGap(asked: Asked, text: string, reading: Reading, answerPart: (part: string) => Answer): Answer | undefined {
  const language = asked.context.language;
  const parts = clausesOf(language, text);
  const known = parts.filter((part) => understand(language, part).gaps.length === 0);
  if (known.length === 0 || known.length === parts.length) return undefined;
  const rest = answerPart(known.join(", "));
  if (rest.status !== "answered") return undefined;
  const texts = reading.gaps.map((gap) => language.pack.gaps[gap]?.text ?? language.pack.texts.noAnswer);
  const answer = withLeadLine(rest, texts.join(" "));
  return { ...answer, question: asked.question, confidence: Math.min(rest.confidence, REGISTRY_CONFIDENCE / 2), unanswered: [...new Set([...rest.unanswered, ...reading.gaps])] };
}

/** The parts of a question between the pack's clause words and commas, semicolons or question marks, each with words. */
function clausesOf(language: LanguageContext, text: string): string[] {
  const words = language.pack.clauseWords.map(escapeRegExp).join("|");
  const joins = new RegExp(`[,;?!]|(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, "giu");
  return text
    .split(words === "" ? /[,;?!]/u : joins)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
