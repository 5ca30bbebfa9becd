/**
 * Reads a question in one language: corrects typos against the known words,
 * finds the partners, countries, events and date it names, the cue phrases
 * of each question type, and the words left over.
 */
import type { Agreement, Event } from "../dataset/schema.ts";
import type { LanguageContext } from "../lang/context.ts";
import type { QueryWord } from "../search/query.ts";
import { INTENT_PRECEDENCE, SPECIFIC_INTENTS, type CueIntent } from "./cues.ts";
import { findPeriod, type Period } from "./dates.ts";
import { isAcronym } from "../text/analyser.ts";

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
}

export interface CueMatch {
  intent: CueIntent;
  length: number;
  start: number;
  end: number;
  /** The cue's own words (a `*` gap's words excluded). */
  positions: number[];
}

export interface Understanding {
  words: QuestionWord[];
  partners: PartnerMention[];
  /** Countries with no agreement on record, by display name. */
  countries: string[];
  events: Event[];
  period: Period | undefined;
  place: PlaceMention | undefined;
  /** Cue matches, strongest first: specific question types, then longer cues, then precedence. */
  cues: CueMatch[];
  superlative: "first" | "latest" | undefined;
  /** True when a topic word ("agreement", "signed", "countries") shows the question is about the agreements. */
  onTopic: boolean;
  /** Words (not stopwords) the corpus and the language pack do not know, even after typo correction. */
  unknown: number;
  /** Known corpus words that are not names, dates, cues, stopwords or topic words: what else the question asks about. */
  content: string[];
  /** The words to search for. */
  search: QueryWord[];
}

