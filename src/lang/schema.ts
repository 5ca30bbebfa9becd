/**
 * The shape of a language pack (`data/lang/<lang>.yaml`): every word the
 * engine reads or writes in one language. Adding a language means adding a
 * pack, not changing the engine.
 */
import { z } from "zod";
import { LangSchema } from "../answer.ts";

const Text = z.string().trim().min(1, "must not be empty");
const Phrases = z.array(Text).min(1, "must list at least one phrase");

/** Wordings for each plural category of `Intl.PluralRules` (`one`, `few`, `many`, `other`); `other` is required. */
const PluralSchema = z.object({ zero: Text.optional(), one: Text.optional(), two: Text.optional(), few: Text.optional(), many: Text.optional(), other: Text });

/** Cue phrases for each question type. `*` in a phrase skips up to three words. */
const IntentCuesSchema = z.object({
  when: Phrases,
  where: Phrases,
  who: Phrases,
  duration: Phrases,
  commitments: Phrases,
  count: Phrases,
  list: Phrases,
  "has-signed": Phrases,
  agreement: Phrases,
  ordinal: Phrases,
  quote: Phrases,
});

const NameSchema = z.object({
  name: Text.describe("The name to show in answers."),
  aliases: z.array(Text).default([]).describe("Other names, demonyms, capitals and inflected forms people use."),
  /** The name inflected as sentences need it, by a name the pack chooses (`with`: "з Японією"); each form is also an alias. */
  forms: z.record(z.string(), Text).optional(),
});

const Script = z.enum(["Latin", "Cyrillic"]);

/** A period as a sentence names it, by how precise its date is. */
const PeriodPhrasesSchema = z.object({ year: Text, month: Text, day: Text });

