/**
 * Answers about the registry as a whole: how many agreements (now, by a date,
 * in a period), which partners (all, in a period, at an event), the first and
 * the latest, and when an event took place.
 */
import type { AnswerContext } from "../compose/answer-context.ts";
import { bestSources } from "../compose/citations.ts";
import type { Draft } from "../compose/draft.ts";
import { fill, formatDate, formatDateRange, formatPeriod, joinList, plural } from "../compose/format.ts";
import { endOfPeriod } from "../dataset/dates.ts";
import type { Agreement, Event } from "../dataset/schema.ts";
import { eventNameIn } from "../lang/context.ts";
import { inPeriod, type Period } from "../reading/dates.ts";
import type { PlaceMention } from "../reading/read.ts";
import { withProperties } from "../with-properties.ts";
import { partnerSignatoryNames } from "./partner-answers.ts";

/** "28 agreements (27 countries and the EU) as of November 2025", and the agreements that count leaves out. */
export function writeLatestCount(draft: Draft, context: AnswerContext): void {
  const tally = context.registry.latestOfficialTally;
  const { pack } = draft;
  if (tally === undefined) {
    const counted = context.registry.byDate.filter((agreement) => agreement.inOfficialCount);
    const label = context.registry.asOfLabel;
    const date = formatPeriod(pack, label, "until") ?? fill(pack.templates.periodUntil, { period: formatDate(pack, label) });
    draft.line(fill(pack.templates.countUntil, { date, agreements: plural(pack, pack.plurals.agreements, counted.length), list: datedList(draft, context, counted) }));
    return;
  }
  const counted = context.registry.byDate.filter((agreement) => agreement.inOfficialCount && agreement.signed <= endOfPeriod(tally.asOf));
  draft.line(
    fill(pack.templates.countLatest, {
      agreements: plural(pack, pack.plurals.agreements, tally.count),
      breakdown: breakdown(draft, context, counted),
      date: formatDate(pack, tally.asOf),
      cite: draft.cite(tally.sources),
    }),
  );
  const later = context.registry.byDate.filter((agreement) => agreement.inOfficialCount && agreement.signed > endOfPeriod(tally.asOf));
  if (later.length > 0) draft.say(fill(pack.templates.countSince, { list: datedList(draft, context, later) }));
  writeUncounted(draft, context, context.registry.byDate.filter((agreement) => !agreement.inOfficialCount));
}

/** How many agreements were signed in, by or before a date; returns the agreements it lists, for a follow-up to pick among. */
export function writePeriodCount(draft: Draft, context: AnswerContext, period: Period): Agreement[] {
  const { pack } = draft;
  const t = pack.templates;
  const matching = context.registry.byDate.filter((agreement) => inPeriod(agreement.signed, period));
  if (period.mode === "within") {
    if (matching.length === 0) {
      writeNoneIn(draft, context, period);
      return [];
    }
    writeCountWithin(draft, context, matching, periodText(draft, period));
    return matching;
  }
  const counted = matching.filter((agreement) => agreement.inOfficialCount);
  const date = periodText(draft, period);
  if (counted.length === 0) {
    writeNoneIn(draft, context, period);
  } else {
    draft.line(fill(t.countUntil, { date, agreements: plural(pack, pack.plurals.agreements, counted.length), list: datedList(draft, context, counted) }));
  }
  const tally = context.registry.dataset.tallies.find(
    (candidate) => candidate.official && candidate.count === counted.length && endOfPeriod(candidate.asOf) === (period.mode === "until" ? period.end : undefined),
  );
  if (tally !== undefined) {
    draft.say(fill(t.countLatest, { agreements: plural(pack, pack.plurals.agreements, tally.count), breakdown: breakdown(draft, context, counted), date: formatDate(pack, tally.asOf), cite: draft.cite(tally.sources) }));
  }
  writeUncounted(draft, context, matching.filter((agreement) => !agreement.inOfficialCount));
  return counted;
}

/**
 * "Anything signed in December 2024?": none, and the nearest signings on either side of the period (only after it for
 * "before 2024", only before it for "after 2025"), so the answer gives the dates a reader checks it against.
 */
