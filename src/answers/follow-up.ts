/**
 * Follow-up questions: a question that names nothing ("who signed it?",
 * "how long?", "and the money?") inherits the conversation's subject; one that
 * names a new subject but asks nothing of it ("and France?", «а Франція?»)
 * inherits what was asked; one that stands on its own starts afresh. A
 * pronoun with nothing to point back at is asked about instead of guessed.
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import { fill } from "../compose/format.ts";
import type { ConversationState } from "../conversation.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { CueIntent } from "../reading/cues.ts";
import { periodOfDate, shiftDay, shiftLabel } from "../reading/dates.ts";
import { smallNumber, type CueMatch, type PartnerMention } from "../reading/read.ts";
import { aspectsOf, asksCommitments, hasCue, topCue } from "./aspects.ts";
import { finish, type Asked, type Reading } from "./module.ts";
import { partnersOf } from "./partner.ts";

/** Most words a follow-up naming only a new subject has ("and what about France?"). */
const SHORT_FOLLOW_UP = 5;
/** Turns' subjects a conversation remembers for "which of them …"; a listed set may hold up to 30. */
const MAX_RECENT = 6;
const MAX_LISTED = 30;
/** Words of a subjectless question kept for a later "it" (the state allows 12). */
const MAX_SUBJECT = 12;
/** Agreements "which of them" picks among when the question does not say how many: the last two turns' (Japan, then the US). */
const AMONG_DEFAULT = 2;
/** The state's mark, among the aspects asked, for a weekday asked. */
const WEEKDAY = "weekday";

/** A cue the conversation implies, not one the question's words hold ("and by November 2025?" still counts). */
function impliedCue(intent: CueIntent): CueMatch {
  return { intent, length: 0, start: 0, end: 0, positions: [] };
}

function namesSubject(reading: Reading): boolean {
  return reading.partners.length > 0 || reading.groups.length > 0 || reading.people.length > 0 || reading.countries.length > 0 || reading.events.length > 0;
}

