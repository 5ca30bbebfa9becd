/**
 * Questions about the order of signing: "Which one came right after
 * Finland's?", "What was signed just before Japan's?", "Which is the 10th
 * agreement?".
 */
import { newDraft } from "../compose/answer-context.ts";
import { datedList, oneCiteEach } from "../registry/collection-answers.ts";
import { fill, joinList, ordinal, plural } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { daysBetween, isDay } from "../reading/dates.ts";
import { settledPlace, writeCaveats } from "../registry/caveats.ts";
import { withProperties } from "../with-properties.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";

type SequencePlan = { kind: "after" | "before"; agreement: Agreement } | { kind: "position"; position: number };

export const sequenceModule = questionModule<SequencePlan>({
  id: "sequence",
  match(reading) {
    if (reading.relation !== undefined && reading.partners.length === 1) return reading.relation;
    // "how many days between the UK agreement and the next one?": the neighbour of the one named, with the days to it.
    const [named, ...more] = reading.partners;
    if (reading.interval && reading.openRelation !== undefined && named !== undefined && more.length === 0) return { kind: reading.openRelation, agreement: named.agreement };
    // "Which was 16th?", "the 10th agreement": a position in the count, when nothing else is named.
    if (reading.position !== undefined && reading.partners.length === 0 && reading.groups.length === 0 && reading.countries.length === 0 && reading.content.every((word) => /^\d+$/.test(word))) return { kind: "position", position: reading.position };
    return undefined;
  },
  answer(plan, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.sequence;
    const draft = newDraft(context);
    const byDate = context.registry.byDate;
    if (plan.kind === "position") {
      const found = byDate.find((agreement) => agreement.ordinal === plan.position);
      const counted = byDate.filter((agreement) => agreement.inOfficialCount);
      const tally = context.registry.latestOfficialTally;
      if (found === undefined && plan.position > counted.length && tally !== undefined) {
        // "the 29th agreement": beyond the count, which says how many there are.
        draft.line(fill(t.ordinalBeyond, { ordinal: ordinal(pack, plan.position), n: plan.position, count: plural(pack, pack.plurals.agreements, tally.count), asOf: draft.date(tally.asOf), cite: draft.cite(tally.sources) }));
        return finish(asked, draft, { intent: "agreement", confidence: REGISTRY_CONFIDENCE });
      }
      const day = found === undefined ? counted[plan.position - 1]?.signed : undefined;
      if (day !== undefined) {
        // "the 20th": three agreements were signed on 27 June 2024 and the sources do not order them.
        const sameDay = counted.filter((agreement) => agreement.signed === day);
        const list = joinList(pack, sameDay.map((agreement) => `${context.language.partnerName(agreement)}${draft.cite(agreement.sources, 1)}`));
        draft.line(fill(t.ordinalShared, { ordinal: ordinal(pack, plan.position), date: draft.date(day), count: sameDay.length, list }));
        return finish(asked, draft, { intent: "agreement", confidence: REGISTRY_CONFIDENCE, about: sameDay });
      }
      if (found === undefined) draft.line(fill(t.ordinalNone, { ordinal: ordinal(pack, plan.position), n: plan.position }));
      else {
        draft.line(fill(t.ordinal, { ordinal: ordinal(pack, plan.position), partner: context.language.partnerInSentence(found), date: draft.date(found.signed), cite: draft.cite(found.sources) }));
        // "the 5th agreement": Italy by the weight of evidence, but the sources dispute Italy's and Canada's places.
        writeCaveats(draft, context, found, ["ordinal"]);
      }
      return finish(asked, draft, { intent: "agreement", confidence: found === undefined ? REGISTRY_CONFIDENCE / 2 : REGISTRY_CONFIDENCE, ...(found === undefined ? {} : { about: [found] }) });
    }
    const { agreement } = plan;
    const values = { partner: context.language.partnerInSentence(agreement), date: draft.date(agreement.signed) };
    // "right after Belgium's": where the sources number same-day signings, the next number is the next agreement.
    const step = plan.kind === "after" ? 1 : -1;
    // (Not where the sources dispute either place: Italy and Canada, the same morning in Kyiv.)
    const numbered = !settledPlace(agreement) ? undefined : byDate.find((candidate) => candidate.signed === agreement.signed && candidate.ordinal === (agreement.ordinal ?? 0) + step && settledPlace(candidate));
    if (numbered !== undefined) {
      const list = datedList(draft, context, [numbered], true);
      draft.line(fill(plan.kind === "after" ? t.afterSameDay : t.beforeSameDay, withProperties(values, { list, ordinal: ordinal(context.language.pack, numbered.ordinal ?? 0) })));
      return finish(asked, draft, { intent: "list", confidence: REGISTRY_CONFIDENCE, about: [numbered] });
    }
    // Otherwise the neighbour is the nearest other signing date: agreements signed the same day with no numbers are neither before nor after.
    const dates = context.registry.signingDays;
    const at = dates.indexOf(agreement.signed);
    const neighbourDate = dates[plan.kind === "after" ? at + 1 : at - 1];
    const neighbours = neighbourDate === undefined ? [] : byDate.filter((candidate) => candidate.signed === neighbourDate);
    if (neighbourDate === undefined) {
      draft.line(fill(plan.kind === "after" ? t.lastOne : t.firstOne, withProperties(values, { cite: draft.cite(agreement.sources) })));
    } else {
      const list = datedList(draft, context, neighbours, true);
      draft.line(fill(plan.kind === "after" ? t.after : t.before, withProperties(values, { list })));
      // "how many days until the next one was signed?": the days between, from the two dates just cited.
      if (reading.interval && isDay(agreement.signed) && isDay(neighbourDate)) {
        const days = Math.abs(daysBetween(agreement.signed, neighbourDate));
        draft.say(fill(plan.kind === "after" ? t.daysAfter : t.daysBefore, { days: plural(pack, pack.plurals.days, days) }));
      }
      // "Which came next officially?" after Ireland: Croatia is outside the count, so the count's next (Greece) too.
      if (agreement.inOfficialCount && neighbours.every((neighbour) => !neighbour.inOfficialCount)) {
        const counted = byDate.filter((candidate) => candidate.inOfficialCount && (plan.kind === "after" ? candidate.signed > neighbourDate : candidate.signed < neighbourDate));
        const nearestDate = plan.kind === "after" ? counted[0]?.signed : counted[counted.length - 1]?.signed;
        const nearest = counted.filter((candidate) => candidate.signed === nearestDate);
        if (nearest.length > 0) draft.say(fill(plan.kind === "after" ? t.afterCounted : t.beforeCounted, { list: datedList(draft, context, nearest, true) }));
      }
    }
    return finish(asked, draft, { intent: "list", confidence: REGISTRY_CONFIDENCE, about: neighbours });
  },
});

