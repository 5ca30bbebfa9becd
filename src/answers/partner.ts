/**
 * Questions about one or more named partners' agreements: an attribute (when,
 * where, who signed, how long, what it commits to, its place in the count),
 * whether it was signed, or the card. The question's own claims (a place, a
 * person, a date) are checked against the record first, and a wrong one is
 * corrected in the first sentence.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import { fill, formatDate, formatPledge, formatWeekday, joinList, ordinal, plural } from "../compose/format.ts";
import type { Agreement, Pledge } from "../dataset/schema.ts";
import { sumsWrittenIn, type Sum } from "../dataset/sums.ts";
import { agreementsAt, periodText, superlativeAgreements } from "../registry/collection-answers.ts";
import { bestQuote, trimStop, writePartnerAspects } from "../registry/partner-answers.ts";
import { inPeriod, isDay, periodOfDate, shiftLabel } from "../reading/dates.ts";
import { eventNameIn } from "../lang/context.ts";
import type { PartnerMention } from "../reading/read.ts";
import { aspectsOf, asksCommitments, hasCue, intentOf, topCue, type PartnerAspect } from "./aspects.ts";
import { CORRECTED_REGISTRY_CONFIDENCE, finish, noAnswer, questionModule, REGISTRY_CONFIDENCE, type Asked, type Reading } from "./module.ts";
import { answerFromTextWords } from "./provisions.ts";
import { answerSearch, factAbout, monthInPeriodAt, specificFact, writeFact, writeNonPartner } from "./search.ts";

/** Cues that are ordinary question words, which need a topic word to be about an agreement. */
const GENERIC_CUES = new Set(["when", "where", "who", "duration", "has-signed", "agreement", "list", "count"]);

interface PartnerPlan {
  partners: PartnerMention[];
  aspects: PartnerAspect[];
}

/**
 * The partners a question is about: those it names, or else those a person it
 * names signed for ("the agreement Rutte signed"). Ukraine's own signatories
 * signed nearly every agreement and so name none.
 */
export function partnersOf(reading: Reading): PartnerMention[] {
  const agreements = reading.people.flatMap((person) => [
    ...person.agreements.filter((agreement) => agreement.signatories.some((s) => s.name === person.name && s.side === "partner")),
    // "Did Starmer sign?": someone who signed none is asked about their partner's agreement — unless the
    // question names something else they may have signed (the 100 Year Partnership is an event).
    ...(person.agreements.length === 0 && person.of !== undefined && reading.content.length === 0 && reading.events.length === 0 ? [person.of] : []),
  ]);
  // "Scholz … in Paris": a partner named only by its capital is the place asserted, and the person says which agreement.
  const byPlaceOnly = reading.partners.every((mention) => reading.places.some((place) => place.partner === mention.agreement.id));
  if (reading.partners.length > 0 && !(agreements.length > 0 && byPlaceOnly)) return reading.partners;
  return [...new Set(agreements)].map((agreement) => ({ agreement, corrected: false }));
}

