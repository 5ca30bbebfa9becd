/**
 * Reads a question in one language into a complete reading: typos corrected
 * against the known words; the partners, groups, people, places, countries,
 * events, dates and periods it names, all resolved against the data; what it
 * asks (the cue phrases of each question type, superlatives, yes/no, a
 * neighbour in signing order); what it takes for granted (premises); what
 * the corpus cannot know (gaps); and the words left over.
 */
import type { Agreement, Event, Group } from "../dataset/schema.ts";
import type { Comparative, Entity, LanguageContext, LaterUnit, SignerOffices, Superlative } from "../lang/context.ts";
import type { QueryWord } from "../search/query.ts";
import { INTENT_PRECEDENCE, SPECIFIC_INTENTS, type CueIntent } from "./cues.ts";
import { eitherDay, eitherMonth, findPeriod, weekOf, holidayIn, inPeriod, periodAround, periodFromEvent, periodOfDate, readDate, shiftDay, shiftLabel, type Period } from "./dates.ts";
import type { PhraseMatch } from "./phrases.ts";
import { isAcronym, type Analyser } from "../text/analyser.ts";
import { PairCache } from "../pair-cache.ts";
import type { StatedSum } from "./stated-sum.ts";

/** An alias written as an acronym ("US", "UK", "EU"), which records use as often as the full name. */
const ACRONYM = /^\p{Lu}{2,4}$/u;

export interface QuestionWord {
  raw: string;
  /** Normalised, as typed. */
  typed: string;
  /** Normalised, after typo correction. */
  norm: string;
  stem: string;
  corrected: boolean;
  stopword: boolean;
}

export interface PartnerMention {
  agreement: Agreement;
  /** True when a typo had to be corrected to recognise it. */
  corrected: boolean;
}

/** "signed in Brussels": a place where agreements were signed. */
export interface PlaceMention {
  /** The place as typed. */
  name: string;
  agreements: readonly Agreement[];
  /** The partner the same word names, if any ("Washington" is also the United States). */
  partner: string | undefined;
  /**
   * True when that partner is also named otherwise, by its name or a signatory ("did the US sign
   * in Washington?", "Biden … in Washington"): the place is then said of its agreement, not a name for it.
   */
  claim: boolean;
  /**
   * True for signings outside the place ("outside Ukraine", "abroad"): `agreements` are those signed anywhere else
   * and `name` says where, as an answer writes it ("outside Ukraine").
   */
  outside: boolean;
}

export interface CueMatch {
  intent: CueIntent;
  length: number;
  start: number;
  end: number;
  /** The cue's own words (a `*` gap's words excluded). */
  positions: number[];
}

/** A signatory the question names, and the agreements they signed. */
export interface PersonMention {
  name: string;
  /** The agreements they signed; none for someone only quoted ("Keir Starmer"). */
  agreements: readonly Agreement[];
  /** For someone who signed none: the agreement of the partner their office names, if any. */
  of?: Agreement;
  /** For someone who signed none: the name as the question's language writes it («Кір Стармер»). */
  shown?: string;
}

export interface Understanding {
  words: QuestionWord[];
  partners: PartnerMention[];
  groups: Group[];
  people: PersonMention[];
  /** Every signing place the question names ("in Paris", "the Paris agreement"), besides `place` after a cue. */
  places: PlaceMention[];
  /**
   * "right after Finland's": the partner whose neighbour in signing order is asked for, or the one another is said to
   * come before or after ("did Denmark sign before Latvia?"); `either` when both are asked ("before or after Latvia?").
   */
  relation: { kind: "after" | "before"; agreement: Agreement; either?: true } | undefined;
  /** A relation word with no partner after it ("which one came next?", «а яка наступна»): of the agreement discussed before, or of the one named in a question of the days between ("how many days between the UK agreement and the next one?"). */
  openRelation: "after" | "before" | undefined;
  /** A position named as a number ("the 10th agreement", "tenth"). */
  position: number | undefined;
  /** A term named in years ("ten years", "10-year"). */
  years: number | undefined;
  /** What the corpus cannot know that the question asks (the pack's `gaps`). */
  gaps: string[];
  /** Events the question takes for granted (the pack's `premises`). */
  premises: string[];
  /** True when it names a signatory's office ("prime minister"). */
  role: boolean;
  /**
   * Offices the signings are filtered by, in a question naming no partner or person ("signed by presidents, not prime
   * ministers"): `include` the offices asked for (every office when empty), `exclude` those after a "not".
   */
  offices: { include: SignerOffices[]; exclude: SignerOffices[] } | undefined;
  /** True when it starts as a yes/no question ("Did …", "Чи …"). */
  yesNo: boolean;
  /**
   * True when that question offers alternatives ("was it signed in Kyiv or London?", "did Scholz or Macron sign?",
   * «у Києві чи у Львові?»): what the record holds is the answer, not a yes or a no. "… or not?" is no choice.
   */
  choice: boolean;
  /** True when it asks about every member ("all", «усі»). */
  everyMember: boolean;
  /** True when it asks to set partners side by side ("compare", "vs"). */
  compare: boolean;
  /** True when it points back at an earlier subject ("who signed it?"). */
  pronoun: boolean;
  /** True when it opens as a follow-up ("and France?", "what about Poland?"). */
  followUp: boolean;
  /** True when it points at the day of the agreement discussed before ("who else signed that day?"). */
  sameDay: boolean;
  /** True when it points at the time of the agreement discussed before ("how many were there then?"). */
  then: boolean;
  /** True when it points at the end of the period or event asked about before ("and by the end of it?"). */
  endOfThat: boolean;
  /** True when it points at the event asked about before ("the last one there"). */
  there: boolean;
  /** True when it points at the other of two agreements discussed ("and the other one?"). */
  other: boolean;
  /** True when it asks why ("why", "how come", «чому»). */
  why: boolean;
  /** True when a count asks the running total ("how many did Ukraine have", «скільки всього було»), not the signings in a period. */
  runningTotal: boolean;
  /** True when it asks about Ukraine's side ("who signed for Ukraine?"). */
  ukraineSide: boolean;
  /** True when it asks how much money ("how much", "billion"): what it asks of the commitments is their amounts. */
  money: boolean;
  /** True when it asks for what is absent ("which agreements have no termination clause?"). */
  without: boolean;
  /** True when it picks among the agreements just discussed ("which of them came first?"). */
  among: boolean;
  /** True when a follow-up's ordinal picked one of the agreements just listed («а друга якого числа?»; set by the conversation). */
  pickedFromList: boolean;
  /** True when it asks whether an agreement is in the official count ("is Croatia counted?"); the ordinal cue says it asks the place. */
  countedAsked: boolean;
  /** The partners a group, a day or an event is asked without ("besides Poland", «крім США»): left out of its list. */
  setAside: Agreement[];
  /** A time after (or, negative, before) the one asked before ("and a week later?", «а через тиждень», "a week earlier"), for a follow-up to move that date by. */
  later: { amount: number; unit: LaterUnit } | undefined;
  /** The month or day with the most signings, when it asks it ("which month had the most?", "which day had the most signings", «в який день підписали найбільше угод»). */
  busiest: "month" | "day" | undefined;
  /** The longest or shortest time between one signing and the next, when it asks it ("the longest gap between two signings", «найдовша перерва»). */
  pause: "longest" | "shortest" | undefined;
  /** "how many days between the very first agreement and the most recent one?": the days asked span the first and the latest. */
  bothEnds: boolean;
  /** "who pledged the most for 2024?", «хто дав найменше грошей»: sums to rank, largest or smallest first. */
  amountOrder: "largest" | "smallest" | undefined;
  /** True when it counts a unit of time ("how many months' notice", «скількох годин»): a measure in a text. */
  measure: boolean;
  /** A length of time it states ("six months' notice", «за 6 місяців»), for a text's own figure to confirm or correct. */
  statedMeasure: StatedMeasure | undefined;
  /** A number of agreements it states ("did Ukraine sign 25 agreements in 2024?", «30 угод»), for the count to confirm or correct. */
  statedCount: number | undefined;
  /** A sum it states of a partner ("belgium commits 2 billion euros"), checked against the agreement's money. */
  statedSum: StatedSum | undefined;
  /** "anything signed after that?", «а до того?»: the time after or before the agreement just discussed. */
  around: "after" | "before" | undefined;
  /** True when it asks when a term ends ("until when?", «до якого року діє»). */
  until: boolean;
  /** True when it asks the day of the week ("what day of the week did Canada sign?"). */
  weekday: boolean;
  /** True when it asks the time between two signings ("how many days between the UK and Albanian agreements?"). */
  interval: boolean;
  /** The day after (1) or before (-1) the agreement just discussed ("who signed the next day?"), when no event is named. */
  dayShift: 1 | -1 | undefined;
  /** What a follow-up inherits from the conversation: the aspects asked before ("and France?" after "When did Japan sign?"). */
  carriedAspects: string[];
  /** What a follow-up asks to see again: "which ones?" after a count names the agreements it counted (set by the conversation). */
  relisted: Agreement[];
  /** Provision topics it names (`topics` in the pack): "demining", "frozen assets". */
  topics: string[];
  /** The stems of the words that name those topics ("jet" in "any jets?"). */
  topicWords: string[];
  /** True when it points at the text itself ("mention", "section", "clause"). */
  textCue: boolean;
  /** The indexes of the words that ask the text ("mention", "does * name"): no subject of their own. */
  textWordsAt: number[];
  /** A section it names ("section 3", "article IV"), as the texts number them. */
  section: string | undefined;
  /** True when it speaks of the signing itself ("signed", "signature"), so a date or place in it says when or where that was. */
  signing: boolean;
  /** Countries with no agreement on record, by display name. */
  countries: string[];
  events: Event[];
  period: Period | undefined;
  place: PlaceMention | undefined;
  /** Signings outside the home place, when the question asks them beside the home place ("in Ukraine and how many abroad"). */
  andOutside: PlaceMention | undefined;
  /** Cue matches, strongest first: specific question types, then longer cues, then precedence. */
  cues: CueMatch[];
  superlative: Superlative | undefined;
  /** "is the US deal longer than the UK one?": which way two named agreements' terms are compared. */
  comparative: Comparative | undefined;
  /** True when a topic word ("agreement", "signed", "countries") shows the question is about the agreements. */
  onTopic: boolean;
  /** Words (not stopwords) the corpus and the language pack do not know, even after typo correction. */
  unknown: number;
  /** Known corpus words that are not names, dates, cues, stopwords or topic words: what else the question asks about. */
  content: string[];
  /** The words to search for. */
  search: QueryWord[];
  /** The same words as the search over the translations reads them (`LanguageContext.translated`); empty without it. */
  translatedSearch: QueryWord[];
}