export function understand(context: LanguageContext, question: string): Understanding {
  const { analyser, lexicon } = context;
  const corrections = new Map<string, string | undefined>();
  const words: QuestionWord[] = analyser.tokens(question).map((token) => {
    if (!corrections.has(token.norm)) {
      // A word is known when the corpus holds its stem ("live" meets "lives"), even if not this very form.
      const known = lexicon.has(token.norm) || context.index.documentFrequency.has(analyser.stem(token.norm));
      corrections.set(token.norm, known ? undefined : lexicon.correct(token.norm)?.word);
    }
    const correction = corrections.get(token.norm);
    const norm = correction ?? token.norm;
    return { raw: token.raw, typed: token.norm, norm, stem: analyser.stem(norm), corrected: correction !== undefined, stopword: analyser.isStopword(norm) && !isAcronym(token) };
  });
  const stems = words.map((word) => word.stem);
  const covered = new Array<boolean>(words.length).fill(false);
  const cover = (start: number, end: number) => {
    for (let index = start; index < end; index++) covered[index] = true;
  };

  const partners: PartnerMention[] = [];
  const countries: string[] = [];
  const events: Event[] = [];
  /** Word index → the partner its name belongs to, so search treats "United States" as one word. */
  const partnerAt = new Map<number, string>();
  for (const match of context.entities.matchLongest(stems)) {
    const span = words.slice(match.start, match.end);
    if (span.length === 1 && span[0]?.stopword === true && !isAcronymUse(words, match.start, context.articles)) continue;
    cover(match.start, match.end);
    const entity = match.value;
    if (entity.kind === "partner") {
      for (let index = match.start; index < match.end; index++) {
        // Stopwords inside a longer name ("of" in "United States of America") are not searched for.
        if (span.length === 1 || words[index]?.stopword !== true) partnerAt.set(index, entity.agreement.id);
      }
      if (!partners.some((mention) => mention.agreement.id === entity.agreement.id)) {
        partners.push({ agreement: entity.agreement, corrected: span.some((word) => word.corrected) });
      }
    } else if (entity.kind === "country") {
      if (!countries.includes(entity.name)) countries.push(entity.name);
    } else if (!events.includes(entity.event)) events.push(entity.event);
  }

  const norms = words.map((word) => word.norm);
  const dateCueEnds = context.dateCues.matchAll(norms);
  const period = findPeriod(norms, {
    months: context.months,
    isStopword: (word) => analyser.isStopword(word),
    cueBefore: (index) => {
      const cue = dateCueEnds.filter((match) => match.end === index).sort((a, b) => b.length - a.length)[0];
      return cue === undefined ? undefined : { mode: cue.value, start: cue.start };
    },
  });
  if (period !== undefined) cover(period.from, period.to);

  let place: PlaceMention | undefined;
  for (let index = 0; index < words.length - 1 && place === undefined; index++) {
    if (!context.placeCues.has(words[index]?.norm ?? "")) continue;
    const next = context.articles.has(words[index + 1]?.norm ?? "") ? index + 2 : index + 1;
    const word = words[next];
    const agreements = word === undefined ? undefined : context.places.get(word.stem);
    if (word !== undefined && agreements !== undefined) {
      place = { name: word.raw.charAt(0).toLocaleUpperCase(context.pack.lang) + word.raw.slice(1), agreements, partner: partnerAt.get(next) };
    }
  }

  const cues = context.cues
    .matchAll(stems)
    .filter((match) => match.positions.some((index) => !covered[index]))
    .map((match) => ({ intent: match.value, length: match.length, start: match.start, end: match.end, positions: match.positions }))
    .sort(compareCues);
  // Only a cue's own words are cue words: in "did Slovenia's president sign", "president" is what is asked about.
  const cueCovered = [...covered];
  for (const cue of cues) for (const index of cue.positions) cueCovered[index] = true;
  const superlativeMatch = context.superlatives.matchAll(stems).find((match) => !match.positions.some((index) => cueCovered[index]));
  const superlative = superlativeMatch?.value;
  if (superlativeMatch !== undefined) for (const index of superlativeMatch.positions) cueCovered[index] = true;
  const content = words
    .filter(
      (word, index) =>
        !cueCovered[index] && !word.stopword && !context.topicStems.has(word.stem) && !context.contextStems.has(word.stem) && context.index.documentFrequency.has(word.stem),
    )
    .map((word) => word.stem);
  const unknown = words.filter(
    (word, index) => !covered[index] && !word.stopword && !word.corrected && !lexicon.has(word.norm) && !context.index.documentFrequency.has(word.stem) && !/^\d+$/.test(word.norm),
  ).length;

  const search: QueryWord[] = [];
  words.forEach((word, index) => {
    const partner = partnerAt.get(index);
    if (partner !== undefined) search.push({ term: word.stem, corrected: word.corrected, group: `partner:${partner}` });
    else if (!word.stopword) search.push({ term: word.stem, corrected: word.corrected });
    // A word "corrected" into a stopword ("life" → "like") helps read cues but is searched as typed: unknown, and it counts.
    else if (word.corrected) search.push({ term: analyser.stem(word.typed), corrected: false });
  });
  // A partner named by an alias ("America", "US") also finds records that use its registry name.
  for (const mention of partners) {
    const names = [mention.agreement.partner, ...mention.agreement.aliases.filter((alias) => ACRONYM.test(alias))];
    for (const term of names.flatMap((name) => analyser.terms(name))) search.push({ term, corrected: false, group: `partner:${mention.agreement.id}`, expansion: true });
  }
  const onTopic = words.some((word) => !word.stopword && context.topicStems.has(word.stem));
  return { words, partners, countries, events, period, place, cues, superlative, onTopic, unknown, content: [...new Set(content)], search };
}

/** A short alias that is also a common word ("US" / "us") names the partner only in capitals or after an article ("the us"). */
function isAcronymUse(words: readonly QuestionWord[], index: number, articles: ReadonlySet<string>): boolean {
  const word = words[index];
  if (word === undefined) return false;
  const before = words[index - 1];
  return (word.raw.length > 1 && word.raw === word.raw.toUpperCase()) || (before !== undefined && articles.has(before.norm));
}

function compareCues(a: CueMatch, b: CueMatch): number {
  const tier = Number(SPECIFIC_INTENTS.has(b.intent)) - Number(SPECIFIC_INTENTS.has(a.intent));
  return tier || b.length - a.length || INTENT_PRECEDENCE.indexOf(a.intent) - INTENT_PRECEDENCE.indexOf(b.intent);
}