export function writeNoneIn(draft: Draft, context: AnswerContext, period: Period): void {
  const { pack } = draft;
  const t = pack.templates;
  draft.line(fill(t.listNone, { period: periodText(draft, period) }));
  if (period.anyYear) return;
  const { byDate } = context.registry;
  // Nothing is in the period: after "after 2025" every signing is before it, before "before 2024" every one after it.
  const lastBefore = period.mode === "within" ? byDate.filter((agreement) => agreement.signed < period.start).at(-1) : period.mode === "after" || period.mode === "since" ? byDate.at(-1) : undefined;
  const firstAfter = period.mode === "within" ? byDate.find((agreement) => agreement.signed > period.end) : period.mode === "until" || period.mode === "before" ? byDate[0] : undefined;
  const onDay = (agreement: Agreement | undefined) => (agreement === undefined ? undefined : datedList(draft, context, byDate.filter((other) => other.signed === agreement.signed)));
  const before = onDay(lastBefore);
  const after = onDay(firstAfter);
  if (before !== undefined && after !== undefined) draft.say(fill(t.nearestBoth, { before, after }));
  else if (before !== undefined) draft.say(fill(t.nearestBefore, { before }));
  else if (after !== undefined) draft.say(fill(t.nearestAfter, { after }));
}

/** Which partners: all, in a period, or at an event; `count` leads an event's list with the number. Returns the agreements listed. */
export function writeList(draft: Draft, context: AnswerContext, period: Period | undefined, event: Event | undefined, count: boolean, setAside: readonly Agreement[] = []): Agreement[] {
  const { pack } = draft;
  const t = pack.templates;
  if (event !== undefined) {
    const atEvent = agreementsAt(context, event).filter((agreement) => !setAside.includes(agreement));
    const shown = context.language.localEvent(event);
    if (atEvent.length === 0) {
      draft.line(fill(t.listNoneAtEvent, { event: eventNameIn(pack, shown), date: formatDateRange(pack, event.start, event.end), place: shown.place, cite: draft.cite(event.sources) }));
      return [];
    }
    const values = { event: eventNameIn(pack, shown), date: formatDateRange(pack, event.start, event.end), place: shown.place, list: datedList(draft, context, atEvent, true) };
    draft.line(count ? fill(t.countEvent, withProperties(values, { agreements: plural(pack, pack.plurals.agreements, atEvent.length) })) : fill(t.listEvent, values));
    writeOutsideCount(draft, context, atEvent);
    return atEvent;
  }
  if (period !== undefined) {
    const matching = context.registry.byDate.filter((agreement) => inPeriod(agreement.signed, period) && !setAside.includes(agreement));
    if (matching.length === 0) writeNoneIn(draft, context, period);
    else draft.line(fill(t.listWithin, { period: periodText(draft, period), list: period.mode === "within" && period.start === period.end && !period.anyYear ? signatoryList(draft, context, matching, pack.templates.dayItem) : datedList(draft, context, matching) }));
    // "What was signed on 13 June 2024?": a day's signings all at one event say which.
    const [shared] = matching[0]?.events ?? [];
    const event = period.start === period.end && shared !== undefined && matching.every((agreement) => agreement.events.includes(shared)) ? context.registry.events.get(shared) : undefined;
    if (event !== undefined) draft.say(fill(matching.length === 1 ? t.listAtEventOne : t.listAtEvent, { event: eventNameIn(pack, context.language.localEvent(event)), cite: draft.cite(event.sources, 1) }));
    writeOutsideCount(draft, context, matching);
    return matching;
  }
  const all = context.registry.byDate;
  draft.line(fill(t.listAll, { partners: plural(pack, pack.plurals.partners, all.length), asOf: formatDate(pack, context.registry.asOfLabel), list: datedList(draft, context, all) }));
  writeOutsideCount(draft, context, all);
  return [...all];
}

/** Which agreements were signed at a place (in a period, when one is asked). Returns them. */
export function writePlaceList(draft: Draft, context: AnswerContext, place: PlaceMention, count: boolean, within?: Period, who = false): Agreement[] {
  const { pack } = draft;
  const t = pack.templates;
  const at = place.outside ? place.name : fill(t.periodWithin, { period: place.name });
  const period = within === undefined ? at : `${at} ${periodText(draft, within)}`;
  const agreements = context.registry.byDate.filter((agreement) => place.agreements.includes(agreement) && (within === undefined || inPeriod(agreement.signed, within)));
  if (agreements.length === 0) {
    draft.line(fill(t.listNone, { period }));
    return [];
  }
  if (count) writeCountWithin(draft, context, agreements, period);
  else {
    // "who signed the deal in Kharkiv?": each with who signed it.
    draft.line(fill(t.listWithin, { period, list: who ? signatoryList(draft, context, agreements, t.signedItem) : datedList(draft, context, agreements) }));
    writeOutsideCount(draft, context, agreements);
  }
  return agreements;
}

/** The agreements signed on the earliest or the latest signing date. */
/** The first or latest agreements signed (all those of that day), among `members` when given (a group's). */
export function superlativeAgreements(context: AnswerContext, which: "first" | "latest", members?: readonly string[], period?: Period): Agreement[] {
  const byDate = context.registry.byDate.filter((agreement) => (members === undefined || members.includes(agreement.id)) && (period === undefined || inPeriod(agreement.signed, period)));
  const edge = which === "first" ? byDate[0] : byDate[byDate.length - 1];
  return edge === undefined ? [] : byDate.filter((agreement) => agreement.signed === edge.signed);
}