/** The reading with what it inherits from the conversation, or "which" when it points back at nothing. */
export function carryOver(reading: Reading, state: ConversationState | undefined, asked: Asked): Reading | "which" {
  // "Tell me about the agreement with France" asks for the card; "what about France?", «що з Німеччиною?» ask what was asked before.
  const asksCard = hasCue(reading, "agreement") && reading.onTopic && !reading.followUp;
  const asks = aspectsOf(reading).length > 0 || reading.topics.length > 0 || asksCard;
  // "any jets?": the words that name a provision topic are what it asks, not another subject; so are the words that
  // ask the text ("how much money for 2024 does the text name?").
  const textWords = new Set(reading.textWordsAt.map((index) => reading.words[index]?.stem));
  const content = reading.content.filter((stem) => !reading.topicWords.includes(stem) && !textWords.has(stem));
  const short = reading.words.filter((word) => !word.stopword).length <= SHORT_FOLLOW_UP;
  // "Who else signed that day?", "who signed the next day?": the agreements signed on (or next to) the day of the one discussed.
  const [previous] = state?.partners ?? [];
  const discussed = previous === undefined ? undefined : asked.context.registry.agreements.get(previous);
  const day = discussed?.signed;
  if ((reading.sameDay || reading.dayShift !== undefined) && day !== undefined && !namesSubject(reading)) {
    const period = periodOfDate(reading.dayShift === undefined ? day : shiftDay(day, reading.dayShift));
    // "how many did Ukraine have after that day?": the running total by then; "how many were signed that day?" that day's.
    if (hasCue(reading, "count")) return { ...reading, period: reading.runningTotal ? { ...period, mode: "until" } : period, onTopic: true, cues: [impliedCue("count")] };
    return { ...reading, period, onTopic: true, cues: [impliedCue("list")] };
  }
  // "When did Spain sign?" then "was that before or after Latvia?", "did it come before Latvia's?": the one discussed, said of the one named.
  const { relation } = reading;
  if (relation !== undefined && (reading.yesNo || relation.either === true) && discussed !== undefined && discussed !== relation.agreement && partnersOf(reading).every((mention) => mention.agreement === relation.agreement) && reading.groups.length === 0) {
    return { ...reading, partners: [{ agreement: discussed, corrected: false }, { agreement: relation.agreement, corrected: false }], onTopic: true };
  }
  // "When did Albania sign?" then "how many days after Greece was that?": the days between the one named and the one discussed.
  // ("how long after Greece": the partner there is read as the one a relation starts from.)
  // ("how many days between Japan's and the next one?" measures to Japan's neighbour, not to the one discussed.)
  if (reading.interval && discussed !== undefined && reading.openRelation === undefined) {
    const intervalFrom = [...new Set([...partnersOf(reading).map((mention) => mention.agreement), ...(reading.relation === undefined ? [] : [reading.relation.agreement])])];
    const [onlyNamed] = intervalFrom;
    if (onlyNamed !== undefined && intervalFrom.length === 1 && onlyNamed !== discussed) {
      return { ...reading, relation: undefined, partners: [{ agreement: onlyNamed, corrected: false }, { agreement: discussed, corrected: false }], onTopic: true };
    }
    // "and the next one after that?" (Finland, after the Netherlands), then "how many days later?": between the last two discussed.
    const earlier = asked.context.registry.agreements.get(state?.recent[1] ?? "");
    if (intervalFrom.length === 0 && earlier !== undefined && earlier !== discussed && !namesSubject(reading) && state?.listed === undefined) {
      return { ...reading, later: undefined, partners: [{ agreement: earlier, corrected: false }, { agreement: discussed, corrected: false }], onTopic: true };
    }
  }
  // "Which one came next?", «а яка наступна»: the neighbour in signing order of the one discussed.
  if (reading.openRelation !== undefined && discussed !== undefined && !namesSubject(reading) && reading.period === undefined) {
    // "When did Latvia sign?", "and who signed next?" (Spain), "and the one before?": before Latvia, the one that answer
    // started from, not before Spain, which the user has just been told came after it.
    const [, before] = state?.recent ?? [];
    const anchor = asked.context.registry.agreements.get(before ?? "");
    const turnsBack = anchor !== undefined && (reading.openRelation === "before" ? anchor.signed < discussed.signed : anchor.signed > discussed.signed) && adjacentDays(asked, anchor, discussed);
    const from = turnsBack && anchor !== undefined ? anchor : discussed;
    return { ...reading, relation: { kind: reading.openRelation, agreement: from }, partners: [{ agreement: from, corrected: false }], onTopic: true };
  }
  // "When did Poland sign?" then "anything signed after that?": what was signed after (or before) its day.
  if (reading.around !== undefined && day !== undefined && reading.period === undefined && !namesSubject(reading)) {
    return { ...reading, period: { ...periodOfDate(day), mode: reading.around }, onTopic: true, cues: [impliedCue(hasCue(reading, "count") ? "count" : "list")] };
  }
  // "And how many were there then?", «а скільки тоді було угод»: the running total on the day of the one discussed.
  // (After a list, "then" is when the last of them was signed: "who signed in Washington?", then «а скільки угод тоді стало».)
  if (reading.then && hasCue(reading, "count") && reading.period === undefined && !namesSubject(reading)) {
    const lastDay = (state?.partners ?? []).map((id) => asked.context.registry.agreements.get(id)?.signed).filter((date) => date !== undefined).sort().at(-1);
    if (lastDay !== undefined) return { ...reading, period: { ...periodOfDate(lastDay), mode: "until" }, onTopic: true, cues: [impliedCue("count")] };
  }
  // "Biden signed on 13.06.2024 … and who else that day?": the day of the one agreement the question names.
  const [named, ...more] = partnersOf(reading);
  if (reading.sameDay && named !== undefined && more.length === 0) {
    return { ...reading, partners: [], people: [], period: periodOfDate(named.agreement.signed), onTopic: true, cues: [impliedCue("list")] };
  }
  // "Which of them came first?" then "and what number was the other one?": the one of the two not just discussed.
  if (reading.other && !namesSubject(reading) && state !== undefined) {
    const pool = state.recent.slice(0, state.listed ?? AMONG_DEFAULT);
    const others = pool.filter((id) => !state.partners.includes(id)).map((id) => asked.context.registry.agreements.get(id)).filter((agreement) => agreement !== undefined);
    // "and the other two?" after the first of the Baltic states: the rest of the set, when the number says how many.
    const stated = reading.words.map((word) => smallNumber(asked.context.language, word.norm)).find((n) => n !== undefined);
    if (others.length > 0 && ((others.length === 1 && pool.length === 2) || stated === others.length)) {
      return { ...reading, partners: others.map((agreement) => ({ agreement, corrected: false })), onTopic: true, content: [], carriedAspects: aspectsOf(reading).length > 0 ? [] : state.aspects };
    }
  }
  // "how many agreements has Ukraine signed?" then "does that include Croatia?": whether the count just given includes it.
  if (state?.collection === "count" && reading.countedAsked && reading.partners.length > 0 && reading.topics.length === 0 && (reading.followUp || short)) {
    return { ...reading, cues: [impliedCue("ordinal"), ...reading.cues.filter((cue) => cue.intent !== "commitments")], onTopic: true };
  }
  // "which deals were signed in June 2024?" then «а друга якого числа?», "and the third one, where?": the ordinal points
  // into the list just given when it asks something else of it (a date, a place); "and who was 2nd?" still asks the count.
  const listedAgreements = state?.listed === undefined ? [] : state.recent.slice(0, state.listed);
  const pointsIntoList = aspectsOf(reading).some((aspect) => aspect === "when" || aspect === "where" || aspect === "duration");
  if (reading.position !== undefined && listedAgreements.length >= 2 && reading.position <= listedAgreements.length && pointsIntoList && !namesSubject(reading) && reading.period === undefined && (reading.followUp || short)) {
    const agreement = asked.context.registry.agreements.get(listedAgreements[reading.position - 1] ?? "");
    if (agreement !== undefined) {
      return { ...reading, position: undefined, cues: reading.cues.filter((cue) => cue.intent !== "ordinal"), partners: [{ agreement, corrected: false }], pickedFromList: true, onTopic: true };
    }
  }
  // "Which of them came first?", «хто з них був першим»: among the agreements the last turns were about.
  // ("list the deals signed in Washington", then "which was first": among those listed, too. A group, an event or a
  // period the state keeps is named in the answer instead: "Of the EU member states, Greece signed most recently.")
  const keepsWhat = state?.group !== undefined || state?.event !== undefined || state?.period !== undefined;
  const firstOfListed = (reading.superlative === "first" || reading.superlative === "latest") && state?.listed !== undefined && !keepsWhat && content.length === 0 && reading.period === undefined && (reading.followUp || short);
  if ((reading.among || firstOfListed) && !namesSubject(reading) && state !== undefined) {
    // The set a turn listed ("which Nordic countries signed?", "who signed the next day?"), or else the last two turns' subjects.
    const partners = (state.recent.length > 0 ? state.recent : state.partners)
      .slice(0, state.listed ?? AMONG_DEFAULT)
      .map((id) => asked.context.registry.agreements.get(id))
      .filter((agreement) => agreement !== undefined)
      .map((agreement): PartnerMention => ({ agreement, corrected: false }));
    if (partners.length >= 2) return { ...reading, partners, among: true, onTopic: true };
  }
  // "What is the Paris declaration?" then "did the US sign it?": "it" is what the last question asked about, searched for again.
  const subject = state?.subject;
  // A question that picks its own agreement ("who was 15th of them?") or asks a text's topic is not about those words.
  // "does the Canadian one have it?" after the 24-hour clause: a topic asked before, now of a partner's text.
  const topicOfPartner = (state?.topics.length ?? 0) > 0 && namesSubject(reading);
  const picksAgreement = reading.position !== undefined || reading.superlative !== undefined || reading.relation !== undefined || reading.among || reading.topics.length > 0 || topicOfPartner;
  // «чому?» alone after an answer: why, of what it was about.
  const { whyWords } = asked.context.language;
  // The words of its own, past an opening "and" («а»): «а чому?» is a bare why.
  const opening = new Set(asked.context.language.followUps.matchAll(reading.words.map((word) => word.norm)).filter((match) => match.start === 0).flatMap((match) => match.positions));
  const ownWords = reading.words.filter((word, index) => !opening.has(index) && (!word.stopword || whyWords.has(word.norm) || asked.context.language.nowWords.has(word.norm)));
  const bareWhy = ownWords.length > 0 && ownWords.every((word) => whyWords.has(word.norm));
  // "Who signed the 100-year partnership?" then "when was that?": the event the last question named, not its words searched again.
  const lastEvent = state?.event === undefined ? undefined : asked.context.registry.events.get(state.event);
  if ((reading.pronoun || short) && state?.partners.length === 0 && lastEvent !== undefined && topCue(reading) === "when" && content.length === 0 && !picksAgreement && reading.events.length === 0 && !namesSubject(reading)) {
    return { ...reading, events: [lastEvent], onTopic: true };
  }
  if (((reading.pronoun && state?.partners.length === 0) || bareWhy) && content.length === 0 && !picksAgreement && subject !== undefined) {
    return { ...reading, onTopic: true, content: subject, search: [...reading.search, ...subject.map((term) => ({ term, corrected: false }))] };
  }
  // "How many were signed in Kyiv?" then "which ones?", «а з ким саме»: the agreements that count named.
  const asksWhich = reading.cues.length > 0 && reading.cues.every((cue) => cue.intent === "list" || cue.intent === "who");
  if (state?.collection === "count" && state.listed !== undefined && asksWhich && !namesSubject(reading) && reading.period === undefined && content.length === 0 && !picksAgreement && (reading.followUp || short)) {
    const relisted = state.recent.slice(0, state.listed).map((id) => asked.context.registry.agreements.get(id)).filter((agreement) => agreement !== undefined);
    if (relisted.length > 0) return { ...reading, relisted, onTopic: true };
  }
  // "and when was the last one that month?": the period asked before.
  const last = state?.period;
  // ("did Slovenia sign in June 2024?" then "who signed then?": "then" is that signing, not June.)
  const periodPicked = state?.collection !== undefined || state?.partners.length === 0 || reading.superlative !== undefined || reading.position !== undefined;
  if (reading.then && periodPicked && last !== undefined && reading.period === undefined && !namesSubject(reading)) reading = { ...reading, period: { ...periodOfDate(last.label), mode: last.mode } };
  // "how many before the NATO summit?" then "who signed the last one there?": that event.
  if (reading.there && lastEvent !== undefined && reading.period === undefined && !namesSubject(reading)) return { ...reading, events: [lastEvent], onTopic: true };
  // "how many before the NATO summit?" then "and by the end of it?": the running total on the event's last day
  // (or the last period's), counted or listed as before.
  if (reading.endOfThat && last !== undefined && reading.period === undefined && !namesSubject(reading)) {
    const end = lastEvent === undefined ? periodOfDate(last.label).end : (lastEvent.end ?? lastEvent.start);
    const cues = reading.cues.length > 0 ? reading.cues : [impliedCue(state?.collection ?? "count")];
    return { ...reading, period: { ...periodOfDate(end), mode: "until", ...(lastEvent === undefined ? {} : { event: lastEvent }) }, onTopic: true, cues };
  }
  // "and a week later?", «а через тиждень»: the last period asked, moved.
  const moved = reading.later !== undefined && last !== undefined && reading.period === undefined ? shiftLabel(last.label, reading.later) : undefined;
  // ("what about a month later?": the "about" of the opening asks nothing about an agreement.)
  if (moved !== undefined && last !== undefined) reading = { ...reading, period: { ...periodOfDate(moved), mode: last.mode }, cues: reading.cues.filter((cue) => !cue.positions.every((index) => opening.has(index))) };
  // "When did Poland sign?" then "and two days later?" (no period asked before): what was signed that many days after its day.
  const laterDay = reading.later !== undefined && day !== undefined && reading.period === undefined && !namesSubject(reading) ? shiftLabel(day, reading.later) : undefined;
  if (laterDay !== undefined) return { ...reading, period: periodOfDate(laterDay), onTopic: true, cues: reading.cues.length > 0 ? reading.cues : [impliedCue("list")] };
  // "and now?", «а зараз?» after a count: the latest count.
  const { nowWords } = asked.context.language;
  const nowOnly = ownWords.length > 0 && ownWords.every((word) => nowWords.has(word.norm));
  if (state?.collection !== undefined && reading.cues.length === 0 && nowOnly) return { ...reading, onTopic: true, period: undefined, cues: [impliedCue(state.collection)] };
  // "and by November 2025?" after a count: the same count for the new period.
  // "and by the end of June?": a month with no year is in the year asked about before.
  const year = state?.year;
  if (reading.period?.anyYear === true && year !== undefined) {
    const { period } = reading;
    reading = { ...reading, period: { ...period, anyYear: false, label: `${year}-${period.label.slice(2)}`, start: `${year}-${period.start}`, end: `${year}-${period.end}` } };
  }
  if (state?.collection !== undefined && reading.cues.length === 0 && reading.period !== undefined && !reading.period.anyYear && !namesSubject(reading) && content.length === 0 && (reading.followUp || short)) {
    return { ...reading, onTopic: true, cues: [impliedCue(state.collection)] };
  }
  // "and in Lviv?" after "which were signed in Kyiv?": the same count or list at the new place ("Washington" there is the city, not the US).
  const placeOnly = reading.places.length > 0 && reading.partners.every((mention) => namedByPlaceOnly(reading, mention.agreement.id));
  if (state?.collection !== undefined && reading.cues.length === 0 && placeOnly && reading.groups.length + reading.people.length + reading.events.length === 0 && content.length === 0 && (reading.followUp || short)) {
    return { ...reading, partners: [], onTopic: true, cues: [impliedCue(state.collection)] };
  }
  // "which was the last one?" in a conversation about the agreements is about them.
  if (state !== undefined && (reading.superlative !== undefined || reading.position !== undefined) && content.length === 0) reading = { ...reading, onTopic: true };
  if (!namesSubject(reading)) {
    const partners = (state?.partners ?? [])
      .map((id) => asked.context.registry.agreements.get(id))
      .filter((agreement) => agreement !== undefined)
      .map((agreement): PartnerMention => ({ agreement, corrected: false }));
    const group = state?.group === undefined ? undefined : asked.context.registry.dataset.groups.find((candidate) => candidate.id === state.group);
    // "and the second?", "the latest?": a question that picks its own agreement by order inherits no subject.
    // («в якому місяці їх було найбільше»: "them" is all the agreements, the month is what it picks.)
    const picksItsOwn = reading.position !== undefined || reading.superlative !== undefined || reading.relation !== undefined || reading.busiest !== undefined;
    // "which was the last one?" after the EU members: the last of that group.
    if ((reading.superlative === "first" || reading.superlative === "latest") && group !== undefined && reading.period === undefined) return { ...reading, groups: [group], onTopic: true };
    // A year with the money ("how much for 2024?", "whats the amount for 2024") narrows what is asked of the same agreement;
    // any other period starts afresh.
    const moneyOnly = reading.money && reading.cues.length === 0;
    const periodAsked = reading.period === undefined || asksCommitments(aspectsOf(reading)) || moneyOnly;
    const pointsBack = !picksItsOwn && (reading.pronoun || ((asks || moneyOnly) && (content.length === 0 || moneyOnly) && periodAsked) || reading.followUp);
    if (pointsBack && (partners.length > 0 || group !== undefined)) {
      // "do they send lethal weapons?" after "how much for 2024?" asks its own thing: an aspect carries over only to a
      // question with no words of its own ("and for 2025?", "who signed it?").
      const carriedAspects = moneyOnly ? ["money"] : content.length === 0 ? (state?.aspects ?? []) : [];
      return { ...reading, partners, groups: group === undefined ? [] : [group], topics: reading.topics.length > 0 ? reading.topics : (state?.topics ?? []), carriedAspects, weekday: carriesWeekday(reading, carriedAspects), onTopic: reading.onTopic || moneyOnly };
    }
    // "Who signed it?" as a first question: say what is needed instead of listing everything.
    if (reading.pronoun && !asks) return reading;
    // («Коли підписали 29-ту угоду?» picks its own by number: "ту" there is no pronoun.)
    if (reading.pronoun && content.length === 0 && reading.period === undefined && !picksItsOwn) return "which";
    return reading;
  }
  // (A question of what the sources cannot know, "and what did Tusk privately tell his cabinet?", asks that, not what was asked before.)
  if (state !== undefined && !asks && reading.gaps.length === 0 && content.length === 0 && (reading.followUp || short) && state.aspects.length + state.topics.length > 0) {
    return { ...reading, carriedAspects: state.aspects, weekday: carriesWeekday(reading, state.aspects), topics: state.topics };
  }
  return reading;
}