export const partnerModule = questionModule<PartnerPlan | "search">({
  id: "partner",
  match(reading, asked) {
    const partners = partnersOf(reading);
    if (partners.length === 0) return undefined;
    const top = topCue(reading);
    const aspects = aspectsOf(reading);
    // "the Netherlands gives €3bn in 2024, right?": a sum stated of an agreement with a pledge on record is a claim about its money.
    const [only] = partners;
    if (aspects.length === 0 && partners.length === 1 && only !== undefined && sumClaim(reading, only.agreement) !== undefined) return { partners, aspects: ["money"] };
    // "What is the population of Japan?": a partner is named, but not its agreement.
    if (!reading.onTopic && reading.people.length === 0 && (reading.content.length > 0 || reading.unknown > 0) && (top === undefined || GENERIC_CUES.has(top)) && !aspects.includes("money")) return "search";
    // "When was the UK 100 Year Partnership signed?" names an event that is not the partner's signing: the facts about it answer.
    // "Did Japan sign at the NATO summit?" names one where other agreements were signed: a claim about where it signed, checked.
    const ownEvents = new Set(partners.flatMap((mention) => mention.agreement.events));
    const venues = reading.events.filter((event) => !ownEvents.has(event.id) && agreementsAt(asked.context, event).length > 0);
    if (venues.length > 0 && partners.length === 1 && (reading.yesNo || reading.signing) && reading.content.length === 0) return { partners, aspects: aspects.length > 0 ? aspects : ["where"] };
    if (reading.events.some((event) => !ownEvents.has(event.id) && reading.period?.event !== event)) return "search";
    // "How many agreements has Japan signed?" asks whether it signed; "How many F-16s will Belgium give?" asks the facts.
    // («Скільки обіцяє Португалія?»: "how many" with a commitments cue asks how much.)
    if (top === "count" && !hasCue(reading, "commitments")) return reading.content.length > 0 ? "search" : { partners, aspects: ["has-signed"] };
    // "Which city does the Czech agreement support?" asks a city of the text, not where it was signed.
    // "Who is leading Ukraine's talks with the US now?" asks who leads the talks, not who signed.
    if (aspects.length === 1 && (aspects[0] === "where" || aspects[0] === "who") && !reading.signing && reading.content.length > 0) return "search";
    // "Was it signed on the 10th or the 11th?": which day, answered with the date.
    if (reading.period?.either === true) return { partners, aspects: ["when"] };
    if (aspects.length > 0) return { partners, aspects };
    // "the US deal is 20 years, right?": a term stated of one agreement is a claim about its duration, checked.
    if (reading.years !== undefined && reading.superlative === undefined) return { partners, aspects: ["duration"] };
    // "Was Germany the first to sign?": a claim about its place in the signing order, checked.
    if ((reading.superlative === "first" || reading.superlative === "latest") && reading.yesNo && partners.length === 1 && reading.content.length === 0) return { partners, aspects: aspects.length > 0 ? aspects : ["when"] };
    // "the German agreement was signed in Munich at the security conference, yeah?", "romania signed on 10 july right?
    // thats what i keep seeing": a signing place or date the record contradicts is corrected first, whatever else the
    // question says.
    if (reading.yesNo && reading.signing && partners.length === 1 && only !== undefined && (checkPremises(asked, reading, only.agreement)?.length ?? 0) > 0) return { partners, aspects: aspects.length > 0 ? aspects : ["has-signed"] };
    // ("Luxembourg signed on 11 July at the NATO summit, correct?": its own event is no other subject; the date is checked.)
    if (reading.content.length > 0 || reading.superlative !== undefined || reading.events.some((event) => !ownEvents.has(event.id))) return "search";
    // "What did Rutte sign?": the agreement a person signed, said as when and where, not as a yes.
    if (!reading.yesNo && reading.partners.length === 0) return { partners, aspects: ["when"] };
    // "Did Duda sign the Polish agreement?": a name it does not know is neither confirmed nor denied; who signed answers it.
    if (reading.yesNo && reading.signing && reading.unknown > 0 && reading.people.length === 0) return { partners, aspects: ["who"] };
    // "Can the US just walk away …?" with words it does not know is not "did the US sign?".
    if (reading.yesNo && !hasCue(reading, "has-signed") && reading.unknown > 0) return "search";
    // "Why did the Netherlands sign in Kharkiv?" asks no yes or no, though "did * sign" is in it: the place and the occasion answer.
    if (reading.yesNo || (hasCue(reading, "has-signed") && !reading.why)) return { partners, aspects: ["has-signed"] };
    // "Why did Biden sign it in Washington?": a claim about the signing is checked and answered with where and when, not the card.
    if (reading.places.length > 0 || reading.people.length > 0) return { partners, aspects: ["where"] };
    // «а Америка підписала?»: a partner and the signing alone ask whether it signed (not «підписав Дуда?», a name it does not know).
    if (reading.signing && reading.unknown === 0 && reading.content.length === 0) return { partners, aspects: ["has-signed"] };
    return { partners, aspects: ["agreement"] };
  },
  answer(plan, reading, asked) {
    if (plan === "search") {
      // The search's best record for a partner may be only its card: the text's own words answer better when they can.
      const found = answerSearch(asked, reading, newDraft(asked.context));
      return found.status === "answered" && found.intent !== "agreement" ? found : (answerFromTextWords(asked, reading) ?? found);
    }
    // "Is the Iceland agreement valid for 10 years?": a claim the record can check is answered yes or no from it, not by a fact that mentions it.
    const [only] = plan.partners;
    const checkable = reading.yesNo && plan.partners.length === 1 && only !== undefined && checkPremises(asked, reading, only.agreement) !== undefined;
    // "How much did Canada pledge for 2024?", "what does the Canada agreement pledge for 2024": a sum the registry holds for
    // that year is the answer, not a later pledge's fact.
    const year = yearAsked(reading);
    const asksSum = plan.aspects.includes("money") || (plan.aspects.includes("commitments") && year !== undefined);
    const pledged = asksSum && only !== undefined && only.agreement.pledges.some((pledge) => year === undefined || pledge.year === year);
    const fact = checkable || pledged || asksOfficeOfSignatory(asked, reading, plan.aspects) ? undefined : specificFact(asked, reading, plan.aspects);
    if (fact !== undefined) return fact;
    const uncounted = uncountedFact(asked, reading, plan);
    if (uncounted !== undefined) return uncounted;
    const reason = reasonFact(asked, reading, plan);
    if (reason !== undefined) return reason;
    const outOfPeriod = periodNotCovered(asked, reading, plan);
    if (outOfPeriod !== undefined) return outOfPeriod;
    const later = laterSigning(asked, reading, plan);
    if (later !== undefined) return later;
    return answerPartners(asked, reading, plan.partners, plan.aspects);
  },
});