/** A number and a unit of time as a question or a text states them: the unit as `unitOfTime` names it. */
export interface StatedMeasure {
  amount: number;
  unit: TimeUnit;
}

/** A unit a length of time is given in: a follow-up's units and hours. */
export type TimeUnit = LaterUnit | "hour";

/** "months", «місяців» → "month"; the pack's hours (not a unit a follow-up moves by) → "hour". */
export function unitOfTime(context: LanguageContext, norm: string): TimeUnit | undefined {
  return context.later.units.get(norm) ?? (context.timeUnits.has(norm) ? "hour" : undefined);
}

/** Every number written just before a unit of time ("6 months", "six months", «шість місяців»), in order. */
export function measuresIn(context: LanguageContext, norms: readonly string[]): StatedMeasure[] {
  const found: StatedMeasure[] = [];
  for (let index = 1; index < norms.length; index++) {
    const unit = unitOfTime(context, norms[index] ?? "");
    if (unit === undefined) continue;
    const before = norms[index - 1] ?? "";
    const amount = /^\d{1,3}$/.test(before) ? Number(before) : context.numberWords.get(before);
    if (amount !== undefined) found.push({ amount, unit });
  }
  return found;
}

export function understand(context: LanguageContext, question: string): Understanding {
  const { analyser, lexicon } = context;
  const corrections = new Map<string, string | undefined>();
  const words: QuestionWord[] = analyser.tokens(question).map((token) => {
    if (!corrections.has(token.norm)) {
      // A word is known when the corpus holds its stem ("live" meets "lives"), even if not this very form.
      // A Roman numeral ("VIII", a section) is never a typo of another ("VII").
      const known = lexicon.has(token.norm) || context.index.documentFrequency.has(analyser.stem(token.norm)) || ROMAN.test(token.norm);
      corrections.set(token.norm, known ? undefined : lexicon.correct(token.norm)?.word);
    }
    const correction = corrections.get(token.norm);
    const norm = correction ?? token.norm;
    return { raw: token.raw, typed: token.norm, norm, stem: analyser.stem(norm), corrected: correction !== undefined, stopword: analyser.isStopword(norm) && !isAcronym(token) };
  });
  const stems = words.map((word) => word.stem);
  const covered = new Array<boolean>(words.length).fill(false);

  const partners: PartnerMention[] = [];
  const countries: string[] = [];
  const events: Event[] = [];
  const groups: Group[] = [];
  const people: PersonMention[] = [];
  /** Word index where each event's name starts, for "before the NATO summit". */
  const eventStarts = new Map<Event, number>();
  /** Word index where each partner's name starts, for "right after Finland". */
  const partnerStarts = new Map<string, number>();
  /** Word index → the partner its name belongs to, so search treats "United States" as one word. */
  const partnerAt = new Map<number, string>();
  /** Word indexes inside the name of a group, event or person: "States" in "Baltic states" is no place. */
  const otherNames = new Set<number>();
  for (const match of context.entities.matchLongest(stems)) {
    const span = words.slice(match.start, match.end);
    if (span.length === 1 && span[0]?.stopword === true && !isAcronymUse(words, match.start, context)) continue;
    const entity = memberOfGroup(context, words, stems, match) ?? match.value;
    // A surname that is also a word names a person only when written as a name ("Store" is Støre; "store" is a word).
    if (entity.kind === "person" && span.length === 1 && !isCapitalised(span[0]?.raw ?? "") && context.ordinaryWordSurnames.has(span[0]?.typed ?? "")) continue;
    cover(covered, match.start, match.end);
    if (entity.kind !== "partner" && entity.kind !== "country") for (let index = match.start; index < match.end; index++) otherNames.add(index);
    if (entity.kind === "group") {
      // "all three Baltic states", "the 7 G7 countries": the number counts the members.
      const before = words[match.start - 1];
      if (before !== undefined && (/^\d+$/.test(before.norm) || context.numberWords.has(before.norm))) covered[match.start - 1] = true;
    }
    if (entity.kind === "partner") {
      for (let index = match.start; index < match.end; index++) {
        // Stopwords inside a longer name ("of" in "United States of America") are not searched for.
        if (span.length === 1 || words[index]?.stopword !== true) partnerAt.set(index, entity.agreement.id);
      }
      if (!partners.some((mention) => mention.agreement.id === entity.agreement.id)) {
        partners.push({ agreement: entity.agreement, corrected: span.some((word) => word.corrected) });
        partnerStarts.set(entity.agreement.id, match.start);
      }
    } else if (entity.kind === "country") {
      if (!countries.includes(entity.name)) countries.push(entity.name);
    } else if (entity.kind === "group") {
      if (!groups.includes(entity.group)) groups.push(entity.group);
    } else if (entity.kind === "person") {
      if (!people.some((person) => person.name === entity.name)) {
        people.push({ name: entity.name, agreements: entity.agreements, ...(entity.of === undefined ? {} : { of: entity.of }), ...(entity.shown === undefined ? {} : { shown: entity.shown }) });
      }
    } else {
      // "before the NATO summit opened": the words saying when in it go with its name.
      const phase = context.eventPhase.matchAll(words.map((word) => word.norm)).find((candidate) => candidate.start === match.end);
      if (phase !== undefined) cover(covered, phase.start, phase.end);
      if (!events.includes(entity.event)) {
        events.push(entity.event);
        eventStarts.set(entity.event, match.start);
      }
    }
  }

  const norms = words.map((word) => word.norm);
  const dateCueEnds = context.dateCues.matchAll(norms);
  const cueBefore = (index: number) => {
    // "by the end of March": the longest cue ending right before the date, an article allowed between.
    const end = context.articles.has(norms[index - 1] ?? "") ? [index, index - 1] : [index];
    const cue = dateCueEnds.filter((match) => end.includes(match.end)).sort((a, b) => b.length - a.length)[0];
    return cue === undefined ? undefined : { mode: cue.value, start: cue.start, end: cue.end };
  };
  // "a year after Vilnius", "the day before Washington": a city right after a cue bounding a date names the milestone
  // event held there, not the place (where "signed in Vilnius" is Latvia's).
  if (eventStarts.size === 0) {
    words.forEach((word, index) => {
      const event = context.eventCities.get(word.stem);
      const cue = cueBefore(index);
      if (event === undefined || covered[index] || cue === undefined || !["before", "after", "dayBefore", "dayAfter"].includes(cue.mode)) return;
      events.push(event);
      eventStarts.set(event, index);
      otherNames.add(index);
      covered[index] = true;
    });
  }
  const dateCues = { months: context.months, isStopword: (word: string) => analyser.isStopword(word), cueBefore, yearParts: context.yearParts, holidays: context.holidays, monthParts: context.monthParts, orWords: context.orWords, bothAnd: context.bothAnd, ordinalEndings: context.ordinalEndings };
  const dated = eitherDay(norms, dateCues) ?? eitherMonth(norms, dateCues) ?? holidayIn(norms, dateCues) ?? readDate(question, norms, context.pack.lang, dateCues) ?? findPeriod(norms, dateCues);
  // "the week of 10 July 2024": the Monday-to-Sunday week that holds the day.
  const weekAsked = dated !== undefined && !dated.anyYear && dated.start === dated.end && context.weekOf.matchAll(norms).some((match) => match.end === dated.from || match.end + 1 === dated.from);
  let period = weekAsked && dated !== undefined ? weekOf(dated) : dated;
  let nearestToEvent: "first" | "latest" | undefined;
  // "before the NATO summit", "after the G7 summit in June 2024": a period bounded by an event; a month or year that holds
  // the event restates when it was.
  // ("by the end of the Washington summit (11 July 2024)": a day inside the event's days restates it too.)
  const named = [...eventStarts.keys()];
  const insideEvent = dated !== undefined && dated.start === dated.end && named.some((event) => dated.start >= event.start && dated.start <= (event.end ?? event.start));
  const restated = (dated?.mode === "within" && named.some((event) => inPeriod(event.start, dated))) || insideEvent ? dated : undefined;
  if (period === undefined || restated !== undefined) {
    for (const [event, start] of eventStarts) {
      // "the day before the Washington NATO summit": the event's place may come between the cue and its name.
      const placeBefore = start > 0 && placeTerms(analyser, event).has(words[start - 1]?.stem ?? "") ? start - 1 : start;
      const cue = cueBefore(start) ?? cueBefore(placeBefore);
      // «на саміті G7» is at the summit: a one-word cue that is also a place word is the place one before an event.
      const atEvent = cue !== undefined && cue.end - cue.start === 1 && context.placeCues.has(norms[cue.start] ?? "");
      const moved = eventOffset(norms, start, cue, context);
      if (moved !== undefined) {
        // "two weeks after the G7 summit", "before the first anniversary of the Vilnius declaration": the event's days moved,
        // then bounded by a cue before all of it.
        const outer = cueBefore(moved.from);
        period = periodFromEvent(event, moved, outer?.mode === "before" || outer?.mode === "after" || outer?.mode === "until" ? outer.mode : "within", outer?.start ?? moved.from, start + 1);
      } else if (cue !== undefined && !atEvent) {
        period = periodAround(event, cue.mode, cue.start, start + 1);
        // "right before the NATO summit", «одразу після саміту»: the nearest signing, not all of them.
        if ((cue.mode === "before" || cue.mode === "after") && context.nearest.has(norms[cue.start - 1] ?? "")) {
          nearestToEvent = cue.mode === "before" ? "latest" : "first";
          covered[cue.start - 1] = true;
        }
      }
    }
  }
  if (restated !== undefined) cover(covered, restated.from, restated.to);
  if (period !== undefined) {
    cover(covered, period.from, period.to);
    // "spring 2024 (March to May)": other month names beside a period restate it; they are not what else is asked.
    words.forEach((word, index) => {
      if (context.months.has(word.norm)) covered[index] = true;
    });
  }

  /** Whether the partner a place word at `index` names is named otherwise too (see `PlaceMention.claim`). */
  const namedOtherwise = (partner: string | undefined, index: number) =>
    partner !== undefined &&
    ([...partnerAt].some(([at, id]) => id === partner && at !== index) || people.some((person) => person.agreements.some((agreement) => agreement.id === partner)));
  let place: PlaceMention | undefined;
  // "outside Ukraine", «не в Україні»: the phrase ends where the place's cue would be (or is its cue); only a question
  // naming no partner asks it ("wasn't Denmark's signed in Lviv?" asks whether it was).
  // (A partner named only by the place after such words — «не в Стокгольмі» — is that place, not a partner asked about.)
  const outsideMatches = context.outsidePlace?.words.matchAll(norms) ?? [];
  const onlyThePlace = (id: string) => [...partnerAt].filter(([, partner]) => partner === id).every(([at]) => outsideMatches.some((match) => at === match.end || (at === match.end + 1 && context.articles.has(words[match.end]?.norm ?? ""))));
  const outsideAt = new Map((partners.every((mention) => onlyThePlace(mention.agreement.id)) ? outsideMatches : []).map((match) => [match.end - 1, match]));
  for (let index = 0; index < words.length - 1 && place === undefined; index++) {
    const outside = outsideAt.get(index);
    if (!context.placeCues.has(words[index]?.norm ?? "") && outside === undefined) continue;
    const next = context.articles.has(words[index + 1]?.norm ?? "") ? index + 2 : index + 1;
    const word = words[next];
    // "in Copenhagen": a partner's name or capital where no agreement was signed is a place all the same, with none signed
    // there — but "in the Polish agreement" names the agreement.
    const country = partnerAt.get(next);
    const agreements = word === undefined ? undefined : (signedAt(context, word.stem, true) ?? (country !== undefined && !namesAgreement(words, next, context) ? (context.signedInCountry.get(country) ?? []) : undefined));
    if (word !== undefined && agreements !== undefined && !otherNames.has(next)) {
      place = { name: placeName(words, next, context), agreements, partner: partnerAt.get(next), claim: namedOtherwise(partnerAt.get(next), next), outside: false };
      if (outside !== undefined && context.outsidePlace !== undefined) {
        const home = agreements === context.outsidePlace.home;
        const typed = [...words.slice(outside.start, next).map((word) => word.raw), placeName(words, next, context)].join(" ");
        place = { ...place, name: home ? context.outsidePlace.outsideHome : typed, agreements: context.outsidePlace.others(agreements), partner: undefined, claim: false, outside: true };
        const named = partners.findIndex((mention) => mention.agreement.id === partnerAt.get(next));
        if (named >= 0) partners.splice(named, 1);
        for (let at = outside.start; at < index; at++) covered[at] = true;
      }
      // The place is what it names, not something else asked about; "inside" before it is its cue.
      covered[next] = true;
      covered[index] = true;
      // «Румунія підписала у Вашингтоні?»: beside another partner, a capital is where that one signed, not a second partner.
      const capitalOf = partnerAt.get(next);
      const other = partners.some((mention) => mention.agreement.id !== capitalOf);
      if (capitalOf !== undefined && other && ![...partnerAt].some(([at, id]) => id === capitalOf && at !== next)) {
        partners.splice(partners.findIndex((mention) => mention.agreement.id === capitalOf), 1);
      }
    }
  }
  // "how many were signed abroad?": outside the home place, which the words name by themselves ("in Ukraine, not abroad"
  // restates the home place).
  const abroad = partners.length === 0 ? context.outsidePlace?.abroad.matchAll(norms)[0] : undefined;
  let andOutside: PlaceMention | undefined;
  if (abroad !== undefined && context.outsidePlace !== undefined && (place === undefined || place.agreements === context.outsidePlace.home)) {
    const { home, outsideHome, others } = context.outsidePlace;
    andOutside = { name: outsideHome, agreements: others(home), partner: undefined, claim: false, outside: true };
    if (place === undefined) [place, andOutside] = [andOutside, undefined];
    for (let at = abroad.start; at < abroad.end; at++) covered[at] = true;
  }
  // "on Ukrainian soil", «на українській землі»: the home place, named without its name.
  const onHome = place === undefined && partners.length === 0 ? context.outsidePlace?.onHome.matchAll(norms)[0] : undefined;
  if (onHome !== undefined && context.outsidePlace !== undefined) {
    place = { name: context.outsidePlace.homeName, agreements: context.outsidePlace.home, partner: undefined, claim: false, outside: false };
    for (let at = onHome.start; at < onHome.end; at++) covered[at] = true;
  }

  // "when will they arrive?" is a prediction as a whole: its "when" asks no signing date.
  const topicPhrases = context.topics.matchAll(stems);
  const namedTopics = new Set(topicPhrases.map((match) => match.value));
  const gapMatches = context.gaps.matchAll(norms).filter((gap) => !(context.pack.gaps[gap.value]?.unlessTopics ?? []).some((topic) => namedTopics.has(topic)));
  const inGap = new Array<boolean>(words.length).fill(false);
  for (const gap of gapMatches) for (let index = gap.start; index < gap.end; index++) inGap[index] = true;
  const matches = context.cues.matchAll(stems).filter((match) => match.positions.some((index) => !covered[index]) && !match.positions.every((index) => inGap[index]));
  // «до якого року діє» asks the term: the "which year" inside it asks nothing of its own (one pass: the longest cue at each word).
  const longestAt = new Array<number>(words.length).fill(0);
  for (const match of matches) for (const index of match.positions) longestAt[index] = Math.max(longestAt[index] ?? 0, match.length);
  // «строк попередження» (notice period) is a topic's phrase: the «строк» in it asks no term.
  const inLongerTopic = (match: PhraseMatch<CueIntent>) => match.value === "duration" && topicPhrases.some((topic) => topic.positions.length > match.positions.length && match.positions.every((index) => topic.positions.includes(index)));
  const cues = matches
    .filter((match) => !match.positions.every((index) => (longestAt[index] ?? 0) > match.length) && !inLongerTopic(match))
    // "Finland's 23rd package" asks no place in the count.
    .filter((match) => match.value !== "ordinal" || !match.positions.some((index) => numbersOther(words, index, context)))
    .map((match) => ({ intent: match.value, length: match.length, start: match.start, end: match.end, positions: match.positions }))
    .sort(compareCues);
  // Only a cue's own words are cue words: in "did Slovenia's president sign", "president" is what is asked about.
  const cueCovered = [...covered];
  for (const cue of cues) for (const index of cue.positions) cueCovered[index] = true;
  const superlativeMatches = context.superlatives.matchAll(stems);
  const superlativeMatch = superlativeMatches
    .filter((match) => !match.positions.some((index) => cueCovered[index] && !isOrderWord(cues, index)))
    // "which agreement lasts the longest": of two one-word matches, the term ("longest") says more than "last".
    .sort((a, b) => b.length - a.length || Number(isTermSuperlative(b.value)) - Number(isTermSuperlative(a.value)))[0];
  // "which was signed later, the Czech one or the Latvian one?": only between named agreements ("a week later" moves a date).
  const pairMatch = superlativeMatch === undefined && nearestToEvent === undefined && partners.length >= 2 ? context.pairOrder.matchAll(stems).find((match) => match.positions.every((index) => !cueCovered[index])) : undefined;
  const superlative = superlativeMatch?.value ?? nearestToEvent ?? pairMatch?.value;
  if (pairMatch !== undefined) for (const index of pairMatch.positions) cueCovered[index] = true;
  if (superlativeMatch !== undefined) for (const index of superlativeMatch.positions) cueCovered[index] = true;
  const asksTerm = superlative === "longest" || superlative === "shortest" ? superlative : undefined;
  const pause = asksTerm !== undefined && markAll(cueCovered, context.pause.matchAll(stems)).length > 0 ? asksTerm : undefined;
  const [comparative] = markAll(cueCovered, context.comparatives.matchAll(stems).filter((match) => match.positions.every((index) => !cueCovered[index])));

  // "How many did Ukraine have after the G7 summit?", «скільки угод стало після Румунії»: the running total then, not the signings after it.
  const total = cues.some((cue) => cue.intent === "count") && markAll(cueCovered, context.total.matchAll(norms)).length > 0;
  // «скільки угод мала Україна 27 червня 2024»: on one day, the total by then too; and "how many did Ukraine have in
  // mid-June 2024?", what it had by the end of that time.
  // "a month after the G7 summit" is a moment, though the summit's days moved by a month are a span.
  const movedEvent = period?.event !== undefined && period.start !== period.event.start;
  const totalThen = total && period?.mode === "within" && !period.anyYear && (period.start === period.end || movedEvent || context.held.matchAll(norms).length > 0);
  if (period !== undefined && ((total && period.mode === "after") || totalThen)) period = { ...period, mode: "until" };
  // "right after Finland's": a relation word just before a partner's name (an article or "the one with" between).
  let relation: Understanding["relation"];
  // The partner a length of time is counted from names a day, not an agreement asked about.
  let measuredFrom: PartnerMention | undefined;
  const intervalMatches = context.interval.matchAll(norms);
  const relationMatches = context.relations.matchAll(stems);
  for (const match of relationMatches) {
    for (const mention of partners) {
      const start = partnerStarts.get(mention.agreement.id) ?? -1;
      const between = words.slice(match.end, start);
      if (start >= match.end && between.length <= MAX_RELATION_GAP && between.every((word) => word.stopword || context.topicStems.has(word.stem))) {
        for (const index of match.positions) cueCovered[index] = true;
        // "a week after Denmark's", «через тиждень після данської»: the day that long after its signing, not the next signing.
        const unit = context.later.units.get(words[match.start - 1]?.norm ?? "");
        // ("how many days after Denmark did the Netherlands sign?" asks the days between.)
        if (unit !== undefined && period === undefined && intervalMatches.length === 0) {
          const before = words[match.start - 2]?.norm ?? "";
          const amount = smallNumber(context, before) ?? 1;
          const day = shiftLabel(mention.agreement.signed, { amount: match.value === "after" ? amount : -amount, unit });
          if (day !== undefined) {
            period = { ...periodOfDate(day), mode: total ? "until" : "within" };
            cueCovered[match.start - 1] = true;
            if (match.start >= 2) cueCovered[match.start - 2] = true;
            measuredFrom = mention;
            continue;
          }
        }
        relation = { kind: match.value, agreement: mention.agreement };
      }
    }
  }
  if (measuredFrom !== undefined) partners.splice(partners.indexOf(measuredFrom), 1);
  // "before or after Latvia?": both relation words, one word ("or") apart at most.
  const bothWays = relationMatches.some((first) => relationMatches.some((second) => first.value !== second.value && first.end <= second.start && second.start - first.end <= 1));
  if (relation !== undefined && bothWays) relation = { ...relation, either: true };
  // "how many were signed before Poland?", "how many after Poland": a count of the signings on either side of its day
  // ("how many days after Denmark's" counts days: the interval between).
  const counts = total || (cues.some((cue) => cue.intent === "count") && intervalMatches.length === 0);
  if (counts && period === undefined && relation !== undefined) {
    // "How many agreements did Ukraine have after Romania signed?": the total on that day (before it: up to the day before).
    // "after Japan and the US": the partners named together there name the day of the last of them.
    const reference = relation.agreement;
    const chain = [reference];
    let end = partnerStarts.get(reference.id) ?? 0;
    for (const mention of [...partners].sort((a, b) => (partnerStarts.get(a.agreement.id) ?? 0) - (partnerStarts.get(b.agreement.id) ?? 0))) {
      const start = partnerStarts.get(mention.agreement.id) ?? -1;
      if (start <= end) continue;
      if (!words.slice(end + 1, start).every((word) => word.stopword)) break;
      chain.push(mention.agreement);
      end = start;
    }
    const day = chain.map((agreement) => agreement.signed).sort()[relation.kind === "after" ? chain.length - 1 : 0] ?? reference.signed;
    period = { ...periodOfDate(day), mode: relation.kind === "after" ? (total ? "until" : "after") : "before" };
    // The partners name a day here, not the agreements asked about.
    for (const agreement of chain) partners.splice(partners.findIndex((mention) => mention.agreement === agreement), 1);
    relation = undefined;
  }
  const gaps = markAll(cueCovered, gapMatches);
  const sameDay = markAll(cueCovered, context.sameDay.matchAll(norms)).length > 0;
  const then = markAll(cueCovered, context.then.matchAll(norms)).length > 0;
  const endOfThat = markAll(cueCovered, context.endOfThat.matchAll(norms)).length > 0;
  const there = markAll(cueCovered, context.there.matchAll(norms)).length > 0;
  const other = markAll(cueCovered, context.other.matchAll(norms)).length > 0;
  const why = context.why.matchAll(norms).length > 0;
  const ukraineSide = markAll(cueCovered, context.ukraineSide.matchAll(norms)).length > 0;
  // Not marked as covered: "how much" is also the commitments cue, and "billion" may be what a search needs.
  const moneyMatches = context.money.matchAll(norms);
  const money = moneyMatches.length > 0;
  const without = markAll(cueCovered, context.without.matchAll(norms)).length > 0;
  const among = markAll(cueCovered, context.among.matchAll(norms)).length > 0;
  const countedAsked = context.counted.matchAll(norms).length > 0;
  const interval = markAll(cueCovered, intervalMatches).length > 0;
  const bothEnds = interval && superlativeMatches.some((match) => match.value === "first") && superlativeMatches.some((match) => match.value === "latest");
  const weekday = markAll(cueCovered, context.weekday.matchAll(norms)).length > 0;
  // Matched on stems: "when does * expire" has the agreement's name in its gap.
  const until = markAll(cueCovered, context.until.matchAll(stems)).length > 0;
  const later = laterIn(words, context, cueCovered);
  // ("when was the most recent one signed": "most" there is the latest, which the superlative has taken.)
  const most = context.most.matchAll(norms).filter((match) => match.positions.every((index) => !cueCovered[index]));
  const [askedUnit] = most.length === 0 ? [] : markAll(cueCovered, [...context.monthQuestion.matchAll(norms), ...context.dayQuestion.matchAll(norms)]);
  const busiest = askedUnit === undefined ? undefined : (markAll(cueCovered, most), askedUnit);
  const nextDay = events.length === 0 && markAll(cueCovered, context.nextDay.matchAll(norms)).length > 0;
  const previousDay = events.length === 0 && markAll(cueCovered, context.previousDay.matchAll(norms)).length > 0;
  // "how many days between the UK agreement and the next one?": the neighbour of the one partner named, and the days to it.
  const [measured, ...moreNamed] = partners;
  const fromNamed = interval && measured !== undefined && moreNamed.length === 0;
  const openMatch = relation === undefined && (partners.length === 0 || fromNamed) ? context.openRelations.matchAll(stems).find((match) => match.positions.some((index) => !cueCovered[index])) : undefined;
  if (openMatch !== undefined) for (const index of openMatch.positions) cueCovered[index] = true;
  const openRelation = openMatch?.value;
  // "anything signed after that?": the time after the agreement just discussed, not its neighbour.
  // ("a week before that" moves the date back a week: not everything signed before it.)
  const around = relation === undefined && partners.length === 0 && openMatch === undefined && later === undefined ? markAll(cueCovered, context.aroundDiscussed.matchAll(norms))[0] : undefined;
  // Premise words stay content words: without a partner, "Can the agreements be terminated?" asks the facts.
  const premises = [...new Set(context.premises.matchAll(norms).map((match) => match.value))];
  // An office is what "who is the president of France?" asks about, so its words stay content words.
  const role = context.roles.matchAll(stems).length > 0;
  const offices = partners.length > 0 || people.length > 0 ? undefined : officesIn(context, stems, norms, cueCovered);
  const position = positionIn(question, words, cues, context);
  const years = yearsIn(words, context);
  // "How many months' notice?", «протягом скількох годин»: a count of a time unit asks a measure in a text, not a count of agreements.
  const measure = cues.some((cue) => cue.intent === "count" && words.slice(cue.end, cue.end + 2).some((word) => context.timeUnits.has(word.norm)));
  const [statedMeasure] = measure || later !== undefined ? [] : measuresIn(context, norms);
  // "give or take two days", "within a week of 11 July 2024": one day widened by that much either side.
  const windowDays = statedMeasure === undefined ? 0 : statedMeasure.unit === "day" ? statedMeasure.amount : statedMeasure.unit === "week" ? statedMeasure.amount * 7 : 0;
  const windowMatches = windowDays > 0 ? context.window.matchAll(norms) : [];
  if (period !== undefined && period.start === period.end && !period.anyYear && windowMatches.length > 0) {
    // Its words say how wide the day is, not something to search for.
    markAll(cueCovered, windowMatches);
    const { from, to } = period;
    words.forEach((word, index) => {
      if ((index < from || index >= to) && (context.timeUnits.has(word.norm) || context.numberWords.has(word.norm) || /^\d+$/.test(word.norm))) cueCovered[index] = true;
    });
    const start = shiftDay(period.start, -windowDays);
    const end = shiftDay(period.end, windowDays);
    period = { ...period, label: `${start}/${end}`, start, end, mode: "within" };
  }
  // "Frederiksen signed it in Copenhagen, right?": a statement ended by a tag asks whether it holds.
  // ("romania signed on 10 july right? thats what i keep seeing": the tag ends the first sentence, not the message.)
  const firstMark = question.indexOf("?");
  const firstEnd = firstMark < 0 ? words.length : analyser.tokens(question.slice(0, firstMark)).length;
  const tag = context.tagQuestion.matchAll(norms).find((match) => match.end === words.length || match.end === firstEnd);
  if (tag !== undefined) for (const index of tag.positions) cueCovered[index] = true;
  // «Румунія дає Patriot за угодою?»: a question mark and no word asking what, when or who asks yes or no —
  // but «а з Канадою?», a follow-up naming only a new subject, asks what was asked before.
  const openings = context.followUps.matchAll(norms).filter((match) => match.start === 0);
  const followUp = openings.length > 0;
  const signing = words.some((word) => context.signingStems.has(word.stem));
  // "starmer signed the uk agreement in 2024", pasted to be checked: a claim about who signed a partner's agreement asks whether it holds.
  const signedClaim = people.length > 0 && partners.length > 0 && signing;
  const statementAsked =
    (question.trimEnd().endsWith("?") || signedClaim) && context.whWords.size > 0 && !words.some((word) => context.whWords.has(word.norm) || context.whWords.has(word.typed));
  // "German text: is there a 24-hour clause?": a subject set before a colon or dash, then the question.
  const clause = question.split(/[:—–]|\s-\s/u).at(-1) ?? question;
  // ("and does it mention F-16s?": past an opening "and", the question starts with its verb.)
  const opening = openings.reduce((end, match) => Math.max(end, match.end), 0);
  const clauseStart = clause === question ? words[opening] : analyser.tokens(clause)[0];
  const yesNo = (clauseStart !== undefined && context.yesNoStems.has(analyser.stem(clauseStart.norm))) || tag !== undefined || (statementAsked && !followUp);
  // "30 security agreements", "25 deals", «30 угод»: a number right before the word for agreements (a word between at most).
  const agreementStem = analyser.stem("agreement");
  const statedCount = words
    .map((word, index) => ([words[index + 1], words[index + 2]].some((next) => next?.stem === agreementStem) ? smallNumber(context, word.norm) : undefined))
    .find((n) => n !== undefined);
  const choice = yesNo && words.some((word, index) => index > opening && index < words.length - 1 && context.orWords.has(word.norm) && !context.negations.has(words[index + 1]?.norm ?? ""));
  const everyMember = words.some((word) => context.allWords.has(word.norm));
  // "the NATO summit in Washington": a partner named by the place an event was held in is the event's place, not the partner.
  for (const event of events) {
    const held = placeTerms(analyser, event);
    for (let index = partners.length - 1; index >= 0; index--) {
      const id = partners[index]?.agreement.id;
      const spans = [...partnerAt].filter(([, partner]) => partner === id).map(([at]) => words[at]?.stem ?? "");
      if (spans.length > 0 && spans.every((stem) => held.has(stem))) {
        // "before the Washington summit" is then before the summit, not before the US agreement.
        if (relation?.agreement.id === id) relation = undefined;
        partners.splice(index, 1);
      }
    }
  }
  // "which Visegrád countries besides Poland signed?", «хто з В4 крім Польщі»: a member set aside leaves the group the
  // subject; "which country signed on 2024-06-13 besides the USA" the day's list, "who signed at the G7 summit except the US" the event's.
  const setAside: Agreement[] = [];
  if (groups.length > 0 || dated !== undefined || events.length > 0) {
    const exceptAt = context.except.matchAll(norms).map((match) => (context.articles.has(norms[match.end] ?? "") ? match.end + 1 : match.end));
    for (let index = partners.length - 1; index >= 0; index--) {
      const agreement = partners[index]?.agreement;
      if (agreement !== undefined && exceptAt.some((at) => partnerAt.get(at) === agreement.id)) setAside.push(...partners.splice(index, 1).map((mention) => mention.agreement));
    }
  }
  // "right before the NATO summit in Washington": the place says which summit, not where anything asked about was signed.
  const heldAtEvent = (mention: PlaceMention) => !mention.outside && events.some((event) => analyser.terms(mention.name).every((term) => placeTerms(analyser, event).has(term)));
  const places = placesIn(words, context, partnerAt, otherNames, namedOtherwise).filter((mention) => !heldAtEvent(mention));
  if (place !== undefined && heldAtEvent(place)) place = undefined;
  // A topic word inside a name ("the NATO summit", "the Drone Coalition"'s partner) names that, not a topic.
  const topicMatches = context.topics.matchLongest(stems).filter((match) => match.positions.some((index) => !covered[index]));
  const topics = [...new Set(topicMatches.map((match) => match.value))];
  const topicWords = [...new Set(topicMatches.flatMap((match) => match.positions.map((index) => words[index]?.stem ?? "")))];
  // "the most" ranks sums only when the question is about money or aid ("the most agreements" is a count), and no
  // provision topic but money is named ("which country promised more jets" ranks no sums).
  const moneyAt = new Set(moneyMatches.flatMap((match) => match.positions));
  const otherTopic = topicMatches.some((match) => match.positions.some((index) => !moneyAt.has(index)));
  const amountOrder = (moneyAt.size > 0 || context.aid.matchAll(norms).length > 0) && !otherTopic ? markAll(cueCovered, context.amountOrder.matchAll(norms))[0] : undefined;
  const textMatches = context.textWords.matchAll(stems);
  const textCue = textMatches.length > 0;
  const textWordsAt = [...new Set(textMatches.flatMap((match) => match.positions))];
  const pronoun = context.pronouns.matchAll(norms).length > 0;
  const compare = words.some((word) => context.compareStems.has(word.stem));
  const section = sectionIn(words, context);
  // "How many were signed in May 2024, five?": a number guessed in a count question is the answer it expects, not a subject.
  const counting = cues.some((cue) => cue.intent === "count");
  // "why did Rutte sign in Kyiv and not Kharkiv": a signing place the question names is a claim, not a word to search for.
  const placeStems = new Set(places.flatMap((mention) => analyser.terms(mention.name)));
  const content = words
    .filter(
      (word, index) =>
        !cueCovered[index] &&
        !placeStems.has(word.stem) &&
        !word.stopword &&
        !context.topicStems.has(word.stem) &&
        !context.contextStems.has(word.stem) &&
        context.index.documentFrequency.has(word.stem) &&
        !(counting && (context.numberWords.has(word.norm) || /^\d{1,3}$/.test(word.norm))) &&
        // "the 16th or the 17th": numbers that name places in the count are the position asked, not words to search for.
        !(position !== undefined && (/^\d{1,2}(st|nd|rd|th)?$/.test(word.norm) || context.positionWords.has(word.norm))),
    )
    .map((word) => word.stem);
  const unknown = words.filter(
    (word, index) =>
      !covered[index] &&
      !word.stopword &&
      !word.corrected &&
      !lexicon.has(word.norm) &&
      !context.index.documentFrequency.has(word.stem) &&
      !/^\d+$/.test(word.norm) &&
      // «27-ма»: the ending of an ordinal written in digits.
      !(context.ordinalEndings.has(word.norm) && /^\d+$/.test(words[index - 1]?.norm ?? "")),
  ).length;

  const search = searchWords(analyser, analyser, words, partnerAt, partners);
  const translatedSearch = context.translated === undefined ? [] : searchWords(context.translated.analyser, analyser, words, partnerAt, partners);
  // "How many did Ukraine have by Christmas 2024?": a count of what Ukraine had is a count of its agreements.
  // "how many at the end of 2024?", "how many in brussels": a count in a period, at a signing place or an event,
  // with nothing else in it counts the agreements too.
  const scopedCount = (period !== undefined || places.length > 0 || events.length > 0) && content.length === 0 && unknown === 0 && counting;
  const statedSum = partners.length > 0 ? context.sums.read(question) : undefined;
  // ("benelux - which one was first": a group with nothing else in the question is its members' agreements.)
  const groupAsked = groups.length > 0 && content.length === 0 && unknown === 0 && (superlative !== undefined || cues.length > 0);
  const onTopic = total || scopedCount || groupAsked || words.some((word) => !word.stopword && context.topicStems.has(word.stem));
  // "portugal or spain - which got there earlier?", "which came first, Spain or Portugal?": picks among the ones named.
  // (Not "which lasts longer" or "and by how many days", nor a comparison asked as such: "Japan vs US: who signed and
  // which came first?"; nor "berlin or paris", places, whose answer names them.)
  const cityOf = (agreement: Agreement) => new Set(analyser.terms(context.local(agreement).place.split(",")[0] ?? ""));
  const namedByPlace = () => places.some((found) => found.partner !== undefined && !found.claim) || partners.some((mention) => [...partnerAt].some(([at, id]) => id === mention.agreement.id && cityOf(mention.agreement).has(words[at]?.stem ?? "")));
  const picksAmongNamed = (superlative === "first" || superlative === "latest") && partners.length >= 2 && groups.length === 0 && !yesNo && !compare && !interval && comparative === undefined && !namedByPlace();
  return {
    words,
    partners,
    groups,
    people,
    places,
    relation,
    openRelation,
    around,
    position,
    years,
    gaps,
    premises,
    role,
    offices,
    yesNo,
    choice,
    statedCount,
    signing,
    compare,
    pronoun,
    followUp,
    carriedAspects: [],
    relisted: [],
    pickedFromList: false,
    topicWords,
    everyMember,
    sameDay,
    then,
    endOfThat,
    there,
    other,
    why,
    runningTotal: total,
    ukraineSide,
    money,
    without,
    among: among || picksAmongNamed,
    countedAsked,
    setAside,
    interval,
    weekday,
    until,
    busiest,
    pause,
    bothEnds,
    amountOrder,
    later,
    measure,
    statedMeasure,
    statedSum,
    dayShift: nextDay ? 1 : previousDay ? -1 : undefined,
    topics,
    textCue,
    textWordsAt,
    section,
    countries,
    events,
    period,
    place,
    andOutside,
    cues,
    superlative,
    comparative,
    onTopic,
    unknown,
    content: [...new Set(content)],
    search,
    translatedSearch,
  };
}