/** "What day of the week did Finland sign?", then "and Latvia?": the weekday too, when the follow-up asks nothing of its own. */
function carriesWeekday(reading: Reading, carried: readonly string[]): boolean {
  return reading.weekday || (carried.includes(WEEKDAY) && aspectsOf(reading).length === 0);
}

/** Whether the partner is named only by a place word ("signed in Washington" names a city, not the United States). */
function namedByPlaceOnly(reading: Reading, id: string): boolean {
  return reading.places.some((place) => place.partner === id && !place.claim);
}

/** Whether two agreements were signed on neighbouring signing days (one the next signing after the other). */
function adjacentDays(asked: Asked, one: Agreement, other: Agreement): boolean {
  const days = asked.context.registry.signingDays;
  return Math.abs(days.indexOf(one.signed) - days.indexOf(other.signed)) === 1;
}

/** "Which agreement do you mean?", with an example to copy. */
export function askWhich(asked: Asked): Answer {
  const { pack } = asked.context.language;
  const draft = newDraft(asked.context);
  draft.line(fill(pack.answers.pronoun.which, { example: pack.examples[0] ?? "" }));
  return finish(asked, draft, { status: "no_answer", intent: "none", confidence: 0, suggestions: pack.examples.slice(0, 3), unanswered: ["subject"] });
}