/**
 * "lithuania's signatory - president or pm, and who": who signed, with the office, is in the record; a fact that
 * happens to mention presidents is not the answer.
 */
function asksOfficeOfSignatory(asked: Asked, reading: Reading, aspects: readonly PartnerAspect[]): boolean {
  if (!aspects.includes("who") || !reading.role) return false;
  const stems = reading.words.map((word) => word.stem);
  const officeStems = new Set(asked.context.language.roles.matchAll(stems).flatMap((match) => match.positions.map((index) => stems[index] ?? "")));
  return reading.content.every((stem) => officeStems.has(stem));
}

/** Most words between a signing word and the date it asserts ("signed in Amsterdam in February 2024"). */
const SIGNING_DATE_GAP = 4;

export function answerPartners(asked: Asked, reading: Reading, partners: readonly PartnerMention[], aspects: readonly PartnerAspect[]): Answer {
  const { context } = asked;
  const draft = newDraft(context);
  const [first] = partners;
  const corrections = first === undefined || partners.length > 1 ? undefined : checkPremises(asked, reading, first.agreement);
  // "Is Croatia counted?", "does that number include Greece?": whether the official count includes it is the yes or the no.
  const counted = first !== undefined && partners.length === 1 && reading.countedAsked && reading.yesNo && aspects.includes("ordinal") ? first.agreement.inOfficialCount : undefined;
  const verdict = corrections === undefined ? counted : corrections.length === 0 && counted !== false;
  // A yes/no question about what the record shows starts with the yes or the no, then the corrections.
  // ("Has Japan signed?" says its own yes in the has-signed sentence.)
  // ("was it signed in Kyiv or London?" offers a choice: what the record holds answers it, with no yes or no.)
  if (verdict !== undefined && reading.yesNo && !reading.choice && !(verdict && aspects.includes("has-signed"))) draft.line(verdict ? asked.context.language.pack.texts.yes : asked.context.language.pack.texts.no);
  for (const correction of corrections ?? []) draft.say(correction);
  // "Did Starmer sign?": a person who did not sign it is answered with who did.
  const personWrong = first !== undefined && partners.length === 1 && reading.people.some((person) => !first.agreement.signatories.some((signatory) => signatory.name === person.name));
  // A choice asks what it offers: the place, the signatory or else the date.
  const offered: PartnerAspect = reading.places.length > 0 ? "where" : reading.people.length > 0 ? "who" : "when";
  const written: readonly PartnerAspect[] =
    reading.choice && aspects.includes("has-signed")
      ? [offered]
      : verdict === false && aspects.includes("has-signed")
        ? [personWrong ? "who" : "when"]
        : personWrong && !aspects.includes("who")
          ? [...aspects, "who"]
          : aspects;
  for (const mention of partners) {
    writePartnerAspects(draft, context, mention.agreement, written);
    // "What day of the week did Canada sign?": the date, then its day.
    if (reading.weekday && isDay(mention.agreement.signed)) draft.say(formatWeekday(context.language.pack, mention.agreement.signed));
    // "Until when?": a term in years from its signing runs to the same day that many years on.
    const { durationYears, signed } = mention.agreement;
    const end = durationYears === null ? undefined : shiftLabel(signed, { amount: durationYears, unit: "year" });
    if (reading.until && written.includes("duration") && end !== undefined) {
      const { pack } = context.language;
      draft.say(fill(pack.templates.durationUntil, { years: plural(pack, pack.plurals.years, durationYears ?? 0), end: formatDate(pack, end) }));
    }
  }
  // "when did Hungary and Poland sign?": the country with no agreement is said to have none, not passed over.
  // ("did Albania sign in Switzerland?" names a place, not a partner.)
  const countries = reading.countries.filter((country) => !reading.places.some((place) => place.name === country));
  for (const country of countries) writeNonPartner(draft, context, country);
  if (first !== undefined && partners.length === 1 && asksCommitments(aspects)) writeYearsNotCovered(draft, asked, reading, first.agreement);
  if (first !== undefined && partners.length === 1) {
    const quote = bestQuote(context, first.agreement, reading.search);
    if (quote !== undefined) draft.quote(quote);
  }
  const corrected = partners.some((mention) => mention.corrected);
  const suggestions = first === undefined ? [] : asked.partnerSuggestions(context.language.partnerInSentence(first.agreement), aspects);
  // A short answer about one agreement leads to its card; the card itself, or several partners' answers, to nothing more.
  const more = first !== undefined && partners.length === 1 && !aspects.includes("agreement") ? { question: fill(context.language.pack.moreQuestion, { partner: context.language.partnerInSentence(first.agreement) }) } : undefined;
  const unanswered = countries.map((country) => `agreement:${country}`);
  return finish(asked, draft, { intent: intentOf(aspects), confidence: corrected ? CORRECTED_REGISTRY_CONFIDENCE : REGISTRY_CONFIDENCE, suggestions, unanswered, ...(more === undefined ? {} : { more }) });
}