function cover(covered: boolean[], start: number, end: number): void {
  for (let index = start; index < end; index++) covered[index] = true;
}

/** The distinct values of the matches, their words marked as cue words. */
/** "a week later", "two months later", «через тиждень», «через 2 місяці»: an amount of a unit, marked as read. */
function laterIn(words: readonly QuestionWord[], context: LanguageContext, cueCovered: boolean[]): Understanding["later"] {
  const { later } = context;
  for (let index = 0; index < words.length; index++) {
    const unit = later.units.get(words[index]?.norm ?? "");
    if (unit === undefined) continue;
    const before = words[index - 1]?.norm ?? "";
    const counted = smallNumber(context, before) ?? (later.one.has(before) ? 1 : undefined);
    const amountAt = counted === undefined ? index : index - 1;
    const cueEarlier = later.earlier.has(words[index + 1]?.norm ?? "");
    const cueAfter = cueEarlier || later.after.has(words[index + 1]?.norm ?? "");
    const cueBefore = later.before.has(words[amountAt - 1]?.norm ?? "");
    if (!cueAfter && !cueBefore) continue;
    for (let covered = cueBefore ? amountAt - 1 : amountAt; covered <= index + (cueAfter ? 1 : 0); covered++) cueCovered[covered] = true;
    return { amount: (counted ?? 1) * (cueEarlier ? -1 : 1), unit };
  }
  return undefined;
}

