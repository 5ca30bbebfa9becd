/**
 * Questions about the registry as a whole: how many agreements (now, by a
 * date, in a period), which partners (all, in a period, at a place or an
 * event), the first and the latest, when an event took place, and countries
 * with no agreement.
 */
import { newDraft } from "../compose/answer-context.ts";
import { echo, fill, formatDate, joinList, ordinal, plural } from "../compose/format.ts";
import type { Agreement, Event } from "../dataset/schema.ts";
import { eventNameIn, type LanguageContext } from "../lang/context.ts";
import { PairCache } from "../pair-cache.ts";
import { agreementsAt, datedList, periodText, superlativeAgreements, writeNoneIn, writeEventWhen, writeLatestCount, writeList, writePeriodCount, writePlaceList, writeUkraineSide } from "../registry/collection-answers.ts";
import { settledPlace } from "../registry/caveats.ts";
import { trimStop, writePartnerAspects } from "../registry/partner-answers.ts";
import { inPeriod, type Period } from "../reading/dates.ts";
import type { PlaceMention } from "../reading/read.ts";
import { aspectsOf, hasCue, intentOf, topCue } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, finish, noAnswer, questionModule } from "./module.ts";
import { answerSearch, writeNonPartner } from "./search.ts";

/** Most agreements a list hands to the next turn ("who signed them?", "which of them came first?"); a longer list hands none. */
const MAX_FOLLOWED = 6;

export function followedUp(listed: readonly Agreement[]): Agreement[] {
  return listed.length <= MAX_FOLLOWED ? [...listed] : [];
}

/** Cues that, with "signed in <place>" or at an occasion, ask which agreements were signed there. */
const SIGNED_THERE_CUES = new Set(["list", "count", "who", "has-signed", "agreement"]);
/** Fewest words of its own a question must share with an occasion ("world economic forum"): one ("summit") fits many. */
const OCCASION_WORDS = 2;
/** Cues that, with a country that has no agreement, ask whether it has one. */
const NON_PARTNER_CUES = new Set(["has-signed", "when", "where", "who", "duration", "commitments", "ordinal", "agreement"]);

/** "Which agreements were signed in Brussels?" (even when the place also names a partner, as Washington does). */
export const placeListModule = questionModule<{ place: PlaceMention; event: Event | undefined; count: boolean }>({
  id: "place-list",
  match(reading) {
    const { place } = reading;
    const top = topCue(reading);
    if (place === undefined || place.claim || !reading.onTopic || !reading.partners.every((mention) => mention.agreement.id === place.partner) || (top !== undefined && !SIGNED_THERE_CUES.has(top))) return undefined;
    // "before the NATO summit in Washington" bounds a period; it does not ask what was signed in Washington.
    // "What did President Pirc Musar sign in Kyiv?" asks about someone, not every signing there.
    if (reading.people.length > 0 || reading.period?.event !== undefined || reading.content.length > 0) return undefined;
    // An event held there says where itself: "at the G7 summit in Italy" asks about the summit, not every signing in Italy.
    const [event] = reading.events;
    // "which Nordic countries signed outside Stockholm?": the group's signings there (or not there) only.
    const [group] = reading.groups;
    const within = group === undefined || reading.groups.length > 1 ? place : { ...place, agreements: place.agreements.filter((agreement) => group.members.includes(agreement.id)) };
    return { place: within, event: event !== undefined && event.place.toLowerCase().includes(place.name.toLowerCase()) ? event : undefined, count: top === "count" };
  },
  answer(plan, reading, asked) {
    const draft = newDraft(asked.context);
    const listed = plan.event !== undefined ? writeList(draft, asked.context, reading.period, plan.event, plan.count, reading.setAside) : writePlaceList(draft, asked.context, plan.place, plan.count, reading.period, hasCue(reading, "who"));
    // "in Ukraine and how many abroad": both lists, and the next turn is about neither.
    if (plan.event === undefined && reading.andOutside !== undefined) {
      writePlaceList(draft, asked.context, reading.andOutside, plan.count, reading.period);
      return finish(asked, draft, { intent: plan.count ? "count" : "list", confidence: COLLECTION_CONFIDENCE });
    }
    return finish(asked, draft, { intent: plan.count ? "count" : "list", confidence: COLLECTION_CONFIDENCE, about: followedUp(listed) });
  },
});

const occasionTerms = new PairCache<LanguageContext, Agreement, ReadonlySet<string>>();

