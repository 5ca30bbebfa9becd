/**
 * Questions that take for granted an event the registry would record — "Why
 * did Poland withdraw from its agreement?". A fact about it answers when the
 * corpus has one (the US agreement's status in 2025); otherwise the answer
 * says the sources record no such thing, and what they do record.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill } from "../compose/format.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";
import { partnersOf } from "./partner.ts";
import { specificFact } from "./search.ts";

export const premiseModule = questionModule({
  id: "premise",
  match(reading) {
    const [premise] = reading.premises;
    const [partner] = partnersOf(reading);
    return premise === undefined || partner === undefined ? undefined : { premise, agreement: partner.agreement };
  },
  answer(plan, reading, asked) {
    const fact = specificFact(asked, { ...reading, content: [...new Set([...reading.content, ...premiseStems(asked, plan.premise)])] }, ["has-signed"], true);
    if (fact !== undefined) return fact;
    const { context } = asked;
    const draft = newDraft(context);
    const template = context.language.pack.premises[plan.premise]?.text ?? context.language.pack.texts.noAnswer;
    draft.line(fill(template, { partner: context.language.partnerInSentence(plan.agreement), date: draft.date(plan.agreement.signed), cite: draft.cite(plan.agreement.sources) }));
    return finish(asked, draft, { intent: "has-signed", confidence: REGISTRY_CONFIDENCE, suggestions: asked.partnerSuggestions(context.language.partnerInSentence(plan.agreement), ["has-signed"]) });
  },
});

function premiseStems(asked: Parameters<typeof finish>[0], premise: string): string[] {
  const { analyser, pack } = asked.context.language;
  return (pack.premises[premise]?.words ?? []).flatMap((word) => analyser.terms(word));
}