/**
 * A length of time before an event's name ("two weeks after the G7 summit", "a year after the Vilnius declaration", «через рік
 * після Вільнюського саміту») or its anniversary ("the first anniversary of the Vilnius declaration", «друга річниця …»):
 * how far the event's days move (back for "before"), and where the words for it start.
 */
function eventOffset(norms: readonly string[], start: number, cue: { mode: string; start: number } | undefined, context: LanguageContext): { by: { amount: number; unit: LaterUnit }; from: number; stretch: boolean; about: boolean } | undefined {
  const at = context.articles.has(norms[start - 1] ?? "") ? start - 1 : start;
  const ordinalAt = (index: number) => context.ordinalWords.get(norms[index] ?? "") ?? (/^\d{1,2}(st|nd|rd|th)?$/.test(norms[index] ?? "") ? Number.parseInt(norms[index] ?? "", 10) : undefined);
  // "the first anniversary of", «першої річниці»: a year for each.
  const anniversaryAt = context.anniversary.has(norms[at - 1] ?? "") ? at - 1 : context.anniversary.has(norms[at - 2] ?? "") && !context.articles.has(norms[at - 1] ?? "") ? at - 2 : undefined;
  if (anniversaryAt !== undefined) {
    const years = ordinalAt(anniversaryAt - 1);
    return { by: { amount: years ?? 1, unit: "year" }, from: years === undefined ? anniversaryAt : anniversaryAt - 1, stretch: false, about: false };
  }
  if (cue === undefined || (cue.mode !== "after" && cue.mode !== "before")) return undefined;
  const unit = context.later.units.get(norms[cue.start - 1] ?? "");
  if (unit === undefined) return undefined;
  const before = norms[cue.start - 2] ?? "";
  const counted = smallNumber(context, before);
  const amount = counted ?? 1;
  const from = counted !== undefined || context.later.one.has(before) ? cue.start - 2 : cue.start - 1;
  // "in the month after the NATO summit": the stretch between, with the word that makes it one.
  const stretch = context.later.window.has(norms[from - 1] ?? "");
  // "about two weeks before the G7 summit", «приблизно за тиждень до саміту»: a few days either side of that day.
  const aboutAt = [from - 1, from - 2].find((index) => context.later.about.has(norms[index] ?? ""));
  const about = !stretch && aboutAt !== undefined;
  return { by: { amount: cue.mode === "before" ? -amount : amount, unit }, from: stretch ? from - 1 : (aboutAt ?? from), stretch, about };
}