type OrderClaimPlan = { subject: Agreement; other: Agreement; kind: "after" | "before"; either: boolean };

/**
 * "Did Denmark sign before Latvia?" (yes or no, then both dates), "was Denmark before or after Latvia?" (which, with
 * both dates). Agreements signed the same day are ordered by their places in the official count, when both have one.
 */
export const orderClaimModule = questionModule<OrderClaimPlan>({
  id: "orderClaim",
  match(reading) {
    const { relation } = reading;
    if (relation === undefined || !(reading.yesNo || relation.either === true)) return undefined;
    const others = reading.partners.filter((mention) => mention.agreement !== relation.agreement);
    const [subject] = others;
    if (subject === undefined || others.length > 1) return undefined;
    return { subject: subject.agreement, other: relation.agreement, kind: relation.kind, either: relation.either === true };
  },
  answer(plan, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.orderClaim;
    const draft = newDraft(context);
    const { subject, other } = plan;
    const values = { partner: context.language.partnerInSentence(subject), other: context.language.partnerInSentence(other), date: draft.date(subject.signed) };
    const sameDay = subject.signed === other.signed;
    const ordered = sameDay && settledPlace(subject) && settledPlace(other);
    const order = !sameDay ? (subject.signed < other.signed ? "before" : "after") : ordered ? ((subject.ordinal ?? 0) < (other.ordinal ?? 0) ? "before" : "after") : undefined;
    if (!plan.either && order !== undefined) draft.line(order === plan.kind ? pack.texts.yes : pack.texts.no);
    const cite = oneCiteEach(draft, [subject, other]);
    if (!sameDay && order !== undefined) draft.say(fill(t[order], { ...values, otherDate: draft.date(other.signed), cite }));
    else if (ordered) draft.say(fill(t.sameDayOrdered, { ...values, cite, ordinal: ordinal(pack, subject.ordinal ?? 0), otherOrdinal: ordinal(pack, other.ordinal ?? 0) }));
    else draft.say(fill(t.sameDay, { ...values, cite }));
    return finish(asked, draft, { intent: "when", confidence: REGISTRY_CONFIDENCE, about: [subject, other] });
  },
});
