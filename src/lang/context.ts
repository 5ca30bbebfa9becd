/**
 * Everything the engine needs to read and answer questions in one language,
 * built once at load: the analyser, the search index over the corpus, the
 * typo lexicon and the phrase matchers for partners, countries, events and
 * question cues.
 */
import type { Agreement, Dataset, Event } from "../dataset/schema.ts";
import { GAP_WORD, type CueIntent } from "../intent/cues.ts";
import { PhraseMatcher, type Phrase } from "../intent/phrases.ts";
import { buildSearchIndex, type SearchIndex } from "../search/build-index.ts";
import { searchDocuments } from "../search/documents.ts";
import { createAnalyser, type Analyser } from "../text/analyser.ts";
import { Lexicon } from "../text/spell.ts";
import type { PeriodMode } from "../intent/dates.ts";
import type { PartnerAspect } from "../intent/plan.ts";
import type { LanguagePack } from "./schema.ts";

export type Entity =
  | { kind: "partner"; agreement: Agreement }
  | { kind: "country"; name: string }
  | { kind: "event"; event: Event };

export interface LanguageContext {
  readonly pack: LanguagePack;
  readonly analyser: Analyser;
  readonly index: SearchIndex;
  readonly lexicon: Lexicon;
  readonly entities: PhraseMatcher<Entity>;
  readonly cues: PhraseMatcher<CueIntent>;
  readonly superlatives: PhraseMatcher<"first" | "latest">;
  readonly dateCues: PhraseMatcher<PeriodMode>;
  /** Stems of words that say a question is about the agreements. */
  readonly topicStems: ReadonlySet<string>;
  /** Stems of words that are neither topic nor content. */
  readonly contextStems: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  /** Stem of a place word (from the registry's `place` fields) → the agreements signed there. */
  readonly places: ReadonlyMap<string, readonly Agreement[]>;
  /** Normalised words before a place ("in", "at"). */
  readonly placeCues: ReadonlySet<string>;
  /** Normalised articles that make a short common-word alias a name. */
  readonly articles: ReadonlySet<string>;
  /** The question types a conflict note speaks to, by the pack's `conflictWords`. */
  conflictAspects(conflict: string): ReadonlySet<PartnerAspect>;
  /** The partner's name in this language, as a list shows it ("United Kingdom"). */
  partnerName(agreement: Agreement): string;
  /** The partner's name as a sentence uses it ("the United Kingdom"). */
  partnerInSentence(agreement: Agreement): string;
}

/** Weight a name gets in the typo lexicon, so "Japn" becomes "japan" rather than a rarer corpus word. */
const NAME_WEIGHT = 50;
/** Shortest word of a place name that can name a place on its own ("Kyiv", not "D.C."). */
const MIN_PLACE_WORD = 4;
/** Shortest name of a country without an agreement that a typo may be corrected to. */
const MIN_COUNTRY_CORRECTION = 6;