/** What this turn was about, for the next one; the previous subject stays when this turn named none. */
export function nextState(reading: Reading, previous: ConversationState | undefined, about: readonly Agreement[] = [], searched = false): ConversationState | undefined {
  // "Which of them came first?" was given its candidates; what it is about is the one its answer picked.
  // ("which were signed in Washington?" is not about the US: a partner named only by a place word is no subject.)
  // ("which came right after Finland's?" is then about the one it found, Latvia, as "which of them…" is.)
  const named = reading.among || reading.relation !== undefined ? [] : partnersOf(reading).map((mention) => mention.agreement.id).filter((id) => !namedByPlaceOnly(reading, id));
  // "Which country signed first?" names none, but its answer does: the follow-up continues with it.
  const partners = named.length > 0 ? named : about.map((agreement) => agreement.id);
  // "Which Baltic state signed first?" is then about the one it found, not the whole group.
  const group = named.length === 0 && about.length > 0 ? undefined : reading.groups[0]?.id;
  // (A weekday asked is kept beside the aspects, for the next "and Latvia?".)
  const aspects = [...aspectsOf(reading), ...(reading.weekday ? [WEEKDAY] : [])];
  const top = reading.cues[0]?.intent;
  const collection = top === "count" || top === "list" ? top : undefined;
  const year = reading.period === undefined || reading.period.anyYear ? previous?.year : reading.period.start.slice(0, 4);
  const newPeriod = reading.period !== undefined && !reading.period.anyYear;
  const asked = newPeriod && reading.period !== undefined ? { label: reading.period.label, mode: reading.period.mode } : previous?.period;
  // The event goes with the period it bounded (a new period without one drops it), or is the one the question named.
  const event = newPeriod ? reading.period?.event?.id : (reading.events[0]?.id ?? previous?.event);
  const period = { ...(asked === undefined ? {} : { period: asked }), ...(event === undefined ? {} : { event }) };
  const among = amongAfter(reading, previous, partners);
  // "What is the Paris declaration?", answered by the search: what a later "it" points back at (see `carryOver`).
  const terms = searched ? reading.search.filter((word) => word.group === undefined && !word.expansion).map((word) => word.term).slice(0, MAX_SUBJECT) : [];
  if (partners.length === 0 && group === undefined) {
    if (previous === undefined && collection === undefined && terms.length === 0) return undefined;
    const base: ConversationState = previous ?? { partners: [], aspects: [], topics: [], recent: [] };
    const counted = collection ?? base.collection;
    const subject = terms.length > 0 ? terms : base.subject;
    return {
      ...base,
      // A question about an event and no partner ("who signed the 100-year partnership?") leaves the partner before it.
      partners: reading.events.length > 0 ? [] : base.partners,
      ...among,
      ...(subject === undefined ? {} : { subject }),
      aspects: aspects.length > 0 ? aspects : base.aspects,
      topics: reading.topics.length > 0 ? reading.topics : base.topics,
      ...(counted === undefined ? {} : { collection: counted }),
      ...(year === undefined ? {} : { year }),
      ...period,
    };
  }
  // A list that names its agreements is still a list: "and by November 2025?" counts again.
  return { partners, aspects, topics: reading.topics, ...among, ...(terms.length > 0 ? { subject: terms } : {}), ...(group === undefined ? {} : { group }), ...(collection === undefined ? {} : { collection }), ...(year === undefined ? {} : { year }), ...period };
}