/**
 * "What got signed at the World Economic Forum?", "anything signed at the Three Seas summit?": occasions with no
 * event of their own in the data (their dates are not in the research), found in the words the sources describe
 * each signing's occasion with — every word of the question's own, and at least two of them.
 */
export const occasionModule = questionModule<{ agreements: Agreement[]; count: boolean }>({
  id: "occasion",
  match(reading, asked) {
    const named = reading.partners.length + reading.groups.length + reading.events.length + reading.places.length + reading.people.length + reading.countries.length;
    const top = topCue(reading);
    if (named > 0 || reading.period !== undefined || reading.content.length < OCCASION_WORDS || !(top === undefined ? reading.signing : SIGNED_THERE_CUES.has(top))) return undefined;
    const { language } = asked.context;
    const agreements = asked.context.registry.byDate.filter((agreement) => {
      const terms = occasionTerms.get(language, agreement, () => new Set(language.analyser.terms(language.local(agreement).occasion)));
      return reading.content.every((stem) => terms.has(stem));
    });
    return agreements.length > 0 ? { agreements, count: top === "count" } : undefined;
  },
  answer(plan, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.occasion;
    const draft = newDraft(context);
    const items = plan.agreements.map((agreement) =>
      fill(t.item, { partner: context.language.partnerName(agreement), date: formatDate(pack, agreement.signed), occasion: draft.corpus(trimStop(context.language.local(agreement).occasion)), cite: draft.cite(agreement.sources, 1) }),
    );
    const list = joinList(pack, items);
    draft.line(plan.count ? fill(t.count, { count: plural(pack, pack.plurals.agreements, plan.agreements.length), list }) : fill(t.list, { list }));
    return finish(asked, draft, { intent: plan.count ? "count" : "list", confidence: COLLECTION_CONFIDENCE, about: followedUp(plan.agreements) });
  },
});

/** "Has China signed?" — but not "What happens if Russia attacks again?", which only mentions a country. */
export const nonPartnerModule = questionModule<string[]>({
  id: "non-partner",
  match(reading) {
    if (reading.partners.length > 0 || reading.countries.length === 0 || reading.groups.length > 0) return undefined;
    const top = topCue(reading);
    return (top === undefined ? reading.content.length === 0 && reading.unknown === 0 : NON_PARTNER_CUES.has(top)) ? reading.countries : undefined;
  },
  answer(countries, reading, asked) {
    const draft = newDraft(asked.context);
    for (const country of countries) writeNonPartner(draft, asked.context, country);
    // "When did Hungary sign?" (or "and Hungary?" after "when did Germany sign?") asks a date of an agreement not on record:
    // no date is the answer, so it is not answered.
    // "china ukraine security pact details?" asks what is in one: there is nothing to tell, so not answered either;
    // "has Hungary signed?", "china agreement?", «що з болгарією, підписали угоду?» ask whether there is one, which the record answers.
    const own = topCue(reading);
    const top = own ?? reading.carriedAspects[0];
    const asksContent = own === "agreement" && !reading.followUp && !reading.signing;
    if (top !== undefined && top !== "has-signed" && (top !== "agreement" || asksContent)) {
      return finish(asked, draft, { status: "no_answer", intent: "none", confidence: 0, unanswered: countries.map((country) => `agreement:${country}`) });
    }
    return finish(asked, draft, { intent: "has-signed", confidence: COLLECTION_CONFIDENCE });
  },
});