/** "by presidents, not prime ministers", «не премʼєри»: the offices named, each asked for or left out. */
function officesIn(context: LanguageContext, stems: readonly string[], norms: readonly string[], cueCovered: boolean[]): Understanding["offices"] {
  const known = context.signerOffices;
  const matches = known?.kinds.matchAll(stems) ?? [];
  if (known === undefined || matches.length === 0) return undefined;
  const negations = known.not.matchAll(norms);
  const offices: NonNullable<Understanding["offices"]> = { include: [], exclude: [] };
  for (const match of matches) {
    const not = negations.find((negation) => negation.end === match.start);
    for (const index of [...match.positions, ...(not?.positions ?? [])]) cueCovered[index] = true;
    const list = not === undefined ? offices.include : offices.exclude;
    // "president" and "presidents" are one kind.
    if (!list.some((kind) => kind.name === match.value.name)) list.push(match.value);
  }
  return offices;
}

function markAll<T>(cueCovered: boolean[], matches: readonly PhraseMatch<T>[]): T[] {
  for (const match of matches) for (const index of match.positions) cueCovered[index] = true;
  return [...new Set(matches.map((match) => match.value))];
}

/** The words to search for, as `reader` stems them (`analyser`: the reading's own, whose stems the words hold). */
function searchWords(reader: Analyser, analyser: Analyser, words: readonly QuestionWord[], partnerAt: ReadonlyMap<number, string>, partners: readonly PartnerMention[]): QueryWord[] {
  const search: QueryWord[] = [];
  words.forEach((word, index) => {
    const partner = partnerAt.get(index);
    const stem = reader === analyser ? word.stem : reader.stem(word.norm);
    if (partner !== undefined) search.push({ term: stem, corrected: word.corrected, group: `partner:${partner}` });
    else if (!word.stopword) search.push({ term: stem, corrected: word.corrected });
    // A word "corrected" into a stopword ("life" → "like") helps read cues but is searched as typed: unknown, and it counts.
    else if (word.corrected) search.push({ term: reader.stem(word.typed), corrected: false });
  });
  // A partner named by an alias ("America", "US") also finds records that use its registry name.
  for (const mention of partners) {
    for (const term of partnerNameTerms(reader, mention.agreement)) search.push({ term, corrected: false, group: `partner:${mention.agreement.id}`, expansion: true });
  }
  return search;
}