export function buildLanguageContext(pack: LanguagePack, dataset: Readonly<Dataset>): LanguageContext {
  const analyser = createAnalyser(pack);
  const stems = (text: string) => text.split(/\s+/).flatMap((part) => (part === GAP_WORD ? [GAP_WORD] : analyser.tokens(part).map((token) => analyser.stem(token.norm))));
  const norms = (text: string) => analyser.tokens(text).map((token) => token.norm);

  const partnerNames = new Map<string, string[]>();
  for (const agreement of dataset.agreements) {
    const local = pack.partners[agreement.id];
    partnerNames.set(agreement.id, [agreement.partner, ...agreement.aliases, ...(local === undefined ? [] : [local.name, ...local.aliases])]);
  }
  const partnerStems = new Set([...partnerNames.values()].flat().map((name) => stems(name).join(" ")));

  const entityPhrases: Phrase<Entity>[] = [
    ...dataset.agreements.flatMap((agreement) =>
      (partnerNames.get(agreement.id) ?? []).map((name) => ({ words: stems(name), value: { kind: "partner" as const, agreement } })),
    ),
    ...pack.countries.flatMap((country) =>
      [country.name, ...country.aliases]
        .filter((name) => !partnerStems.has(stems(name).join(" ")))
        .map((name) => ({ words: stems(name), value: { kind: "country" as const, name: country.name } })),
    ),
    ...dataset.events.flatMap((event) => [event.name, ...event.aliases].map((name) => ({ words: stems(name), value: { kind: "event" as const, event } }))),
  ];

  const index = buildSearchIndex(searchDocuments(dataset, partnerNames), analyser);
  const cuePhrases = Object.entries(pack.intents).flatMap(([intent, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: intent as CueIntent })));
  const lexiconWords: [string, number][] = [
    ...index.words.entries(),
    ...[...Object.values(pack.intents).flat(), ...pack.stopwords, ...pack.topicWords, ...pack.contextWords, ...Object.keys(pack.monthWords), ...pack.superlatives.first, ...pack.superlatives.latest]
      .flatMap(norms)
      .map((word): [string, number] => [word, 1]),
    ...[...partnerNames.values(), ...dataset.events.map((event) => [event.name, ...event.aliases])]
      .flat()
      .flatMap(norms)
      .map((word): [string, number] => [word, NAME_WEIGHT]),
  ];
  // Names of countries without an agreement are recognised as typed; only long ones are typo targets.
  const countryWords = pack.countries.flatMap((country) => [country.name, ...country.aliases]).flatMap(norms);
  lexiconWords.push(...countryWords.filter((word) => word.length >= MIN_COUNTRY_CORRECTION).map((word): [string, number] => [word, NAME_WEIGHT]));

  const conflictMatcher = new PhraseMatcher(
    Object.entries(pack.conflictWords).flatMap(([aspect, phrases]) => phrases.map((phrase) => ({ words: stems(phrase), value: aspect as PartnerAspect }))),
  );
  const conflictAspects = new Map<string, ReadonlySet<PartnerAspect>>();

  const places = new Map<string, Agreement[]>();
  for (const agreement of dataset.agreements) {
    for (const token of analyser.tokens(agreement.place)) {
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
    placeCues: new Set(pack.placeCues.flatMap(norms)),
    conflictAspects: (conflict) => {
      let aspects = conflictAspects.get(conflict);
      if (aspects === undefined) {
        aspects = new Set(conflictMatcher.matchAll(stems(conflict)).map((match) => match.value));
        conflictAspects.set(conflict, aspects);
      }
      return aspects;
    },
    index,
    lexicon: new Lexicon(lexiconWords, countryWords),
    entities: new PhraseMatcher(entityPhrases),
    cues: new PhraseMatcher(cuePhrases),
    superlatives: new PhraseMatcher([
      ...pack.superlatives.first.map((phrase) => ({ words: stems(phrase), value: "first" as const })),
      ...pack.superlatives.latest.map((phrase) => ({ words: stems(phrase), value: "latest" as const })),
    ]),
    dateCues: new PhraseMatcher([
      ...pack.dateCues.until.map((phrase) => ({ words: norms(phrase), value: "until" as const })),
      ...pack.dateCues.before.map((phrase) => ({ words: norms(phrase), value: "before" as const })),
    ]),
    topicStems: new Set(pack.topicWords.flatMap((word) => stems(word))),
    contextStems: new Set(pack.contextWords.flatMap((word) => stems(word))),
    months: new Map(Object.entries(pack.monthWords).map(([word, month]) => [norms(word).join(""), month])),
    articles: new Set(pack.articles.flatMap(norms)),
    partnerName: (agreement) => pack.partners[agreement.id]?.name ?? agreement.partner,
    partnerInSentence: (agreement) => pack.sentenceNames[agreement.partner] ?? pack.partners[agreement.id]?.name ?? agreement.partner,
  };
}