export const LanguagePackSchema = z.object({
  lang: LangSchema,
  /** The Unicode script (`Latin`, `Cyrillic`) whose letters mark a question as written in this language. */
  script: Script,
  /**
   * Languages whose packs read the words written in their script: a Ukrainian
   * question's "USA" or "F-16", and the English corpus the Ukrainian search
   * index holds, go through the English stopwords, synonyms and stemmer.
   */
  otherScripts: z.partialRecord(Script, LangSchema).default({}),
  /** A Snowball algorithm name from `snowball-stemmers`, or null for no stemming. */
  stemmer: Text.nullable(),
  /**
   * A word → its inflected forms, every form read as the word (before `synonyms`):
   * the pack's own lemmatiser where no stemmer folds the language's endings well.
   */
  wordForms: z.record(z.string(), z.array(Text)).default({}),
  /** `drop`: "Japan's" → "japan", "don't" → "dont" (English). `keep`: the apostrophe stays inside the word (Ukrainian "обʼєкт"). */
  apostrophes: z.enum(["drop", "keep"]),
  stopwords: z.array(Text),
  /** Word → the word it is read as, applied before stemming on both the corpus and questions. */
  synonyms: z.record(z.string(), Text).default({}),
  /** Words that, before a short alias that is also a common word ("us"), make it a name: "the US". */
  articles: z.array(Text).default([]),
  /** Words that only say the question is about the agreements; with a partner and nothing else the question asks for the agreement card. */
  topicWords: z.array(Text),
  /** Words that are neither topic nor content ("Ukraine", "details"): ignored when deciding what a question asks. */
  contextWords: z.array(Text).default([]),
  intents: IntentCuesSchema,
  /** Words that ask for the first or the most recent agreement. */
  superlatives: z.object({ first: Phrases, latest: Phrases }),
  /**
   * Words that tie a curator's conflict note to what a question asks, so
   * "When did Japan sign?" repeats the notes about dates, not those about money.
   * The agreement card shows every note.
   */
  conflictWords: z.object({
    when: Phrases,
    where: Phrases,
    who: Phrases,
    duration: Phrases,
    commitments: Phrases,
    ordinal: Phrases,
    "has-signed": Phrases,
  }),
  /** Words before a place ("signed in Brussels") that make it where agreements were signed. */
  placeCues: Phrases,
  /** Words before a date that make it cumulative ("as of July 2024") or exclusive ("before July 2024"). */
  dateCues: z.object({ until: Phrases, before: Phrases }),
  /** Names and aliases of events in this language, by event id (`forms` as for partners). */
  events: z.record(z.string(), NameSchema).default({}),
  /** Month words as typed (names, abbreviations, inflected forms) → month number. */
  monthWords: z.record(z.string(), z.number().int().min(1).max(12)),
  dates: z.object({
    /** e.g. "{day} {month} {year}". */
    day: Text,
    /** e.g. "{month} {year}". */
    month: Text,
    /** Month names used inside a full date (genitive in Ukrainian). */
    monthNamesDay: z.array(Text).length(12),
    /** Month names used with a year only. */
    monthNamesAlone: z.array(Text).length(12),
    /** A span of days within one month, e.g. "{from}–{to} {month} {year}". */
    range: Text,
    /** More month-name lists, each a placeholder of `periods` ("monthIn": "червні" for "у {monthIn} {year} року"). */
    monthNames: z.record(z.string(), z.array(Text).length(12)).default({}),
    /**
     * How lists and counts name the period asked about, where one template per
     * mode cannot inflect the date ("у червні 2024 року", "до червня 2024
     * року"). Placeholders: `{day}`, `{year}`, `{month}` (`monthNamesDay`),
     * `{monthAlone}` and the `monthNames` lists. Without it,
     * `templates.periodWithin` and the like wrap the plain date.
     */
    periods: z.object({ within: PeriodPhrasesSchema, until: PeriodPhrasesSchema, before: PeriodPhrasesSchema, anyYear: Text }).optional(),
  }),
  list: z.object({ separator: z.string(), lastSeparator: z.string() }),
  plurals: z.object({
    agreements: PluralSchema,
    agreementsSigned: PluralSchema,
    partners: PluralSchema,
    years: PluralSchema,
    sources: PluralSchema,
    facts: PluralSchema,
    quotes: PluralSchema,
    /** Ordinal numbers by `Intl.PluralRules` ordinal category: "1st", "2nd", "3rd", "4th". */
    ordinal: PluralSchema,
    points: PluralSchema,
    countries: PluralSchema,
  }),
  /** Partner names in this language, keyed by agreement id; English names come from the registry itself. */
  partners: z.record(z.string(), NameSchema).default({}),
  /** A partner's name as a sentence uses it, keyed by its name in the list ("United Kingdom" → "the United Kingdom"). */
  sentenceNames: z.record(z.string(), Text).default({}),
  /** Which of a partner's `forms` sentences use (Ukrainian templates say "угоду {partner}" for "угоду з Японією"). */
  sentenceForm: Text.optional(),
  /** Countries with no agreement on record, so "has X signed?" gets a clear no. */
  countries: z.array(NameSchema),
  /** Fixed sentences. Placeholders in braces are filled by the engine. */
  texts: z.object({
    rejectedEmpty: Text,
    rejectedTooLong: Text,
    noAnswer: Text,
    noAnswerAbout: Text,
    unknownPartner: Text,
    noQuotes: Text,
    about: Text,
    sources: Text,
    sourceKinds: z.object({ "official-text": Text, "official-statement": Text, news: Text, analysis: Text }),
    mediumConfidence: Text,
    lowConfidence: Text,
    conflict: Text,
    /** Said when notes on other points were left out: `{partner}`, and `{points}` from `plurals.points`. */
    moreConflicts: Text,
    notInOfficialCount: Text,
    /** How a quote read second-hand is attributed: "{speaker}, as quoted by {quotedBy}". */
    quotedBy: Text,
    /** Said once, last, when an answer shows corpus text (facts, quotes, curators' notes) as the corpus has it, in another language. */
    corpusNote: Text.optional(),
  }),
  templates: z.object({
    when: Text,
    where: Text,
    who: Text,
    signatory: Text,
    durationYears: Text,
    durationOpen: Text,
    commitments: Text,
    ordinal: Text,
    ordinalNone: Text,
    hasSignedYes: Text,
    hasSignedNo: Text,
    countLatest: Text,
    /** How the official count breaks down: `{countries}` and `{organisations}` (names). */
    breakdown: Text,
    breakdownCountriesOnly: Text,
    countUncounted: Text,
    /** Agreements the official count includes that were signed after the latest tally. */
    countSince: Text,
    countUntil: Text,
    countWithin: Text,
    listAll: Text,
    listWithin: Text,
    listEvent: Text,
    countEvent: Text,
    listNone: Text,
    listItem: Text,
    uncountedItem: Text,
    periodWithin: Text,
    periodUntil: Text,
    periodBefore: Text,
    first: Text,
    latest: Text,
    eventWhen: Text,
    quoteIntro: Text,
    /** Before several quotes by one speaker. */
    quotesFrom: Text,
    /** Before several quotes by different speakers. */
    quotesMany: Text,
    quotesTopic: Text,
    card: z.object({
      title: Text,
      untitled: Text,
      signed: Text,
      signatories: Text,
      duration: Text,
      noDuration: Text,
      commitments: Text,
      ordinal: Text,
      notCounted: Text,
    }),
  }),
  /** Example questions for greetings and help; each must be one the engine answers. */
  examples: z.array(Text).min(3),
  /** Questions to suggest about a recognised partner; `{partner}` is filled in. */
  partnerSuggestions: z.array(Text).min(3),
});

export type LanguagePack = z.infer<typeof LanguagePackSchema>;
export type IntentCues = z.infer<typeof IntentCuesSchema>;
export type Plural = z.infer<typeof PluralSchema>;
