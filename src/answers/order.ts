/**
 * Questions that filter or rank the registry on a term in years: "Which
 * agreement has the shortest term?", "the longest", "Which agreements last
 * ten years?".
 */
import { newDraft } from "../compose/answer-context.ts";
import { datedList } from "../registry/collection-answers.ts";
import { fill, joinList, plural } from "../compose/format.ts";
import { hasCue, topCue } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

type OrderPlan = { kind: "longest" | "shortest" } | { kind: "years"; years: number };

export const orderModule = questionModule<OrderPlan>({
  id: "order",
  match(reading) {
    if (reading.partners.length > 0) return undefined;
    if (reading.superlative === "longest" || reading.superlative === "shortest") return { kind: reading.superlative };
    const top = topCue(reading);
    if (reading.years !== undefined && hasCue(reading, "duration") && (top === "list" || top === "count" || top === "duration" || hasCue(reading, "list"))) return { kind: "years", years: reading.years };
    return undefined;
  },
  answer(plan, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const fixed = context.registry.byDate.filter((agreement) => agreement.durationYears !== null);
    const open = context.registry.byDate.filter((agreement) => agreement.durationYears === null);
    if (plan.kind === "years") {
      const matching = fixed.filter((agreement) => agreement.durationYears === plan.years);
      const years = plural(pack, pack.plurals.years, plan.years);
      draft.line(matching.length === 0 ? fill(pack.answers.durationFilter.none, { years }) : fill(pack.answers.durationFilter.list, { years, list: datedList(draft, context, matching) }));
    } else {
      const terms = fixed.map((agreement) => agreement.durationYears ?? 0);
      const edge = plan.kind === "longest" ? Math.max(...terms) : Math.min(...terms);
      const matching = fixed.filter((agreement) => agreement.durationYears === edge);
      draft.line(fill(pack.answers.superlative[plan.kind], { years: plural(pack, pack.plurals.years, edge), list: datedList(draft, context, matching) }));
    }
    // Agreements with no fixed term are neither the longest nor the shortest: say which they are.
    if (open.length > 0) draft.say(fill(pack.answers.superlative.openEnded, { list: joinList(pack, open.map((agreement) => context.language.partnerInSentence(agreement))) }));
    return finish(asked, draft, { intent: "duration", confidence: COLLECTION_CONFIDENCE });
  },
});