/** "Which was the first agreement?", "the most recent one". */
export const firstLatestModule = questionModule<"first" | "latest">({
  id: "first-latest",
  match(reading) {
    const top = topCue(reading);
    const which = reading.superlative;
    if ((which !== "first" && which !== "latest") || reading.partners.length > 0 || reading.relation !== undefined) return undefined;
    if (top !== undefined && !["when", "where", "who", "duration", "list", "agreement", "has-signed", "ordinal"].includes(top)) return undefined;
    return which;
  },
  answer(which, reading, asked) {
    const { context } = asked;
    const draft = newDraft(context);
    const [group] = reading.groups;
    // "the last one signed in May 2024": the first or last of that period, and none when nothing was signed in it.
    const { period } = reading;
    // "who signed the last one at the NATO summit?": the first or last of those signed at it.
    const [event] = period === undefined && group === undefined ? reading.events : [];
    const atEvent = event === undefined ? [] : agreementsAt(context, event);
    const members = atEvent.length > 0 ? atEvent.map((agreement) => agreement.id) : group?.members;
    const agreements = superlativeAgreements(context, which, members, period);
    if (agreements.length === 0 && period !== undefined) {
      writeNoneIn(draft, context, period);
      return finish(asked, draft, { intent: "list", confidence: COLLECTION_CONFIDENCE });
    }
    if (agreements.length === 0) return noAnswer(asked, reading, draft);
    const top = topCue(reading);
    const asks = aspectsOf(reading).filter((aspect) => aspect !== "ordinal");
    const aspects = asks.length > 0 && top !== "who" ? asks : top === "who" ? (["who"] as const) : (["when"] as const);
    const { pack } = context.language;
    const list = joinList(pack, agreements.map((agreement) => context.language.partnerInSentence(agreement)));
    if (event !== undefined && atEvent.length > 0) draft.line(fill(pack.templates[which === "first" ? "firstAtEvent" : "latestAtEvent"], { list, event: eventNameIn(pack, context.language.localEvent(event)) }));
    else if (period !== undefined && group === undefined) draft.line(fill(pack.templates[which === "first" ? "firstIn" : "latestIn"], { list, period: periodText(draft, period) }));
    else if (group === undefined) draft.line(fill(pack.templates[which], { list }));
    else draft.line(fill(pack.answers.group[which], { list, group: context.language.groupName(group), groupOf: context.language.groupOf(group) }));
    // Several share the first (or last) place only when they signed on one day, which is said, so no order is implied.
    const [tied] = agreements;
    // ("Which G7 member signed last?": Japan and the United States, 16th and 17th in the count, where its places are not disputed.)
    const placed = agreements.every(settledPlace);
    const order = joinList(pack, agreements.map((agreement) => fill(pack.answers.among.orderItem, { partner: context.language.partnerInSentence(agreement), ordinal: ordinal(pack, agreement.ordinal ?? 0) })));
    if (agreements.length > 1 && tied !== undefined) draft.say(fill(placed ? pack.templates.sameDayTieOrdered : pack.templates.sameDayTie, { date: formatDate(pack, tied.signed), order }));
    for (const agreement of agreements) writePartnerAspects(draft, context, agreement, aspects);
    return finish(asked, draft, { intent: intentOf(aspects), confidence: COLLECTION_CONFIDENCE, about: agreements });
  },
});

/** "When was the NATO summit?", "Who signed at the G7 summit?". */
export const eventModule = questionModule<{ event: Event; when: boolean; count: boolean; orSearch: boolean } | "search">({
  id: "event",
  match(reading, asked) {
    const [event] = reading.events;
    if (event === undefined || reading.partners.length > 0 || reading.period?.event === event) return undefined;
    const top = topCue(reading);
    if (top === "when" && !hasCue(reading, "who") && !hasCue(reading, "list")) return { event, when: true, count: false, orSearch: false };
    // "What is the Paris declaration from January 2026 about?", "tell me about the Paris declaration" (where no agreement
    // was signed): what it is, not what was signed at it.
    if (top === "agreement" && !reading.signing && (reading.period !== undefined || agreementsAt(asked.context, event).length === 0)) return "search";
    // ("How many soldiers were at the G7 summit?", «скільки журналістів було на саміті»: a count of something other than
    // agreements, off the subject or of a word the bot does not know.)
    if (top === "count" && !reading.signing && (!reading.onTopic || reading.unknown > 0)) return "search";
    if (top !== undefined && ["count", "list", "who", "has-signed", "agreement", "when"].includes(top)) return { event, when: false, count: top === "count", orSearch: false };
    // "What was signed on the second anniversary?", «що підписали на саміті»: the list, where agreements were signed at it.
    if (top === undefined && reading.signing && reading.unknown === 0) return { event, when: false, count: false, orSearch: true };
    // "What is the Paris Declaration?": the facts about it.
    return "search";
  },
  answer(plan, reading, asked) {
    const draft = newDraft(asked.context);
    if (plan === "search") return answerSearch(asked, reading, draft);
    // "Who signed the 100-year partnership?": where no agreement on record was signed, a fact about the event names who
    // signed what was; without one (and for "what was signed at the London summit?"), the answer says none was, with
    // the event's own date and place.
    if ((plan.orSearch || hasCue(reading, "who")) && !plan.when && agreementsAt(asked.context, plan.event).length === 0) {
      const found = answerSearch(asked, reading, newDraft(asked.context));
      if (found.status === "answered") return found;
    }
    const listed = plan.when ? [] : writeList(draft, asked.context, reading.period, plan.event, plan.count, reading.setAside);
    if (plan.when) writeEventWhen(draft, asked.context, plan.event);
    return finish(asked, draft, { intent: plan.when ? "when" : plan.count ? "count" : "list", confidence: COLLECTION_CONFIDENCE, about: followedUp(listed) });
  },
});