/**
 * "Why is Croatia not counted?", «чому Хорватії немає в офіційному переліку?»: a why about one agreement that claims
 * nothing the record could check is answered by the fact about that agreement that explains it, when one does;
 * the registry's field alone (no place in the count) would leave the why unanswered.
 */
function reasonFact(asked: Asked, reading: Reading, plan: PartnerPlan): Answer | undefined {
  const [only] = plan.partners;
  if (only === undefined || plan.partners.length > 1 || reading.yesNo || !reading.why) return undefined;
  if (checkPremises(asked, reading, only.agreement) !== undefined) return undefined;
  return factAbout(asked, reading, only.agreement.id, { confidence: asked.context.options.minConfidence, questionFit: 0, nameCredit: true, kindChecked: false });
}

/** The topic of the curated facts on an agreement's place in, or absence from, Ukraine's official count. */
const OFFICIAL_COUNT_TOPIC = "official-count";

/**
 * "Is Croatia's agreement in the official count?": "No.", then the curated fact on why the count leaves it out,
 * when there is one. It is answered as the search answers a fact, so a bare "why?" next finds it again.
 */
function uncountedFact(asked: Asked, reading: Reading, plan: PartnerPlan): Answer | undefined {
  const [only] = plan.partners;
  if (only === undefined || plan.partners.length > 1 || !reading.countedAsked || !reading.yesNo || only.agreement.inOfficialCount || !plan.aspects.includes("ordinal")) return undefined;
  const { context } = asked;
  const fact = [...context.registry.facts.values()].find((candidate) => candidate.agreement === only.agreement.id && candidate.topics.includes(OFFICIAL_COUNT_TOPIC));
  if (fact === undefined) return undefined;
  const draft = newDraft(context);
  draft.line(context.language.pack.texts.no);
  writeFact(draft, context, fact);
  return finish(asked, draft, { intent: "search", confidence: REGISTRY_CONFIDENCE, about: [only.agreement] });
}