export function writeEventWhen(draft: Draft, context: AnswerContext, record: Event): void {
  const event = context.language.localEvent(record);
  draft.line(fill(draft.pack.templates.eventWhen, { event: eventNameIn(draft.pack, event), date: formatDateRange(draft.pack, event.start, event.end), place: event.place, cite: draft.cite(event.sources) }));
}

/** Agreements the registry ties to an event, or else those signed during it. */
export function agreementsAt(context: AnswerContext, event: Event): Agreement[] {
  const tied = context.registry.byDate.filter((agreement) => agreement.events.includes(event.id));
  if (tied.length > 0) return tied;
  const end = event.end ?? event.start;
  return context.registry.byDate.filter((agreement) => agreement.signed >= event.start && agreement.signed <= end);
}

/**
 * How many were signed in a period or a place, the official count's figure first: "21 agreements … that Ukraine's
 * official count includes, 22 with the agreement with Croatia, which it leaves out" — a figure with Croatia's in it
 * is not the official one.
 */
function writeCountWithin(draft: Draft, context: AnswerContext, agreements: readonly Agreement[], period: string): void {
  const { pack } = draft;
  const t = pack.templates;
  const counted = agreements.filter((agreement) => agreement.inOfficialCount).length;
  // The count's citation comes before the list's in the sentence, so it is numbered first.
  const outside = counted === 0 ? undefined : outsideCount(draft, context, agreements);
  if (outside === undefined) {
    draft.line(fill(t.countWithin, { agreementsSigned: plural(pack, pack.plurals.agreementsSigned, agreements.length), period, list: datedList(draft, context, agreements) }));
    writeOutsideCount(draft, context, agreements);
    return;
  }
  const list = datedList(draft, context, agreements);
  draft.line(fill(t.countWithinOfficial, { agreementsSigned: plural(pack, pack.plurals.agreementsSigned, counted), total: String(agreements.length), partners: outside.partners, period, list, cite: outside.cite }));
}

/**
 * Which of the agreements a list names Ukraine's official count leaves out, in one sentence
 * citing that count; why it is left out is the agreement's own answer, not the list's.
 */
export function writeOutsideCount(draft: Draft, context: AnswerContext, agreements: readonly Agreement[]): void {
  const outside = outsideCount(draft, context, agreements);
  if (outside !== undefined) draft.say(fill(draft.pack.templates.listUncounted, { partners: outside.partners, cite: outside.cite }));
}

/** The agreements of a list that Ukraine's official count leaves out: how many, their partners as a sentence names them, and the count's citation. */
function outsideCount(draft: Draft, context: AnswerContext, agreements: readonly Agreement[]): { count: number; partners: string; cite: string } | undefined {
  const outside = agreements.filter((agreement) => !agreement.inOfficialCount);
  if (outside.length === 0) return undefined;
  const tally = context.registry.latestOfficialTally;
  const partners = joinList(draft.pack, outside.map((agreement) => context.language.partnerInSentence(agreement)));
  return { count: outside.length, partners, cite: tally === undefined ? "" : draft.cite(tally.sources, 1) };
}

function writeUncounted(draft: Draft, context: AnswerContext, uncounted: readonly Agreement[]): void {
  if (uncounted.length === 0) return;
  const { pack } = draft;
  const list = joinList(
    pack,
    uncounted.map((agreement) => fill(pack.templates.uncountedItem, { partner: context.language.partnerInSentence(agreement), date: formatDate(pack, agreement.signed) })),
  );
  draft.say(fill(pack.templates.countUncounted, { list, cite: oneCiteEach(draft, uncounted) }));
}

/** One citation for each agreement, as one run of markers (" [1][2]"), or nothing when none has a source. */
export function oneCiteEach(draft: Draft, agreements: readonly Agreement[]): string {
  const markers = agreements.map((agreement) => draft.cite(agreement.sources, 1).trim()).join("");
  return markers === "" ? "" : ` ${markers}`;
}

/**
 * "United Kingdom (12 January 2024) [1]; Germany and France (16 February 2024) [2][3]; …": the
 * agreements in the order given with one citation each, those signed the same day together, so
 * that a list of all 29 stays short enough to read and paste. Every date keeps its year: a line
 * pasted on its own must still be right. `inSentence`: named as a sentence's words name them ("signed by
 * the United Kingdom"), not as a list after a colon does.
 */