/** Words allowed between a relation word and the partner ("after the one with Finland"). */
const MAX_RELATION_GAP = 4;

function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== "" && first === first.toLocaleUpperCase() && first !== first.toLocaleLowerCase();
}

/** "first" or "last" that an ordinal cue also claims ("the first agreement") is still a superlative. */
function isOrderWord(cues: readonly CueMatch[], index: number): boolean {
  return cues.some((cue) => cue.intent === "ordinal" && cue.positions.includes(index));
}

function isTermSuperlative(value: Superlative): boolean {
  return value === "longest" || value === "shortest";
}

/** A number with letters written on ("10th"): an ordinal when the letters are one of the pack's `ordinalEndings`. */
const DIGITS_AND_LETTERS = /^(\d{1,2})(\p{L}+)$/u;

/** A place in the count written with a number sign: "#22", "№ 5". */
const NUMBER_SIGN = /(?:#|№)\s?(\d{1,2})(?!\d)/u;

/** "the 10th agreement", "tenth", «28-ю», "#22": a position named in an ordinal cue, or a number with an ordinal ending or a number sign. */
/** How many words after an ordinal a word for another numbered thing makes it that thing's number. */
const OTHER_NUMBERED_REACH = 3;

/** "the 23rd Finnish package", «23-й фінський пакет»: the ordinal at `index` numbers something else, not an agreement. */
function numbersOther(words: readonly QuestionWord[], index: number, context: LanguageContext): boolean {
  return words.slice(index + 1, index + 1 + OTHER_NUMBERED_REACH).some((word) => context.otherNumbered.has(word.stem));
}

function positionIn(question: string, words: readonly QuestionWord[], cues: readonly CueMatch[], context: LanguageContext): number | undefined {
  // "which one was #22", «угода №5»: the sign is no word, so it is read from the question as typed.
  const signed = NUMBER_SIGN.exec(question);
  if (signed !== null) return Number(signed[1]);
  for (let index = 0; index < words.length - 1; index++) {
    if (numbersOther(words, index, context)) continue;
    const number = words[index]?.norm ?? "";
    // «у жовтні 24-го» is the year after a month, «11-го липня» a day before one: dates, not positions.
    const nextToMonth = context.months.has(words[index - 1]?.norm ?? "") || context.months.has(words[index + 2]?.norm ?? "");
    if (!nextToMonth && /^\d{1,2}$/.test(number) && context.ordinalEndings.has(words[index + 1]?.norm ?? "") && (words[index + 1]?.raw ?? "") === (words[index + 1]?.norm ?? "")) return Number(number);
    // «28ма», «27ма» written as one word, as «28-ма» is written as two.
    const joined = DIGITS_AND_LETTERS.exec(number);
    if (!nextToMonth && !context.months.has(words[index + 1]?.norm ?? "") && !context.anniversary.has(words[index + 1]?.norm ?? "") && joined !== null && context.ordinalEndings.has(joined[2] ?? "")) return Number(joined[1]);
    // "Croatia is number 27", «під номером 27».
    const next = words[index + 1]?.norm ?? "";
    if (context.positionWords.has(number) && /^\d{1,2}$/.test(next)) return Number(next);
  }
  for (const cue of cues) {
    if (cue.intent !== "ordinal") continue;
    for (const index of cue.positions) {
      if (numbersOther(words, index, context)) continue;
      const norm = words[index]?.norm ?? "";
      const digits = DIGITS_AND_LETTERS.exec(norm);
      if (digits !== null && context.ordinalEndings.has(digits[2] ?? "")) return Number(digits[1]);
      // «пʼять» is a number, though typo correction would read it as «пʼята».
      const named = context.numberWords.has(words[index]?.typed ?? "") ? undefined : context.ordinalWords.get(norm);
      // "twenty-eighth", «двадцять восьмою»: the tens before the ordinal add to it (so "twenty-first" too).
      const tens = context.numberWords.get(words[index - 1]?.norm ?? "");
      if (named !== undefined && named < 10 && tens !== undefined && tens % 10 === 0 && tens >= 20) return tens + named;
      // "first" is a superlative ("which was signed first"), read as such, not as a position.
      if (named !== undefined && named > 1) return named;
    }
  }
  return undefined;
}

/** The stems of the pack's words for years, per language context (the same for every question). */
const yearStemsOf = new WeakMap<LanguageContext, ReadonlySet<string>>();

/**
 * Per-record terms the reading needs on every question, worked out once per
 * analyser and record instead of re-tokenising and stemming the same names:
 * a partner's registry name and acronym aliases (searched beside the name
 * typed), an event's place.
 */
const partnerTermsOf = new PairCache<Analyser, Agreement, readonly string[]>();
const placeTermsOf = new PairCache<Analyser, Event, ReadonlySet<string>>();

function partnerNameTerms(reader: Analyser, agreement: Agreement): readonly string[] {
  return partnerTermsOf.get(reader, agreement, () => [agreement.partner, ...agreement.aliases.filter((alias) => ACRONYM.test(alias))].flatMap((name) => reader.terms(name)));
}

function placeTerms(analyser: Analyser, event: Event): ReadonlySet<string> {
  return placeTermsOf.get(analyser, event, () => new Set(analyser.terms(event.place)));
}

/** "ten years", "10-year", "10 years": a term in years named in the question. */
function yearsIn(words: readonly QuestionWord[], context: LanguageContext): number | undefined {
  let yearStems = yearStemsOf.get(context);
  if (yearStems === undefined) {
    // Every plural form of the pack's word for years ("рік", "роки", "років", "року").
    yearStems = new Set(context.analyser.terms(Object.values(context.pack.plurals.years).join(" ")));
    yearStemsOf.set(context, yearStems);
  }
  for (let index = 1; index < words.length; index++) {
    if (!yearStems.has(words[index]?.stem ?? "")) continue;
    const before = words[index - 1]?.norm ?? "";
    const n = smallNumber(context, before);
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

/** "section 3", "article IV", "paragraph 12": the section number after a section word, as the texts write it. */
function sectionIn(words: readonly QuestionWord[], context: LanguageContext): string | undefined {
  for (let index = 0; index < words.length - 1; index++) {
    if (!context.sectionWords.has(words[index]?.norm ?? "")) continue;
    const next = words[index + 1]?.norm ?? "";
    if (/^\d{1,3}$/.test(next)) return next;
    if (/^[ivxl]{1,6}$/.test(next)) return next.toUpperCase();
  }
  return undefined;
}

/** Every registry place the question names, anywhere in it. */
function placesIn(
  words: readonly QuestionWord[],
  context: LanguageContext,
  partnerAt: ReadonlyMap<number, string>,
  otherNames: ReadonlySet<number>,
  namedOtherwise: (partner: string | undefined, index: number) => boolean,
): PlaceMention[] {
  const found: PlaceMention[] = [];
  const placeAt = new Set<number>();
  words.forEach((word, index) => {
    // A partner's name is a place only after a place word: "signed in Germany" asserts where; "with Germany" names the partner.
    const cue = context.articles.has(words[index - 1]?.norm ?? "") ? words[index - 2] : words[index - 1];
    // ("in Berlin or Paris": the second city is a place as the first is.)
    const afterOr = context.orWords.has(words[index - 1]?.norm ?? "") && placeAt.has(index - 2);
    const afterCue = context.placeCues.has(cue?.norm ?? "") || afterOr;
    // "in Copenhagen": a partner's name or capital where no agreement was signed is a place all the same, with none signed there.
    const country = partnerAt.get(index);
    const agreements = signedAt(context, word.stem, afterCue) ?? (country !== undefined && afterCue && !namesAgreement(words, index, context) ? (context.signedInCountry.get(country) ?? []) : undefined);
    // "Ukraine" is in half the places and names none of them; "Kyiv" is a word of the subject too, but "signed in Kyiv" names the place.
    if (agreements === undefined || word.stopword || otherNames.has(index) || (context.contextStems.has(word.stem) && !afterCue) || found.some((place) => place.agreements === agreements)) return;
    if (partnerAt.has(index) && (!afterCue || namesAgreement(words, index, context))) return;
    // "in Ukraine's official sequence": a possessive says whose, not where.
    if (POSSESSIVE.test(word.raw)) return;
    found.push({ name: placeName(words, index, context), agreements, partner: partnerAt.get(index), claim: namedOtherwise(partnerAt.get(index), index), outside: false });
    placeAt.add(index);
  });
  return found;
}

/**
 * The group a name of an event also names ("G7" alone is the G7 summit's alias too), when the word before it, past an
 * article, asks for members: "who from the G7 signed first", «котра з G7».
 */
function memberOfGroup(context: LanguageContext, words: readonly QuestionWord[], stems: readonly string[], match: PhraseMatch<Entity>): Entity | undefined {
  if (match.value.kind !== "event") return undefined;
  const before = context.articles.has(words[match.start - 1]?.norm ?? "") ? words[match.start - 2] : words[match.start - 1];
  if (before === undefined || !context.memberOf.has(before.norm)) return undefined;
  return context.entities.matchAll(stems).find((other) => other.value.kind === "group" && other.start === match.start && other.end === match.end)?.value;
}

/** A count of one or two digits or a number word ("2", "two", «два»), as a word of the question normalised. */
export function smallNumber(context: LanguageContext, norm: string): number | undefined {
  return /^\d{1,2}$/.test(norm) ? Number(norm) : context.numberWords.get(norm);
}

/**
 * The agreements signed at the place a word names: a registry place, or — after a place word ("signed in Odesa?") —
 * one of the pack's `otherPlaces`, where none was signed; undefined when the word names no place.
 */
function signedAt(context: LanguageContext, stem: string, afterCue: boolean): readonly Agreement[] | undefined {
  return context.places.get(stem) ?? (afterCue && context.otherPlaces.has(stem) ? [] : undefined);
}

const ROMAN = /^[ivxlc]+$/;
/** A word typed with a possessive ending ("Ukraine's", "Ukraineʼs"). */
const POSSESSIVE = /['’ʼ`]s$/iu;

/** A place as the question typed it, capitalised for the answer ("washington" → "Washington"). */
/** A place as the question names it, capitalised ("usa" as "USA"); with its article when a partner's alias has it ("The Hague"). */
/** Place names this short are acronyms ("US", "UK", "USA", «США»). */
const MAX_ACRONYM = 3;

function placeName(words: readonly QuestionWord[], index: number, context: LanguageContext): string {
  const capitalised = (raw: string) => raw.charAt(0).toLocaleUpperCase(context.pack.lang) + raw.slice(1);
  const raw = words[index]?.raw ?? "";
  const word = raw.length <= MAX_ACRONYM ? raw.toLocaleUpperCase(context.pack.lang) : raw;
  const article = words[index - 1];
  const withArticle = article !== undefined && context.articles.has(article.norm) ? `${capitalised(article.raw)} ${capitalised(word)}` : undefined;
  return withArticle !== undefined && context.placeNamesWithArticle.has(withArticle.toLowerCase()) ? withArticle : capitalised(word);
}

/** True when a topic word follows the name at `index` ("the Polish agreement", "the US deal"): it names the agreement, not a place. */
function namesAgreement(words: readonly QuestionWord[], index: number, context: LanguageContext): boolean {
  return context.topicStems.has(words[index + 1]?.stem ?? "") || context.standIns.has(words[index + 1]?.norm ?? "");
}

/** "US", "the us", "the 2024 us agreement", "us-ukraine deal": a short alias that is also a word, used as a name. */
function isAcronymUse(words: readonly QuestionWord[], index: number, context: Pick<LanguageContext, "articles" | "namingAfter">): boolean {
  const word = words[index];
  if (word === undefined) return false;
  const before = words[index - 1];
  return (
    (word.raw.length > 1 && word.raw === word.raw.toUpperCase()) ||
    (before !== undefined && context.articles.has(before.norm)) ||
    context.namingAfter.matchAll(words.slice(index + 1, index + 3).map((next) => next.norm)).some((match) => match.start === 0)
  );
}

function compareCues(a: CueMatch, b: CueMatch): number {
  const tier = Number(SPECIFIC_INTENTS.has(b.intent)) - Number(SPECIFIC_INTENTS.has(a.intent));
  return tier || b.length - a.length || INTENT_PRECEDENCE.indexOf(a.intent) - INTENT_PRECEDENCE.indexOf(b.intent);
}