/**
 * "Ukraine has signed 30 security agreements, right?", "did Ukraine sign 25 agreements in 2024?": a number of
 * agreements claimed, answered yes or no by the official count (of the period, if one is asked), then the count.
 */
export const countClaimModule = questionModule<{ stated: number; period: Period | undefined }>({
  id: "countClaim",
  match(reading) {
    if (!reading.yesNo || reading.statedCount === undefined || reading.partners.length > 0 || reading.groups.length > 0 || reading.events.length > 0 || reading.places.length > 0) return undefined;
    return { stated: reading.statedCount, period: reading.period };
  },
  answer(plan, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const { period } = plan;
    const official = period === undefined ? context.registry.latestOfficialTally?.count : context.registry.byDate.filter((agreement) => agreement.inOfficialCount && inPeriod(agreement.signed, period)).length;
    if (official !== undefined) draft.line(official === plan.stated ? pack.texts.yes : pack.texts.no);
    if (period === undefined) writeLatestCount(draft, context);
    else writePeriodCount(draft, context, period);
    return finish(asked, draft, { intent: "count", confidence: COLLECTION_CONFIDENCE });
  },
});

/** "How many agreements has Ukraine signed (by March 2024)?", "Which countries signed in June 2024?", "What was signed on 11 July 2024?". */
export const countListModule = questionModule<{ kind: "count" | "list" | "ukraine-side" | "relist"; period: Period | undefined }>({
  id: "count-list",
  match(reading) {
    if (reading.relisted.length > 0) return { kind: "relist", period: undefined };
    if (reading.partners.length > 0 || reading.groups.length > 0) return undefined;
    const top = topCue(reading);
    if (top === "who" && reading.ukraineSide) return { kind: "ukraine-side", period: reading.period };
    if (top === "count") return { kind: "count", period: reading.period };
    if (top === "list" || top === "who" || top === "has-signed" || top === "agreement" || (top === "when" && reading.period !== undefined)) return { kind: "list", period: reading.period };
    if (top === undefined && reading.period !== undefined) return { kind: "list", period: reading.period };
    // "What got signed on 13/06/2024 and at which summit?": a day's list names the event its signings shared.
    if (top === "where" && reading.period !== undefined && reading.period.start === reading.period.end && reading.period.mode === "within") return { kind: "list", period: reading.period };
    // "Ukraine security agreements", "agreements": only topic words, so the overview of them all.
    if (top === undefined && reading.onTopic && reading.unknown === 0) return { kind: "list", period: undefined };
    return undefined;
  },
  answer(plan, reading, asked) {
    const draft = newDraft(asked.context);
    // "How many by the end of June?" with no year asked before: which June is not for the engine to guess.
    if (plan.period?.anyYear === true && plan.period.mode !== "within") {
      // The question itself with the year of the first signing: "how many agreements by the end of june 2024?".
      const year = asked.context.registry.byDate[0]?.signed.slice(0, 4) ?? "";
      const example = `${echo(asked.question).replace(/[\s?.!]+$/u, "")} ${year}?`;
      return noAnswer(asked, reading, draft, 0, fill(asked.context.language.pack.texts.whichYear, { example }), ["year"]);
    }
    if (plan.kind === "relist") {
      draft.line(fill(asked.context.language.pack.answers.relist, { list: datedList(draft, asked.context, reading.relisted) }));
      return finish(asked, draft, { intent: "list", confidence: COLLECTION_CONFIDENCE, about: reading.relisted });
    }
    if (plan.kind === "ukraine-side") {
      writeUkraineSide(draft, asked.context, plan.period);
      return finish(asked, draft, { intent: "who", confidence: COLLECTION_CONFIDENCE });
    }
    if (plan.kind === "count") {
      if (plan.period === undefined) {
        writeLatestCount(draft, asked.context);
        return finish(asked, draft, { intent: plan.kind, confidence: COLLECTION_CONFIDENCE });
      }
      const counted = writePeriodCount(draft, asked.context, plan.period);
      return finish(asked, draft, { intent: plan.kind, confidence: COLLECTION_CONFIDENCE, about: followedUp(counted) });
    }
    const listed = writeList(draft, asked.context, plan.period, undefined, false, reading.setAside);
    return finish(asked, draft, { intent: plan.kind, confidence: COLLECTION_CONFIDENCE, about: followedUp(listed) });
  },
});
