/**
 * Everything the engine needs to read and answer questions in one language,
 * built once at load: the analyser, the search index over the corpus, the
 * typo lexicon and the phrase matchers for partners, countries, events and
 * question cues.
 */
import { escapeRegExp } from "../text/regexp.ts";
import type { Holiday } from "../reading/dates.ts";
import { sumReader, type SumReader } from "../reading/stated-sum.ts";
import type { Agreement, Dataset, Event, Fact, Group, Office, Quote } from "../dataset/schema.ts";
import { GAP_WORD, type CueIntent } from "../reading/cues.ts";
import { PhraseMatcher, type Phrase } from "../reading/phrases.ts";
import { buildSearchIndex, type SearchIndex } from "../search/build-index.ts";
import { searchDocuments } from "../search/documents.ts";
import { createAnalyser, type Analyser } from "../text/analyser.ts";
import { Lexicon } from "../text/spell.ts";
import type { DateCue } from "../reading/dates.ts";
import type { LanguagePack } from "./schema.ts";
import { fill } from "../compose/format.ts";

/** Offices a question names, and how an answer names them ("presidents"). */
export interface SignerOffices {
  offices: readonly Office[];
  name: string;
}

export type Entity =
  | { kind: "partner"; agreement: Agreement }
  | { kind: "country"; name: string }
  | { kind: "event"; event: Event }
  | { kind: "group"; group: Group }
  /** A signatory named by full name or surname: the agreements they signed for a partner. */
  | { kind: "person"; name: string; agreements: readonly Agreement[]; of?: Agreement; shown?: string };

export type Superlative = "first" | "latest" | "longest" | "shortest";
export type Comparative = "longer" | "shorter";
/** A unit of time a question moves by ("a week later"). */
export type LaterUnit = "day" | "week" | "month" | "year";

export type LocalNames = Pick<LanguageContext, "partnerName" | "partnerInSentence" | "partnerAsSubject" | "local" | "localFact" | "localEvent" | "localQuote"> & {
  /** An event's name in this language, or as the corpus writes it. */
  eventName(event: Event): string;
};

export interface TranslatedSearch {
  readonly analyser: Analyser;
  readonly index: SearchIndex;
}

