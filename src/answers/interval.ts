/**
 * "How many days between the UK deal and the Albanian one?", «скільки днів
 * між угодами з Японією та ЄС»: the days between two signing dates, each
 * date cited, computed from the registry rather than found in a text.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, plural } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { datedList, superlativeAgreements } from "../registry/collection-answers.ts";
import { daysBetween, inPeriod, isDay } from "../reading/dates.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";
import { partnersOf } from "./partner.ts";

export const intervalModule = questionModule<{ first: Agreement; second: Agreement }>({
  id: "interval",
  match(reading, asked) {
    const named = partnersOf(reading).map((mention) => mention.agreement);
    // "how many days after the very first agreement did Albania sign?": the first (or latest) agreement is the other one.
    const [picked] = named.length === 1 && (reading.superlative === "first" || reading.superlative === "latest") ? superlativeAgreements(asked.context, reading.superlative) : [];
    // "between the very first agreement and the most recent one": the first and the latest on record.
    const ends = named.length === 0 && reading.bothEnds ? [superlativeAgreements(asked.context, "first")[0], superlativeAgreements(asked.context, "latest").at(-1)].filter((agreement) => agreement !== undefined) : undefined;
    const agreements = ends ?? (picked === undefined || named.includes(picked) ? named : [...named, picked]);
    const [one, other] = agreements;
    // Only between two signings known to the day: a month alone ("2024-06") gives no count of days.
    if (!reading.interval || agreements.length !== 2 || one === undefined || other === undefined || !isDay(one.signed) || !isDay(other.signed)) return undefined;
    return one.signed <= other.signed ? { first: one, second: other } : { first: other, second: one };
  },
  answer({ first, second }, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.interval;
    const draft = newDraft(context);
    const names = { first: context.language.partnerInSentence(first), second: context.language.partnerInSentence(second) };
    if (first.signed === second.signed) {
      draft.line(fill(t.sameDay, { ...names, date: draft.date(first.signed), cite: draft.cite([...first.sources, ...second.sources], 2) }));
    } else {
      const days = daysBetween(first.signed, second.signed);
      draft.line(
        fill(t.line, {
          ...names,
          firstDate: draft.date(first.signed),
          firstCite: draft.cite(first.sources, 1),
          secondDate: draft.date(second.signed),
          secondCite: draft.cite(second.sources, 1),
          days: plural(pack, pack.plurals.days, days),
        }),
      );
    }
    return finish(asked, draft, { intent: "when", confidence: REGISTRY_CONFIDENCE, about: [first, second] });
  },
});

/**
 * "What was the longest gap between two signings?", «найдовша перерва між підписаннями»: the longest (or shortest)
 * time from one signing day to the next, in the period asked or over the whole registry, with the signings either side.
 */
export const pauseModule = questionModule<"longest" | "shortest">({
  id: "pause",
  match: (reading) => (reading.partners.length === 0 ? reading.pause : undefined),
  answer(which, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const { period } = reading;
    const signingDays = [...new Set(context.registry.byDate.filter((agreement) => isDay(agreement.signed) && (period === undefined || inPeriod(agreement.signed, period))).map((agreement) => agreement.signed))];
    const pauses = signingDays.slice(1).map((day, index) => ({ from: signingDays[index] as string, to: day, days: daysBetween(signingDays[index] as string, day) }));
    const [chosen] = pauses.sort((a, b) => (which === "longest" ? b.days - a.days : a.days - b.days) || a.from.localeCompare(b.from));
    if (chosen === undefined) return finish(asked, draft.unknown("period"), { status: "no_answer", intent: "none", confidence: 0 });
    const signedOn = (day: string) => context.registry.byDate.filter((agreement) => agreement.signed === day);
    const days = plural(pack, pack.plurals.days, chosen.days);
    draft.line(fill(pack.answers.pause[which], { days, before: datedList(draft, context, signedOn(chosen.from)), after: datedList(draft, context, signedOn(chosen.to)) }));
    return finish(asked, draft, { intent: "when", confidence: REGISTRY_CONFIDENCE, about: [...signedOn(chosen.from), ...signedOn(chosen.to)] });
  },
});
