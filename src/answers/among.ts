/**
 * Questions that pick among the agreements the conversation has been about:
 * "which of them came first?" after Japan and the United States, "and which
 * of those two was 12th?" after Belgium and Portugal. Agreements signed the
 * same day are ordered by their places in Ukraine's official count, when the
 * sources give both; otherwise the answer says the order is not recorded.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, joinList, ordinal } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { writePartnerAspects } from "../registry/partner-answers.ts";
import { aspectsOf, intentOf, type PartnerAspect } from "./aspects.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";

/** Registry fields a question may ask of the agreement it picks ("who signed the earlier one?"). */
const ASKED_OF_ONE: ReadonlySet<PartnerAspect> = new Set(["where", "who", "duration", "commitments", "money"]);

type AmongPlan = { agreements: Agreement[] } & ({ kind: "first" | "latest" } | { kind: "position"; position: number });

export const amongModule = questionModule<AmongPlan>({
  id: "among",
  match(reading) {
    if (!reading.among || reading.partners.length < 2) return undefined;
    const agreements = reading.partners.map((mention) => mention.agreement);
    if (reading.superlative === "first" || reading.superlative === "latest") return { agreements, kind: reading.superlative };
    if (reading.position !== undefined) return { agreements, kind: "position", position: reading.position };
    return undefined;
  },
  answer(plan, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.among;
    const draft = newDraft(context);
    // In signing order, and within a day by the places in the count: every list below keeps this order.
    const inOrder = [...plan.agreements].sort((a, b) => a.signed.localeCompare(b.signed) || (a.ordinal ?? 0) - (b.ordinal ?? 0));
    // As a list shows the names and as a sentence does ("Of Japan and the United States").
    const names = (agreements: readonly Agreement[]) => ({
      all: joinList(pack, agreements.map((agreement) => context.language.partnerName(agreement))),
      allInSentence: joinList(pack, agreements.map((agreement) => context.language.partnerInSentence(agreement))),
    });
    const all = names(inOrder);
    const order = (agreements: readonly Agreement[]) =>
      joinList(pack, agreements.map((agreement) => fill(t.orderItem, { partner: context.language.partnerInSentence(agreement), ordinal: agreement.ordinal === null ? "" : ordinal(pack, agreement.ordinal) })));
    if (plan.kind === "position") {
      const found = plan.agreements.find((agreement) => agreement.ordinal === plan.position);
      const ranked = plan.agreements.filter((agreement) => agreement.ordinal !== null);
      if (found !== undefined) draft.line(fill(t.position, { ...all, partner: context.language.partnerInSentence(found), ordinal: ordinal(pack, plan.position), cite: draft.cite(found.sources) }));
      else draft.line(fill(t.positionNone, { ...all, ordinal: ordinal(pack, plan.position), order: order(ranked) }));
      return finish(asked, draft, { intent: "agreement", confidence: REGISTRY_CONFIDENCE, about: found === undefined ? plan.agreements : [found] });
    }
    const edgeDate = (plan.kind === "first" ? inOrder[0] : inOrder.at(-1))?.signed;
    const onEdge = inOrder.filter((agreement) => agreement.signed === edgeDate);
    const [single] = onEdge;
    if (onEdge.length === 1 && single !== undefined) {
      draft.line(fill(t[plan.kind], { ...all, list: context.language.partnerInSentence(single) }));
      // "Who signed the earlier one?": what is asked of the one picked; otherwise when it was signed.
      const aspects = aspectsOf(reading).filter((aspect) => ASKED_OF_ONE.has(aspect));
      writePartnerAspects(draft, context, single, aspects.length > 0 ? aspects : ["when"]);
      return finish(asked, draft, { intent: aspects.length > 0 ? intentOf(aspects) : "when", confidence: REGISTRY_CONFIDENCE, about: [single] });
    }
    // Signed the same day: the official count's places say which came first, when the sources give them all.
    // Their sources cited in the order the conversation named them.
    const cite = draft.cite(plan.agreements.filter((agreement) => agreement.signed === edgeDate).flatMap((agreement) => agreement.sources), 2);
    const date = draft.date(edgeDate ?? "");
    if (onEdge.some((agreement) => agreement.ordinal === null)) {
      draft.line(fill(t.unordered, { ...names(onEdge), date, cite }));
      return finish(asked, draft, { intent: "when", confidence: REGISTRY_CONFIDENCE, about: onEdge });
    }
    const chosen = plan.kind === "first" ? onEdge[0] : onEdge.at(-1);
    if (chosen !== undefined) draft.line(fill(t[plan.kind], { ...all, list: context.language.partnerInSentence(chosen) }));
    draft.say(fill(t.sameDay, { ...names(onEdge), date, cite, order: order(onEdge) }));
    return finish(asked, draft, { intent: "when", confidence: REGISTRY_CONFIDENCE, about: chosen === undefined ? onEdge : [chosen] });
  },
});