export interface LanguageContext {
  readonly pack: LanguagePack;
  readonly analyser: Analyser;
  readonly index: SearchIndex;
  /**
   * The search over the corpus's translations into this language (facts and
   * agreement records as this language's answers show them), read with the
   * pack's `endings`: what a question in this language asks that the
   * corpus's own words do not meet. Undefined without translations.
   */
  readonly translated: TranslatedSearch | undefined;
  readonly lexicon: Lexicon;
  readonly entities: PhraseMatcher<Entity>;
  readonly cues: PhraseMatcher<CueIntent>;
  readonly superlatives: PhraseMatcher<Superlative>;
  readonly comparatives: PhraseMatcher<Comparative>;
  readonly pairOrder: PhraseMatcher<"first" | "latest">;
  readonly dateCues: PhraseMatcher<DateCue>;
  readonly relations: PhraseMatcher<"after" | "before">;
  readonly openRelations: PhraseMatcher<"after" | "before">;
  readonly aroundDiscussed: PhraseMatcher<"after" | "before">;
  /** What the corpus cannot know (`gaps` in the pack), by kind. */
  readonly gaps: PhraseMatcher<string>;
  readonly premises: PhraseMatcher<string>;
  readonly roles: PhraseMatcher<true>;
  /** Pack `signerOffices`: kinds matched by stems, `not` by normalised words. */
  readonly signerOffices: { kinds: PhraseMatcher<SignerOffices>; not: PhraseMatcher<true> } | undefined;
  readonly yearParts: PhraseMatcher<{ from: number; to: number }>;
  readonly holidays: PhraseMatcher<Holiday>;
  /** Parts of a month and the days they span. */
  readonly monthParts: PhraseMatcher<{ from: number; to: number }>;
  /** Normalised `orWords`. */
  readonly orWords: ReadonlySet<string>;
  /** Normalised `negationWords`. */
  readonly negations: ReadonlySet<string>;
  /** `weekOfWords` as phrases. */
  readonly weekOf: PhraseMatcher<true>;
  /** Normalised `bothAndWords`. */
  readonly bothAnd: { readonly both: ReadonlySet<string>; readonly and: ReadonlySet<string> };
  /** Normalised `abuseWords`. */
  readonly abuseWords: ReadonlySet<string>;
  /** Provision topics by the words people use for them. */
  readonly topics: PhraseMatcher<string>;
  /** Stems of the words that ask to compare partners. */
  readonly compareStems: ReadonlySet<string>;
  /** Normalised pronouns that point back at the conversation's subject. */
  readonly pronouns: PhraseMatcher<true>;
  /** Normalised words that open a follow-up. */
  readonly followUps: PhraseMatcher<true>;
  readonly sameDay: PhraseMatcher<true>;
  readonly then: PhraseMatcher<true>;
  readonly endOfThat: PhraseMatcher<true>;
  readonly there: PhraseMatcher<true>;
  readonly other: PhraseMatcher<true>;
  readonly except: PhraseMatcher<true>;
  /** `whyWords` as phrases: "how come" asks why, "how" and "come" alone do not. */
  readonly why: PhraseMatcher<true>;
  readonly ukraineSide: PhraseMatcher<true>;
  readonly money: PhraseMatcher<true>;
  readonly among: PhraseMatcher<true>;
  /** `countedWords` as phrases. */
  readonly counted: PhraseMatcher<true>;
  readonly interval: PhraseMatcher<true>;
  /** Normalised `windowWords`. */
  readonly window: PhraseMatcher<true>;
  /** Stemmed `pauseWords`. */
  readonly pause: PhraseMatcher<true>;
  readonly weekday: PhraseMatcher<true>;
  readonly until: PhraseMatcher<true>;
  /** `systemNames` of the pack, each matched to the name as the pack writes it and the pattern a text's words name it by. */
  readonly systems: PhraseMatcher<WeaponSystem>;
  /** Normalised `nearestWords`. */
  readonly nearest: ReadonlySet<string>;
  /** Normalised `anniversaryWords`. */
  readonly anniversary: ReadonlySet<string>;
  readonly total: PhraseMatcher<true>;
  readonly held: PhraseMatcher<true>;
  readonly monthQuestion: PhraseMatcher<"month">;
  readonly dayQuestion: PhraseMatcher<"day">;
  /** Normalised `nowWords`. */
  readonly nowWords: ReadonlySet<string>;
  /** Normalised `whyWords`. */
  readonly whyWords: ReadonlySet<string>;
  /** Normalised `later` words: unit word → its kind; the words after and before an amount; words for one. */
  readonly later: { units: ReadonlyMap<string, LaterUnit>; after: ReadonlySet<string>; before: ReadonlySet<string>; earlier: ReadonlySet<string>; one: ReadonlySet<string>; window: ReadonlySet<string>; about: ReadonlySet<string> };
  readonly most: PhraseMatcher<true>;
  /** Reads a sum a question states ("2 billion euros"). */
  readonly sums: SumReader;
  /** `amountOrder` of the pack: words that rank sums, and the words for aid that make them about money. */
  readonly amountOrder: PhraseMatcher<"largest" | "smallest">;
  readonly aid: PhraseMatcher<true>;
  /** Normalised `timeUnitWords`. */
  readonly timeUnits: ReadonlySet<string>;
  /** Normalised `positionWords`. */
  readonly positionWords: ReadonlySet<string>;
  /** Stems of `otherNumberedWords`. */
  readonly otherNumbered: ReadonlySet<string>;
  readonly tagQuestion: PhraseMatcher<true>;
  /** Normalised `whWords`. */
  readonly whWords: ReadonlySet<string>;
  readonly nextDay: PhraseMatcher<true>;
  readonly previousDay: PhraseMatcher<true>;
  readonly without: PhraseMatcher<true>;
  /** Stemmed words and phrases that point at a text ("mention", "section", "commit to"). */
  readonly textWords: PhraseMatcher<true>;
  /** Stems of those words, which are not words to look for in a text ("does it mention Mykolaiv?"). */
  readonly textStems: ReadonlySet<string>;
  /** Normalised words before a section number. */
  readonly sectionWords: ReadonlySet<string>;
  /** Stems of the words for signing ("sign", "signed", "signature"). */
  readonly signingStems: ReadonlySet<string>;
  /** Stems of the words that start a yes/no question. */
  readonly yesNoStems: ReadonlySet<string>;
  /**
   * A record as this language's answers show it: its user-facing fields in
   * the language where the corpus has a translation, otherwise as written.
   */
  local(agreement: Agreement): Agreement;
  localFact(fact: Fact): Fact;
  localEvent(event: Event): Event;
  /** A quote with who said it in this language; its words stay as spoken. */
  localQuote(quote: Quote): Quote;
  /** A group's name in this language ("Baltic states"). */
  groupName(group: Group): string;
  /** The form of a group's name after "of" where the language inflects it («країн Балтії»); otherwise its name. */
  groupOf(group: Group): string;
  /** Stems of words that say a question is about the agreements. */
  readonly topicStems: ReadonlySet<string>;
  /** Stems of words that are neither topic nor content. */
  readonly contextStems: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  /** Stem of a place word (from the registry's `place` fields) → the agreements signed there. */
  readonly places: ReadonlyMap<string, readonly Agreement[]>;
  /** Stems of `otherPlaces`: after a place word ("in Odesa"), a place where nothing was signed. */
  readonly otherPlaces: ReadonlySet<string>;
  /** Agreement id of a partner → the agreements signed in its country (Romania's in Washington, D.C., United States, for the US). */
  readonly signedInCountry: ReadonlyMap<string, readonly Agreement[]>;
  /** Normalised words before a place ("in", "at"). */
  readonly placeCues: ReadonlySet<string>;
  /** Pack `outsidePlace`, read: `home` the agreements signed in the home place; `others(agreements)` every agreement not among them. */
  readonly outsidePlace:
    | { words: PhraseMatcher<true>; abroad: PhraseMatcher<true>; onHome: PhraseMatcher<true>; homeName: string; home: readonly Agreement[]; outsideHome: string; others: (agreements: readonly Agreement[]) => Agreement[] }
    | undefined;
  /** Normalised articles that make a short common-word alias a name. */
  readonly articles: ReadonlySet<string>;
  /** Normalised `agreementStandIns`. */
  readonly standIns: ReadonlySet<string>;
  /** Stem of the city a milestone event was held in (its `place` before the first comma, in either language) → that event. */
  readonly eventCities: ReadonlyMap<string, Event>;
  /** Normalised `memberOfWords`. */
  readonly memberOf: ReadonlySet<string>;
  readonly eventPhase: PhraseMatcher<true>;
  readonly namingAfter: PhraseMatcher<true>;
  /** Partner aliases that begin with an article ("the hague"), lower-cased: a place named with its article. */
  readonly placeNamesWithArticle: ReadonlySet<string>;
  /** Normalised `ordinaryWordSurnames`: surnames read as a person only when capitalised. */
  readonly ordinaryWordSurnames: ReadonlySet<string>;
  /** Normalised `allWords`. */
  readonly allWords: ReadonlySet<string>;
  /** Normalised `anythingWords`. */
  readonly anythingWords: ReadonlySet<string>;
  /** Normalised `ordinalWords`, `ordinalEndings` and `numberWords` of the pack. */
  readonly ordinalWords: ReadonlyMap<string, number>;
  readonly ordinalEndings: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  /** The partner's name in this language, as a list shows it ("United Kingdom"). */
  partnerName(agreement: Agreement): string;
  /** The partner's name as a sentence uses it ("the United Kingdom"; in Ukrainian the form "з {partner}" needs). */
  partnerInSentence(agreement: Agreement): string;
  /** The partner's name as the subject of a sentence or after "by" ("signed by the United Kingdom"; in Ukrainian the list's form). */
  partnerAsSubject(agreement: Agreement): string;
}