/**
 * What a later "which of them …" picks among: the agreements a turn put before the user together (a
 * group's members, a day's signings) as one set of `listed`, or else this turn's subject before the
 * earlier ones. A turn that itself picked among them, or one of them by its place in the list, leaves the set as it was.
 */
function amongAfter(reading: Reading, previous: ConversationState | undefined, partners: readonly string[]): Pick<ConversationState, "recent" | "listed"> {
  if ((reading.among || reading.pickedFromList) && previous !== undefined) return { recent: previous.recent, ...(previous.listed === undefined ? {} : { listed: previous.listed }) };
  const groupMembers = reading.groups[0]?.members ?? [];
  // "which Baltic state signed first?": the one found, then the rest of the group, which "the other two" and "which of them" pick among.
  const picked = partners.length > 0 && partners.every((id) => groupMembers.includes(id)) ? [...partners, ...groupMembers.filter((id) => !partners.includes(id))] : undefined;
  const members = picked ?? (partners.length === 0 ? groupMembers : partners);
  if (members.length >= 2) return { recent: members.slice(0, MAX_LISTED), listed: Math.min(members.length, MAX_LISTED) };
  return { recent: [...new Set([...partners, ...(previous?.recent ?? previous?.partners ?? [])])].slice(0, MAX_RECENT) };
}