/**
 * "How much did France give in 2025?": money asked for a year the partner's
 * commitments do not name is not answered with another year's figures.
 */
function periodNotCovered(asked: Asked, reading: Reading, plan: PartnerPlan): Answer | undefined {
  const { period } = reading;
  const [only] = plan.partners;
  if (period === undefined || period.anyYear || period.mode !== "within" || only === undefined || plan.partners.length > 1 || !asksCommitments(plan.aspects)) return undefined;
  const year = period.start.slice(0, 4);
  if (year !== period.end.slice(0, 4) || namesYear(only.agreement, year)) return undefined;
  const { context } = asked;
  const draft = newDraft(context);
  // "How much will Germany give in 2026?": a later pledge on record for that year answers it, though the agreement names none.
  const pledged = [...context.registry.facts.values()].find((fact) => fact.agreement === only.agreement.id && fact.text.includes(year) && fact.topics.includes("amounts"));
  if (pledged !== undefined) {
    writeFact(draft, context, pledged);
    return finish(asked, draft, { intent: "commitments", confidence: REGISTRY_CONFIDENCE });
  }
  const text = fill(context.language.pack.texts.periodGap, { period: periodText(draft, period), partner: context.language.partnerInSentence(only.agreement) });
  return noAnswer(asked, reading, draft, 0, text, ["period"]);
}

/** Whether the agreement's commitments name figures for a year ("€80 million allocated for 2024"). */
function namesYear(agreement: Agreement, year: string): boolean {
  return agreement.commitments.some((commitment) => commitment.includes(year));
}

/**
 * "How much in 2024 and how much in 2025?": each year asked that the partner's commitments do not name
 * is said to be unknown, after the years they do name.
 */
function writeYearsNotCovered(draft: Draft, asked: Asked, reading: Reading, agreement: Agreement): void {
  const years = [...new Set(reading.words.map((word) => word.norm).filter((norm) => /^20\d{2}$/.test(norm)))];
  const missing = years.filter((year) => !namesYear(agreement, year));
  if (years.length < 2 || missing.length === 0 || missing.length === years.length) return;
  const { context } = asked;
  const partner = context.language.partnerInSentence(agreement);
  for (const year of missing) {
    draft.say(fill(context.language.pack.texts.periodGap, { period: periodText(draft, periodOfDate(year)), partner }));
    draft.unknown(`period:${year}`);
  }
}

/**
 * "What did the UK sign with Ukraine in January 2025?": a signing dated after
 * the security agreement may be a later instrument with the same partner (the
 * 100 Year Partnership), not a wrong date for the agreement. When a fact about
 * the partner names a month in that period, the one that names it first (the
 * fact that opens with that date) is the answer; the date is corrected only
 * when nothing on record is dated then.
 */