/** A quote's speaker written as "Given Family, office": two or more capitalised words, a comma, the office. */
const SPEAKER = /^(\p{Lu}[\p{L}'’.-]+(?: (?:von der |de |van )?\p{Lu}[\p{L}'’.-]+)+), ([^(]+)/u;

/** The name before the office in a translated speaker ("Кір Стармер, премʼєр-міністр …"). */
const LOCAL_SPEAKER = /^([^,(]+),/u;

/** The corpus's translations into a pack's language; none for English, the corpus's own. */
function translationsInto(pack: LanguagePack, data: Readonly<Dataset>): Dataset["translations"][keyof Dataset["translations"]] {
  return pack.lang === "en" ? undefined : data.translations[pack.lang];
}

/** A weapon system a question may name ("F-16s"), and the pattern a text's words name it by. */
export interface WeaponSystem {
  name: string;
  pattern: RegExp;
}

/** "F-16s" is named by "F-16" or "F16" (not by a "16" alone), "Patriots" by "Patriot"; «Ф-16» by the "F-16" the texts write. */
function weaponSystem(name: string, textName = name): WeaponSystem {
  const singular = textName.replace(/(\d)s$/u, "$1").replace(/s$/u, "");
  const pattern = singular.split(/[-\s]/u).map(escapeRegExp).join("[-\\s]?");
  return { name, pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${pattern}`, "iu") };
}

/** Weight a name gets in the typo lexicon, so "Japn" becomes "japan" rather than a rarer corpus word. */
const NAME_WEIGHT = 50;
/** Shortest word of a place name that can name a place on its own ("Kyiv", not "D.C."). */
const MIN_PLACE_WORD = 4;
/** Shortest name of a country without an agreement that a typo may be corrected to. */
const MIN_COUNTRY_CORRECTION = 6;

/** A partner's name in a pack's language as a list shows it ("United Kingdom", «Велика Британія»), or as the registry writes it. */
export function partnerNameIn(pack: LanguagePack, agreement: Agreement): string {
  return pack.partners[agreement.id]?.name ?? agreement.partner;
}

/** An event's name in a pack's language, or as the corpus writes it. */
export function eventNameIn(pack: LanguagePack, event: Event): string {
  return pack.events[event.id]?.name ?? event.name;
}

/**
 * @param others The other languages' packs: words in the script a pack's
 *   `otherScripts` hands to one of them (the English corpus, "USA" in a
 *   Ukrainian question) are read with that pack's words too.
 */
export function buildLanguageContext(pack: LanguagePack, dataset: Readonly<Dataset>, others: readonly LanguagePack[] = []): LanguageContext {
  const analyser = createAnalyser(pack, others);
  const borrowed = others.filter((other) => other.lang !== pack.lang && Object.values(pack.otherScripts).includes(other.lang));
  const withBorrowed = <T>(pick: (from: LanguagePack) => readonly T[]): T[] => [pack, ...borrowed].flatMap(pick);
  const namesOf = (entry: { name: string; aliases: readonly string[]; forms?: Readonly<Record<string, string>> | undefined } | undefined) =>
    entry === undefined ? [] : [entry.name, ...entry.aliases, ...Object.values(entry.forms ?? {})];
  const stems = (text: string) => text.split(/\s+/).flatMap((part) => (part === GAP_WORD ? [GAP_WORD] : analyser.tokens(part).map((token) => analyser.stem(token.norm))));
  const norms = (text: string) => analyser.tokens(text).map((token) => token.norm);
  /** A matcher that only tells whether any of the phrases occurs, word for word as normalised. */
  const phrasesOf = (phrases: readonly string[]) => new PhraseMatcher(phrases.map((phrase) => ({ words: norms(phrase), value: true as const })));
  /** Normalised words of a phrase, keeping its `*` gaps. */
  const gapNorms = (text: string) => text.split(/\s+/).flatMap((part) => (part === GAP_WORD ? [GAP_WORD] : norms(part)));

  const partnerNames = new Map<string, string[]>();
  for (const agreement of dataset.agreements) {
    const local = pack.partners[agreement.id];
    partnerNames.set(agreement.id, [agreement.partner, ...agreement.aliases, ...namesOf(local)]);
  }
  const partnerStems = new Set([...partnerNames.values()].flat().map((name) => stems(name).join(" ")));

  const outside = outsideGroups(pack, dataset, stems, namesOf);
  const entityPhrases: Phrase<Entity>[] = [
    ...dataset.agreements.flatMap((agreement) =>
      (partnerNames.get(agreement.id) ?? []).map((name) => ({ words: stems(name), value: { kind: "partner" as const, agreement } })),
    ),
    ...pack.countries.flatMap((country) =>
      namesOf(country)
        .filter((name) => !partnerStems.has(stems(name).join(" ")))
        .map((name) => ({ words: stems(name), value: { kind: "country" as const, name: country.name } })),
    ),
    ...dataset.events.flatMap((event) => eventNames(event).map((name) => ({ words: stems(name), value: { kind: "event" as const, event } }))),
    ...dataset.groups.flatMap((group) =>
      [group.name, ...group.aliases, ...namesOf(pack.groups[group.id])].map((name) => ({ words: stems(name), value: { kind: "group" as const, group } })),
    ),
    ...outside.phrases,
  ];
  // A signatory by full name or surname; a surname that is also a partner's or a country's name
  // ("Montenegro", Portugal's prime minister) names the country.
  const taken = new Set(entityPhrases.map((phrase) => phrase.words.join(" ")));
  const signatories = peopleOf(dataset);
  const speakers = speakersOf(dataset, new Set(signatories.map((person) => person.name)));
  /** People's names as written, for the typo lexicon ("Рама" is a name, not a typo of «рада»). */
  const personNames = [...signatories.map((person) => person.written), ...speakers.flatMap((speaker) => [speaker.name, speaker.shown])];
  entityPhrases.push(
    ...signatories.flatMap(({ name, written, agreements }) => {
      const words = stems(written);
      const phrases = [words, words.slice(-1)].filter((phrase, index) => index === 0 || !taken.has(phrase.join(" ")));
      return phrases.map((phrase) => ({ words: phrase, value: { kind: "person" as const, name, agreements } }));
    }),
    // Someone quoted who signed nothing ("Keir Starmer, Prime Minister of the United Kingdom"): a person all the same, so
    // "did Starmer sign?" is answered with who did, not with a fact that mentions him.
    ...speakers.flatMap(({ name, shown, of }) =>
      [...new Set([name, shown])].flatMap((written) => {
        const words = stems(written);
        const phrases = [words, words.slice(-1)].filter((phrase, index) => index === 0 || !taken.has(phrase.join(" ")));
        return phrases.map((phrase) => ({ words: phrase, value: { kind: "person" as const, name, shown, agreements: [], ...(of === undefined ? {} : { of }) } }));
      }),
    ),
  );

  const index = buildSearchIndex(searchDocuments(dataset, partnerNames), analyser);
  const views = localNames(pack, dataset);
  const cuePhrases = Object.entries(pack.intents).flatMap(([intent, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: intent as CueIntent })));
  const lexiconWords: [string, number][] = [
    ...index.words.entries(),
    ...[
      ...Object.values(pack.intents).flat(),
      ...pack.stopwords,
      ...pack.topicWords,
      ...pack.contextWords,
      ...Object.keys(pack.monthWords),
      // Every word the reading looks for is a word, not a typo of another ("найдовший" is not "найновіший").
      ...Object.values(pack.superlatives).flat(),
      ...Object.values(pack.pairOrder).flat(),
      ...Object.values(pack.relations).flat(),
      ...Object.values(pack.openRelations).flat(),
      ...Object.values(pack.aroundDiscussed).flat(),
      ...Object.values(pack.dateCues).flat(),
      ...Object.keys(pack.ordinalWords),
      ...Object.keys(pack.numberWords),
      ...pack.allWords,
      ...pack.anythingWords,
      ...pack.textWords,
      ...pack.followUps,
      ...Object.entries(pack.wordForms).flat(2),
      ...Object.keys(pack.synonyms),
      ...Object.values(pack.topics).flat(),
      ...[...Object.values(pack.gaps), ...Object.values(pack.premises)].flatMap((entry) => entry.words),
      ...[...pack.yearParts, ...pack.monthParts, ...pack.holidays].flatMap((part) => part.words),
      ...pack.moneyWords,
      ...pack.withoutWords,
      ...pack.amongWords,
      ...pack.countedWords,
      ...pack.intervalWords,
      ...pack.pauseWords,
      ...pack.windowWords,
      ...pack.weekdayWords,
      ...pack.untilWords,
      ...pack.systemNames,
      ...pack.anniversaryWords,
      ...pack.nearestWords,
      ...pack.roleWords,
      ...pack.timeUnitWords,
      ...pack.positionWords,
      ...pack.otherNumberedWords,
      ...pack.eventPhaseWords,
      ...(pack.later?.window ?? []),
      ...(pack.later?.about ?? []),
      ...pack.monthQuestionWords,
      ...pack.dayQuestionWords,
      ...pack.whyWords,
      ...pack.nowWords,
      ...Object.values(pack.later?.units ?? {}).flat(),
      ...(pack.later?.after ?? []),
      ...(pack.later?.before ?? []),
      ...pack.mostWords,
      ...Object.values(pack.amountOrder).flat(),
      ...pack.tagQuestionWords,
      ...pack.nextDayWords,
      ...pack.previousDayWords,
      ...pack.orWords,
      ...pack.negationWords,
      ...pack.weekOfWords,
      ...pack.sameDayWords,
      ...pack.thenWords,
      ...pack.endOfThatWords,
      ...pack.thereWords,
      ...pack.otherWords,
      ...pack.exceptWords,
      ...pack.ukraineSideWords,
      ...pack.pronouns,
      ...pack.compareWords,
      ...dataset.groups.flatMap((group) => [group.name, ...group.aliases, ...namesOf(pack.groups[group.id])]),
      ...(pack.outsideGroup?.words ?? []),
      ...(pack.outsidePlace === undefined ? [] : [...pack.outsidePlace.words, ...pack.outsidePlace.abroad, ...pack.outsidePlace.onHome]),
      ...(pack.signerOffices === undefined ? [] : [...pack.signerOffices.kinds.flatMap((kind) => kind.words), ...pack.signerOffices.not]),
    ]
      .flatMap(norms)
      .map((word): [string, number] => [word, 1]),
    ...[...partnerNames.values(), ...dataset.events.map(eventNames), ...personNames]
      .flat()
      .flatMap(norms)
      .map((word): [string, number] => [word, NAME_WEIGHT]),
  ];
  // Names of countries without an agreement are recognised as typed; only long ones are typo targets.
  const countryWords = pack.countries.flatMap(namesOf).flatMap(norms);
  lexiconWords.push(...countryWords.filter((word) => word.length >= MIN_COUNTRY_CORRECTION).map((word): [string, number] => [word, NAME_WEIGHT]));

  const places = new Map<string, Agreement[]>();
  for (const agreement of dataset.agreements) {
    // The building in parentheses ("(Prime Minister's official residence)") names no place a question says a signing was in.
    for (const token of analyser.tokens(agreement.place.replace(/\([^)]*\)/g, " "))) {
      if (token.norm.length < MIN_PLACE_WORD || analyser.isStopword(token.norm) || /\d/.test(token.norm)) continue;
      const key = analyser.stem(token.norm);
      const list = places.get(key) ?? [];
      if (!list.includes(agreement)) list.push(agreement);
      places.set(key, list);
    }
  }

  return {
    pack,
    analyser,
    places,
    otherPlaces: new Set(pack.otherPlaces.flatMap((name) => analyser.tokens(name).map((token) => analyser.stem(token.norm)))),
    signedInCountry: new Map(dataset.agreements.map((country) => [country.id, dataset.agreements.filter((agreement) => agreement.place.includes(country.partner))])),
    placeCues: new Set(pack.placeCues.flatMap(norms)),
    outsidePlace:
      pack.outsidePlace === undefined
        ? undefined
        : {
            words: phrasesOf(pack.outsidePlace.words),
            abroad: phrasesOf(pack.outsidePlace.abroad),
            onHome: phrasesOf(pack.outsidePlace.onHome),
            homeName: pack.outsidePlace.home,
            home: places.get(analyser.stem(norms(pack.outsidePlace.home)[0] ?? "")) ?? [],
            outsideHome: pack.outsidePlace.outsideHome,
            others: (agreements) => dataset.agreements.filter((agreement) => !agreements.includes(agreement)),
          },
    index,
    translated: translatedSearch(),
    lexicon: new Lexicon(lexiconWords, countryWords),
    entities: new PhraseMatcher(entityPhrases),
    cues: new PhraseMatcher(cuePhrases),
    superlatives: new PhraseMatcher(
      (Object.entries(pack.superlatives) as [Superlative, string[]][]).flatMap(([which, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: which }))),
    ),
    pairOrder: new PhraseMatcher(
      (Object.entries(pack.pairOrder) as ["first" | "latest", string[]][]).flatMap(([which, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: which }))),
    ),
    comparatives: new PhraseMatcher(
      (Object.entries(pack.comparatives) as [Comparative, string[]][]).flatMap(([which, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: which }))),
    ),
    dateCues: new PhraseMatcher(
      (Object.entries(pack.dateCues) as [DateCue, string[]][]).flatMap(([mode, phrases]) => phrases.map((phrase) => ({ words: norms(phrase), value: mode }))),
    ),
    relations: new PhraseMatcher(
      (Object.entries(pack.relations) as ["after" | "before", string[]][]).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: kind }))),
    ),
    openRelations: new PhraseMatcher(
      (Object.entries(pack.openRelations) as ["after" | "before", string[]][]).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: kind }))),
    ),
    aroundDiscussed: new PhraseMatcher(
      (Object.entries(pack.aroundDiscussed) as ["after" | "before", string[]][]).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ words: norms(phrase), value: kind }))),
    ),
    // Matched as written, not stemmed: "delivered" asks what arrived, "will deliver" what was pledged.
    gaps: new PhraseMatcher(Object.entries(pack.gaps).flatMap(([kind, gap]) => gap.words.map((phrase) => ({ words: gapNorms(phrase), value: kind })))),
    premises: new PhraseMatcher(Object.entries(pack.premises).flatMap(([kind, premise]) => premise.words.map((phrase) => ({ words: gapNorms(phrase), value: kind })))),
    roles: new PhraseMatcher(pack.roleWords.map((phrase) => ({ words: stems(phrase), value: true as const }))),
    signerOffices:
      pack.signerOffices === undefined
        ? undefined
        : {
            kinds: new PhraseMatcher(pack.signerOffices.kinds.flatMap((kind) => kind.words.map((phrase) => ({ words: stems(phrase), value: { offices: kind.offices, name: kind.name } })))),
            not: phrasesOf(pack.signerOffices.not),
          },
    holidays: new PhraseMatcher(pack.holidays.flatMap((holiday) => holiday.words.map((phrase) => ({ words: norms(phrase), value: "easter" in holiday ? { easter: holiday.easter } : { month: holiday.month, day: holiday.day } })))),
    yearParts: new PhraseMatcher(pack.yearParts.flatMap((part) => part.words.map((phrase) => ({ words: norms(phrase), value: { from: part.from, to: part.to } })))),
    monthParts: new PhraseMatcher(pack.monthParts.flatMap((part) => part.words.map((phrase) => ({ words: norms(phrase), value: { from: part.from, to: part.to } })))),
    orWords: new Set(pack.orWords.flatMap(norms)),
    negations: new Set(pack.negationWords.flatMap(norms)),
    weekOf: phrasesOf(pack.weekOfWords),
    bothAnd: { both: new Set(pack.bothAndWords.both.flatMap(norms)), and: new Set(pack.bothAndWords.and.flatMap(norms)) },
    abuseWords: new Set(pack.abuseWords.flatMap(norms)),
    topics: new PhraseMatcher(Object.entries(pack.topics).flatMap(([topic, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: topic })))),
    yesNoStems: new Set(pack.yesNoWords.flatMap((word) => stems(word))),
    compareStems: new Set(pack.compareWords.flatMap((word) => stems(word))),
    pronouns: phrasesOf(pack.pronouns),
    followUps: phrasesOf(pack.followUps),
    sameDay: phrasesOf(pack.sameDayWords),
    then: phrasesOf(pack.thenWords),
    endOfThat: phrasesOf(pack.endOfThatWords),
    there: phrasesOf(pack.thereWords),
    other: phrasesOf(pack.otherWords),
    except: phrasesOf(pack.exceptWords),
    why: phrasesOf(pack.whyWords),
    ukraineSide: phrasesOf(pack.ukraineSideWords),
    money: phrasesOf(pack.moneyWords),
    among: phrasesOf(pack.amongWords),
    counted: phrasesOf(pack.countedWords),
    interval: phrasesOf(pack.intervalWords),
    window: phrasesOf(pack.windowWords),
    pause: new PhraseMatcher(pack.pauseWords.map((phrase) => ({ words: stems(phrase), value: true as const }))),
    weekday: phrasesOf(pack.weekdayWords),
    systems: new PhraseMatcher(pack.systemNames.map((name) => ({ words: norms(name), value: weaponSystem(name, pack.systemTextNames[name]) }))),
    until: new PhraseMatcher(pack.untilWords.map((phrase) => ({ words: stems(phrase), value: true as const }))),
    anniversary: new Set(pack.anniversaryWords.flatMap(norms)),
    nearest: new Set(pack.nearestWords.flatMap(norms)),
    total: phrasesOf(pack.totalWords),
    held: phrasesOf(pack.heldWords),
    monthQuestion: new PhraseMatcher(pack.monthQuestionWords.map((phrase) => ({ words: norms(phrase), value: "month" as const }))),
    dayQuestion: new PhraseMatcher(pack.dayQuestionWords.map((phrase) => ({ words: norms(phrase), value: "day" as const }))),
    whyWords: new Set(pack.whyWords.flatMap(norms)),
    nowWords: new Set(pack.nowWords.flatMap(norms)),
    later: {
      units: new Map(Object.entries(pack.later?.units ?? {}).flatMap(([unit, words]) => words.flatMap(norms).map((word) => [word, unit as LaterUnit] as const))),
      after: new Set((pack.later?.after ?? []).flatMap(norms)),
      before: new Set((pack.later?.before ?? []).flatMap(norms)),
      earlier: new Set((pack.later?.earlier ?? []).flatMap(norms)),
      one: new Set((pack.later?.one ?? []).flatMap(norms)),
      window: new Set((pack.later?.window ?? []).flatMap(norms)),
      about: new Set((pack.later?.about ?? []).flatMap(norms)),
    },
    most: phrasesOf(pack.mostWords),
    amountOrder: new PhraseMatcher([
      ...pack.amountOrder.largest.map((phrase) => ({ words: norms(phrase), value: "largest" as const })),
      ...pack.amountOrder.smallest.map((phrase) => ({ words: norms(phrase), value: "smallest" as const })),
    ]),
    aid: phrasesOf(pack.amountOrder.aid),
    sums: sumReader(pack),
    timeUnits: new Set(pack.timeUnitWords.flatMap(norms)),
    positionWords: new Set(pack.positionWords.flatMap(norms)),
    otherNumbered: new Set(pack.otherNumberedWords.flatMap((word) => stems(word))),
    tagQuestion: phrasesOf(pack.tagQuestionWords),
    whWords: new Set(pack.whWords.flatMap(norms)),
    nextDay: phrasesOf(pack.nextDayWords),
    previousDay: phrasesOf(pack.previousDayWords),
    without: phrasesOf(pack.withoutWords),
    textWords: new PhraseMatcher(pack.textWords.map((phrase) => ({ words: stems(phrase), value: true as const }))),
    textStems: new Set(pack.textWords.flatMap((word) => stems(word))),
    sectionWords: new Set(pack.sectionWords.flatMap(norms)),
    signingStems: new Set(withBorrowed((from) => from.signingWords).flatMap((word) => stems(word))),
    groupName: (group) => pack.groups[group.id]?.name ?? group.name,
    groupOf: (group) => outside.of.get(group.id) ?? pack.groups[group.id]?.forms?.of ?? pack.groups[group.id]?.name ?? group.name,
    ...views,
    topicStems: new Set(withBorrowed((from) => from.topicWords).flatMap((word) => stems(word))),
    contextStems: new Set(withBorrowed((from) => from.contextWords).flatMap((word) => stems(word))),
    // Other languages' months too: a fact quoted from the corpus gives its dates in the corpus's language.
    months: new Map(withBorrowed((from) => Object.entries(from.monthWords)).map(([word, month]) => [norms(word).join(""), month])),
    articles: new Set(pack.articles.flatMap(norms)),
    memberOf: new Set(pack.memberOfWords.flatMap(norms)),
    eventPhase: phrasesOf(pack.eventPhaseWords),
    standIns: new Set(pack.agreementStandIns.flatMap(norms)),
    eventCities: new Map(
      dataset.events.filter((event) => event.milestone).flatMap((event) => [event.place, views.localEvent(event).place].flatMap((place) => stems(place.split(",")[0] ?? "")).map((stem) => [stem, event] as const)),
    ),
    namingAfter: phrasesOf(pack.namingWordsAfter),
    placeNamesWithArticle: new Set(
      [...partnerNames.values()].flat().map((name) => name.toLowerCase()).filter((name) => pack.articles.some((article) => name.startsWith(`${article.toLowerCase()} `))),
    ),
    ordinaryWordSurnames: new Set(pack.ordinaryWordSurnames.flatMap(norms)),
    allWords: new Set(pack.allWords.flatMap(norms)),
    anythingWords: new Set(pack.anythingWords.flatMap(norms)),
    ordinalWords: new Map(Object.entries(pack.ordinalWords).map(([word, n]) => [norms(word).join(""), n])),
    ordinalEndings: new Set(pack.ordinalEndings.flatMap(norms)),
    numberWords: new Map(Object.entries(pack.numberWords).map(([word, n]) => [norms(word).join(""), n])),
  };

  function translatedSearch(): TranslatedSearch | undefined {
    if (pack.lang === "en" || dataset.translations[pack.lang] === undefined) return undefined;
    const reader = createAnalyser(pack, others, true);
    // Quotes stay in their own language; the corpus index already searches them.
    const local = { ...dataset, facts: dataset.facts.map(views.localFact), agreements: dataset.agreements.map(views.local), quotes: [] };
    return { analyser: reader, index: buildSearchIndex(searchDocuments(local, partnerNames), reader) };
  }

  /**
   * People the quotes name who are not signatories ("Keir Starmer, Prime Minister of the United Kingdom"), each
   * with the agreement of the partner their office names, when it names one.
   */
  function speakersOf(data: Readonly<Dataset>, signed: ReadonlySet<string>): { name: string; shown: string; of: Agreement | undefined }[] {
    const translations = translationsInto(pack, data);
    const localSpeaker = new Map((translations?.quotes ?? []).map((quote) => [quote.id, quote.speaker]));
    const found = new Map<string, { name: string; shown: string; of: Agreement | undefined }>();
    for (const quote of data.quotes) {
      const [, name, office] = SPEAKER.exec(quote.speaker) ?? [];
      if (name === undefined || office === undefined || signed.has(name) || found.has(name)) continue;
      const of = data.agreements.find((agreement) => [agreement.partner, ...agreement.aliases].some((alias) => new RegExp(`\\b${escapeRegExp(alias)}\\b`).test(office)));
      // As this language's translation of the quote writes the name («Кір Стармер»), when it does.
      const [, shown = name] = LOCAL_SPEAKER.exec(localSpeaker.get(quote.id) ?? "") ?? [];
      found.set(name, { name, shown, of });
    }
    return [...found.values()];
  }

  /** Each signatory by the record's name, and by the name this language's translation writes (a "Туск" is Tusk). */
  function peopleOf(data: Readonly<Dataset>): { name: string; written: string; agreements: Agreement[] }[] {
    const translations = translationsInto(pack, data);
    const translated = new Map((translations?.agreements ?? []).map((record) => [record.id, record]));
    const people = new Map<string, { name: string; written: string; agreements: Agreement[] }>();
    for (const agreement of data.agreements) {
      agreement.signatories.forEach((signatory, index) => {
        const local = translated.get(agreement.id)?.signatories[index]?.name;
        for (const written of local === undefined || local === signatory.name ? [signatory.name] : [signatory.name, local]) {
          const person = people.get(written) ?? { name: signatory.name, written, agreements: [] };
          person.agreements.push(agreement);
          people.set(written, person);
        }
      });
    }
    return [...people.values()];
  }

  function eventNames(event: Event): string[] {
    return [event.name, ...event.aliases, ...namesOf(pack.events[event.id])];
  }
}

/**
 * How this language's answers name partners and show records, without a whole
 * context: the timeline names partners and events the same way.
 */
export function localNames(of: LanguagePack, data: Readonly<Dataset>): LocalNames {
  const partnerName = (agreement: Agreement) => partnerNameIn(of, agreement);
  const partnerInSentence = (agreement: Agreement) => {
    const local = of.partners[agreement.id];
    const form = of.sentenceForm === undefined ? undefined : local?.forms?.[of.sentenceForm];
    return form ?? of.sentenceNames[agreement.partner] ?? local?.name ?? agreement.partner;
  };
  const partnerAsSubject = (agreement: Agreement) => of.sentenceNames[agreement.partner] ?? partnerName(agreement);
  const names = { partnerName, partnerInSentence, partnerAsSubject, eventName: (event: Event) => eventNameIn(of, event) };
  const translations = translationsInto(of, data);
  if (translations === undefined) return { ...names, local: (agreement) => agreement, localFact: (fact) => fact, localEvent: (event) => event, localQuote: (quote) => quote };
  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
  const agreements = byId(translations.agreements);
  const facts = byId(translations.facts);
  const events = byId(translations.events);
  const quotes = byId(translations.quotes);
  const localAgreements = new Map<string, Agreement>();
  return {
    ...names,
    local(agreement) {
      const cached = localAgreements.get(agreement.id);
      if (cached !== undefined) return cached;
      const t = agreements.get(agreement.id);
      const local: Agreement =
        t === undefined
          ? agreement
          : {
              ...agreement,
              title: agreement.title === null ? null : (t.title ?? agreement.title),
              place: t.place,
              occasion: t.occasion,
              signatories: agreement.signatories.map((signatory, index) => ({ ...signatory, ...(t.signatories[index] ?? {}) })),
              durationNote: agreement.durationNote === null ? null : (t.durationNote ?? agreement.durationNote),
              ordinalNote: agreement.ordinalNote === null ? null : (t.ordinalNote ?? agreement.ordinalNote),
              commitments: agreement.commitments.map((commitment, index) => t.commitments[index] ?? commitment),
              conflicts: agreement.conflicts.map((conflict, index) => ({ ...conflict, note: t.conflicts[index] ?? conflict.note })),
            };
      localAgreements.set(agreement.id, local);
      return local;
    },
    localFact(fact) {
      const t = facts.get(fact.id);
      return t === undefined ? fact : { ...fact, text: t.text, ...(t.note === undefined ? {} : { note: t.note }) };
    },
    localEvent(event) {
      const t = events.get(event.id);
      return t === undefined ? event : { ...event, name: t.name, place: t.place };
    },
    localQuote(quote) {
      const t = quotes.get(quote.id);
      if (t === undefined) return quote;
      return { ...quote, speaker: t.speaker, ...(quote.quotedBy === undefined ? {} : { quotedBy: t.quotedBy ?? quote.quotedBy }) };
    },
  };
}

/**
 * For each group, the group of every other partner ("outside the G7", «не з G7»), named in this language
 * (pack `outsideGroup`), with the phrases that name it; none when the pack has no `outsideGroup`.
 */
function outsideGroups(
  pack: LanguagePack,
  dataset: Dataset,
  stems: (text: string) => string[],
  namesOf: (entry: LanguagePack["groups"][string] | undefined) => string[],
): { phrases: Phrase<Entity>[]; of: ReadonlyMap<string, string> } {
  const phrases: Phrase<Entity>[] = [];
  const of = new Map<string, string>();
  const wording = pack.outsideGroup;
  if (wording === undefined) return { phrases, of };
  for (const group of dataset.groups) {
    const local = pack.groups[group.id];
    const names = { group: local?.name ?? group.name, groupOf: local?.forms?.of ?? local?.name ?? group.name };
    const members = dataset.agreements.filter((agreement) => !group.members.includes(agreement.id)).map((agreement) => agreement.id);
    // Every partner outside "partners outside the EU" is no group anyone asks about.
    if (group.open || members.length === 0) continue;
    const complement: Group = { id: `outside-${group.id}`, name: fill(wording.name, names), aliases: [], members, others: [], open: true };
    of.set(complement.id, fill(wording.of ?? wording.name, names));
    for (const word of wording.words) {
      for (const name of [group.name, ...group.aliases, ...namesOf(local)]) phrases.push({ words: stems(`${word} ${name}`), value: { kind: "group", group: complement } });
    }
  }
  return { phrases, of };
}
