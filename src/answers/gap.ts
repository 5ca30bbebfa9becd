/**
 * Questions that ask what the corpus cannot know — deliveries actually made,
 * money actually paid, predictions, opinions. The answer says so plainly
 * instead of offering a neighbouring fact (a pledge is not a delivery);
 * whatever else the question asks about a partner's record is still answered.
 */
import { newDraft } from "../compose/answer-context.ts";
import { writePartnerAspects } from "../registry/partner-answers.ts";
import { aspectsOf, intentOf } from "./aspects.ts";
import { finish, noAnswer, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";
import { partnersOf } from "./partner.ts";

/** A registry field the question also asks, beside what the corpus cannot know ("When did Germany sign, and what has it delivered?"). */
const ANSWERABLE = new Set(["when", "where", "who", "duration", "ordinal"]);

export const gapModule = questionModule({
  id: "gap",
  match: (reading) => (reading.gaps.length > 0 ? reading.gaps : undefined),
  answer(gaps, reading, asked) {
    const { context } = asked;
    const texts = gaps.map((gap) => context.language.pack.gaps[gap]?.text ?? context.language.pack.texts.noAnswer);
    const aspects = aspectsOf(reading).filter((aspect) => ANSWERABLE.has(aspect));
    const partners = partnersOf(reading);
    if (aspects.length === 0 || partners.length === 0) return noAnswer(asked, reading, newDraft(context), 0, texts.join(" "), gaps);
    const draft = newDraft(context);
    for (const mention of partners) writePartnerAspects(draft, context, mention.agreement, aspects);
    for (const text of texts) draft.line(text);
    // Half the question is answered: the confidence says so.
    return finish(asked, draft, { intent: intentOf(aspects), confidence: REGISTRY_CONFIDENCE / 2, unanswered: gaps });
  },
});