function laterSigning(asked: Asked, reading: Reading, plan: PartnerPlan): Answer | undefined {
  const { period } = reading;
  const [only] = plan.partners;
  // Only a later month: "signed on 11 July 2024" of an agreement of 10 July 2024 is a wrong day, not a later instrument.
  if (period === undefined || period.anyYear || !reading.signing || only === undefined || plan.partners.length > 1 || period.start.slice(0, 7) <= only.agreement.signed.slice(0, 7)) return undefined;
  const { context } = asked;
  const [dated] = [...context.registry.facts.values()]
    .filter((fact) => fact.agreement === only.agreement.id)
    .map((fact) => ({ fact, at: monthInPeriodAt(context, fact.text, period) }))
    .filter((candidate) => candidate.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (dated === undefined) return undefined;
  const draft = newDraft(context);
  // "Did Norway sign on 9 October 2024?": no, and then what the sources record of that month.
  // ("did Canada sign anything in 2025?" asks any signing, which the fact may be: no "No" then.)
  const { anythingWords } = context.language;
  if (reading.yesNo && !reading.words.some((word) => anythingWords.has(word.norm))) {
    const { pack } = context.language;
    draft.line(`${pack.texts.no} ${fill(pack.answers.premise.date, { date: formatDate(pack, only.agreement.signed), asserted: periodText(draft, period) })}`);
  }
  writeFact(draft, context, dated.fact);
  return finish(asked, draft, { intent: "search", confidence: REGISTRY_CONFIDENCE });
}

/**
 * Checks what the question takes for granted about one agreement — where it
 * was signed, by whom, when — against the record: the corrections of what is
 * wrong (empty when every claim holds), or undefined when it makes none.
 */
export function checkPremises(asked: Asked, reading: Reading, agreement: Agreement): string[] | undefined {
  const { context } = asked;
  const t = context.language.pack.answers.premise;
  const partner = context.language.partnerInSentence(agreement);
  let claims = 0;
  const corrections: string[] = [];
  for (const place of reading.places) {
    // "the Paris agreement" names France: a capital that names the very partner asked about asserts nothing.
    if (place.partner === agreement.id && !place.claim) continue;
    claims++;
    if (place.agreements.includes(agreement)) continue;
    corrections.push(fill(t.place, { place: trimStop(context.language.local(agreement).place), asserted: place.name }));
  }
  for (const person of reading.people) {
    claims++;
    if (agreement.signatories.some((signatory) => signatory.name === person.name)) continue;
    const other = person.agreements[0];
    // The person as the answer's language writes them ("Ріші Сунак"), from the record they signed.
    const at = other?.signatories.findIndex((signatory) => signatory.name === person.name) ?? -1;
    const name = other === undefined || at < 0 ? (person.shown ?? person.name) : (context.language.local(other).signatories[at]?.name ?? person.name);
    corrections.push(
      other === undefined
        ? fill(t.personNone, { person: name, partner })
        : fill(t.person, { person: name, other: joinList(context.language.pack, person.agreements.map((a) => context.language.partnerInSentence(a))), partner }),
    );
  }
  // "Was Germany the first to sign?", "was Albania the last of the Nordic…": first or latest, over the group asked about.
  if ((reading.superlative === "first" || reading.superlative === "latest") && reading.yesNo) {
    claims++;
    const [group] = reading.groups;
    const holders = superlativeAgreements(context, reading.superlative, group?.members);
    const [holder] = holders;
    if (holder !== undefined && !holders.includes(agreement)) {
      corrections.push(fill(t[reading.superlative], { list: joinList(context.language.pack, holders.map((one) => context.language.partnerInSentence(one))), date: formatDate(context.language.pack, holder.signed) }));
    }
  }
  // "Did Japan sign at the NATO summit?": an event where others signed, said of this signing.
  for (const event of reading.events) {
    // ("Did Poland sign before the NATO summit?" claims a time the summit bounds, checked as a date below, not a signing at it.)
    if (reading.period?.event?.id === event.id && reading.period.mode !== "within") continue;
    const signedThere = agreementsAt(context, event);
    if (agreement.events.includes(event.id) || signedThere.length === 0) continue;
    claims++;
    if (!signedThere.includes(agreement)) corrections.push(fill(t.event, { event: eventNameIn(context.language.pack, event) }));
  }
  // The event's days are no other date claimed; a time before or after it is.
  const period = reading.period?.event === undefined || reading.period.mode !== "within" ? reading.period : undefined;
  // A date asserts when the agreement was signed only in a question about the signing ("signed in March 2024"), not "aid in 2025".
  // A day with no year ("signed on 11 July") asserts that day of whatever year it was.
  // ("signed in Amsterdam in February 2024, what did it promise?": a date a few words after the signing word asserts it all the same.)
  const { signingStems } = context.language;
  const saidOfSigning = period !== undefined && reading.words.some((word, index) => signingStems.has(word.stem) && period.from > index && period.from - index <= SIGNING_DATE_GAP);
  const asksOther = reading.cues.some((cue) => cue.intent === "count" || cue.intent === "list" || cue.intent === "commitments");
  // (Alternatives, "on 10 or 11 July", "in July or August 2024", are a claim only when the signing is outside both.)
  const offeredElsewhere = period?.either !== true || !inPeriod(agreement.signed, period);
  if (period !== undefined && (!period.anyYear || period.start === period.end) && offeredElsewhere && reading.signing && (!asksOther || saidOfSigning)) {
    claims++;
    if (!inPeriod(agreement.signed, period)) {
      corrections.push(fill(t.date, { date: formatDate(context.language.pack, agreement.signed), asserted: periodText(newDraft(context), period) }));
    }
  }
  // "the 16th agreement, the US one?": a place in the count the question takes for granted — one, not "the 16th or the 17th".
  const numbers = reading.words.filter((word) => /^\d{1,2}(st|nd|rd|th)?$/.test(word.norm)).length;
  if (reading.position !== undefined && agreement.ordinal !== null && numbers <= 1) {
    claims++;
    const { pack } = context.language;
    // ("was greece the 28th?": the one that is 28th, Albania, is named too.)
    const held = context.registry.byDate.find((other) => other.ordinal === reading.position);
    const values = { ordinal: ordinal(pack, agreement.ordinal), asserted: ordinal(pack, reading.position) };
    if (reading.position !== agreement.ordinal) {
      corrections.push(held === undefined ? fill(t.ordinal, values) : fill(t.ordinalHeld, { ...values, other: context.language.partnerInSentence(held), date: formatDate(pack, held.signed) }));
    }
  }
  // "croatia was the 27th agreement, yes?": one outside the official count has no place in it; the one that has that place is named.
  const holder = reading.position === undefined ? undefined : context.registry.byDate.find((other) => other.ordinal === reading.position);
  if (reading.position !== undefined && !agreement.inOfficialCount && numbers <= 1 && holder !== undefined) {
    claims++;
    const { pack } = context.language;
    corrections.push(fill(t.notCounted, { asserted: ordinal(pack, reading.position), other: context.language.partnerInSentence(holder), date: formatDate(pack, holder.signed) }));
  }
  // "its 20-year defence pact": a term the question takes for granted.
  if (reading.years !== undefined && agreement.durationYears !== null && !reading.cues.some((cue) => cue.intent === "list" || cue.intent === "count")) {
    claims++;
    const { pack } = context.language;
    if (reading.years !== agreement.durationYears) corrections.push(fill(t.years, { years: plural(pack, pack.plurals.years, agreement.durationYears), asserted: plural(pack, pack.plurals.years, reading.years) }));
  }
  // "Belgium commits 2 billion euros for 2024": a sum the question takes for granted.
  const claimed = sumClaim(reading, agreement);
  if (claimed !== undefined) {
    claims++;
    if (!claimed.named) corrections.push(fill(t.sum, { sum: formatPledge(context.language.pack, claimed.pledge), year: claimed.pledge.year, asserted: reading.statedSum?.typed ?? "" }));
  }
  return claims === 0 ? undefined : corrections;
}

/**
 * A sum the question states of an agreement with a pledge on record: whether any commitment names it (the
 * Danish fund's €8.5 billion is not its 2024 pledge, but it is named), and the pledge of the year asked (or
 * its latest) to correct it with. None when the agreement has no pledge or the question's year has none.
 */
export function sumClaim(reading: Reading, agreement: Agreement): { named: boolean; pledge: Pledge } | undefined {
  const stated = reading.statedSum;
  if (stated === undefined) return undefined;
  const year = yearAsked(reading);
  const pledge = agreement.pledges.filter((candidate) => year === undefined || candidate.year === year).at(-1);
  if (pledge === undefined) return undefined;
  const same = (sum: Sum) => Math.abs(sum.millions - stated.millions) <= sum.millions * SUM_TOLERANCE && (stated.currencies.length === 0 || stated.currencies.includes(sum.currency));
  return { named: agreement.commitments.some((commitment) => sumsWrittenIn(commitment).some(same)), pledge };
}

/** The year a question's period starts in ("for 2024", "in May 2024"), which a pledge is for. */
export function yearAsked(reading: Reading): number | undefined {
  return reading.period === undefined ? undefined : Number(reading.period.start.slice(0, 4));
}

/** "about €1 billion" for €977 million: a stated sum within 5 % of a written one is that sum. */
const SUM_TOLERANCE = 0.05;