export function datedList(draft: Draft, context: AnswerContext, agreements: readonly Agreement[], inSentence = false): string {
  const { pack } = draft;
  const days: Agreement[][] = [];
  for (const agreement of agreements) {
    const day = days.at(-1);
    if (day !== undefined && day[0]?.signed === agreement.signed) day.push(agreement);
    else days.push([agreement]);
  }
  const items = days.map((day) => {
    const signed = day[0]?.signed ?? "";
    const date = formatDate(pack, signed);
    const cite = oneCiteEach(draft, day);
    const name = (agreement: Agreement) => (inSentence ? context.language.partnerAsSubject(agreement) : context.language.partnerName(agreement));
    return fill(pack.templates.listItem, { partner: joinList(pack, day.map(name)), date, cite });
  });
  return days.some((day) => day.length > 1) ? items.join(pack.list.groupSeparator) : joinList(pack, items);
}

/**
 * Signings each with who signed for the partner, as `item` writes them: one day's (`dayItem`: the day is already
 * said, the people are what is left to tell) or a place's asked with "who" (`signedItem`, with each date).
 */
function signatoryList(draft: Draft, context: AnswerContext, agreements: readonly Agreement[], item: string): string {
  const { pack } = draft;
  const items = agreements.map((record) =>
    fill(item, { partner: context.language.partnerName(record), date: formatDate(pack, record.signed), signatories: partnerSignatoryNames(pack, context.language.local(record)), cite: draft.cite(record.sources, 1) }),
  );
  return joinList(pack, items);
}

/** "27 countries and the European Union", from the registry (which the integrity check keeps equal to the tally). */
function breakdown(draft: Draft, context: AnswerContext, counted: readonly Agreement[]): string {
  const { pack } = draft;
  const countries = counted.filter((agreement) => agreement.partnerKind === "country").length;
  const organisations = counted.filter((agreement) => agreement.partnerKind === "organisation").map((agreement) => context.language.partnerInSentence(agreement));
  const countryText = plural(pack, pack.plurals.countries, countries);
  if (organisations.length === 0) return fill(pack.templates.breakdownCountriesOnly, { countries: countryText });
  return fill(pack.templates.breakdown, { countries: countryText, organisations: joinList(pack, organisations) });
}

export function periodText(draft: Draft, period: Period): string {
  const t = draft.pack.templates;
  const [from, to] = period.label.split("/");
  // "by mid-June 2024" is until the span's last day, "after spring 2024" after it: one bound of the span.
  if (from !== undefined && to !== undefined && period.mode !== "within") {
    const bound = period.mode === "before" || period.mode === "since" ? from : to;
    return periodText(draft, { ...period, label: bound });
  }
  if (from !== undefined && to !== undefined) {
    // A pack that phrases periods gives the bounds in its own cases («від вересня 2024 року до кінця грудня 2024 року»).
    const since = formatPeriod(draft.pack, from, "since") ?? formatDate(draft.pack, from);
    const until = formatPeriod(draft.pack, to, "until") ?? formatDate(draft.pack, to);
    return fill(t.periodBetween, { from: formatDate(draft.pack, from), to: formatDate(draft.pack, to), since, until });
  }
  const phrased = formatPeriod(draft.pack, period.label, period.mode);
  if (phrased !== undefined) return phrased;
  const label = period.anyYear ? (draft.pack.dates.monthNamesAlone[Number(period.label.slice(2)) - 1] ?? period.label) : formatDate(draft.pack, period.label);
  const template = { within: t.periodWithin, until: t.periodUntil, before: t.periodBefore, after: t.periodAfter, since: t.periodSince }[period.mode];
  return fill(template, { period: label });
}

/** "Who signed for Ukraine?": Ukraine's signatories over the agreements (in the period), with how many each signed. */
export function writeUkraineSide(draft: Draft, context: AnswerContext, period: Period | undefined): void {
  const { pack } = context.language;
  const agreements = context.registry.byDate.filter((agreement) => period === undefined || inPeriod(agreement.signed, period));
  const signed = new Map<string, Agreement[]>();
  for (const record of agreements) {
    const agreement = context.language.local(record);
    for (const signatory of agreement.signatories.filter((candidate) => candidate.side === "ukraine")) signed.set(signatory.name, [...(signed.get(signatory.name) ?? []), record]);
  }
  const items = [...signed].sort((a, b) => b[1].length - a[1].length).map(([name, records]) => fill(pack.answers.ukraineSide.item, { name, agreements: plural(pack, pack.plurals.agreements, records.length) }));
  const first = agreements[0];
  const last = agreements.at(-1);
  // The first and the latest signing's best source stand for the whole span.
  const ids = [first, last].flatMap((agreement) => (agreement === undefined ? [] : bestSources(agreement.sources, context.registry.sources, 1)));
  const cite = draft.cite([...new Set(ids)], 2);
  draft.line(fill(pack.answers.ukraineSide.line, { list: joinList(pack, items), cite }));
}
