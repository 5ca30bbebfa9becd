/**
 * The shape of a language pack (`data/lang/<lang>.yaml`): every word the
 * engine reads or writes in one language. Adding a language means adding a
 * pack, not changing the engine.
 */
import { z } from "zod";
import { LangSchema } from "../answer.ts";
import { OfficeSchema } from "../dataset/schema.ts";

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
  /** Whether an agreement still stands: in force, binding, ratified, ended ("is it still valid?", «ще діє?»). Default none. */
  status: z.array(Text).default([]),
  /** What the agreement is called ("official title", «як називається»). Default none. */
  title: z.array(Text).default([]),
});

const NameSchema = z.object({
  name: Text.describe("The name to show in answers."),
  aliases: z.array(Text).default([]).describe("Other names, demonyms, capitals and inflected forms people use."),
  /** The name inflected as sentences need it, by a name the pack chooses (`with`: "з Японією"); each form is also an alias. */
  forms: z.record(z.string(), Text).optional(),
});

const Script = z.enum(["Latin", "Cyrillic"]);

/**
 * The timeline chart's own words (`src/timeline/`). Dates, partner and event
 * names come from the rest of the pack, as in answers. Placeholders: `{year}`,
 * `{asOf}` and `{date}` (dates in words), `{partner}` (its name as a list
 * shows it), `{partnerWith}` (as sentences use it, `sentenceForm`),
 * `{ordinal}` (`plurals.ordinal`), `{n}` in plurals.
 */
const TimelineWordsSchema = z.object({
  title: Text,
  titleYear: Text,
  subtitle: Text,
  subtitleHighlight: Text,
  /** After `subtitleHighlight` when the highlighted agreement has a place in the official count. */
  subtitleOrdinal: Text,
  yAxis: Text,
  status: z.object({ counted: Text, disputed: Text, uncounted: Text, "uncounted-disputed": Text }),
  footerAsOf: Text,
  /** `{publishers}`, then `footerOthers` (after a space) when more publishers are cited. */
  footerSources: Text,
  footerOthers: PluralSchema,
  captionAll: PluralSchema,
  /** `{n}` of the `{count}` agreements were signed in `{year}`. */
  captionYear: PluralSchema,
  captionUncounted: Text,
  captionHighlight: Text,
  textHeader: Text,
  textUncounted: Text,
  errorInvalidOptions: Text,
  /** `{years}`: the years with signings. */
  errorYear: Text,
  errorPartner: Text,
  /** `{signedYear}`: the year the agreement was signed. */
  errorPartnerYear: Text,
});

/** Words several adapters show alike. */
const CommonWordsSchema = z.object({
  /** Button under an answer: shows all its sources. */
  sourcesButton: Text,
  /** Button under a count or list answer: shows the timeline chart. */
  timelineButton: Text,
  /** Button under a short answer about one agreement (`Answer.more`): shows its full card. */
  moreButton: Text,
  /** Heading of a source list. */
  sourcesHeading: Text,
});

/** A console command as help lists it: how it is typed and what it does. */
const ConsoleCommandSchema = z.object({ usage: Text, what: Text });

/**
 * The console's words (`adapters/console/`). Its commands are typed in
 * English (`help`, `sources`…; `more` also in `moreWords`); their
 * descriptions follow the conversation's language.
 */
const ConsoleWordsSchema = z.object({
  /** Heading of the suggestions under an answer. */
  relatedQuestions: Text,
  /** The same under a question not answered. */
  youCouldAsk: Text,
  /** After a short answer about one agreement: how to see its full card. */
  moreHint: Text,
  /** Words typed for the `more` command; the console reads every pack's. */
  moreWords: Phrases,
  /** The reply to `more` when the last answer has nothing more. */
  nothingMore: Text,
  /** When a command failed unexpectedly. */
  error: Text,
  /** Under the title at start: `{asOf}` (a date in words). */
  banner: Text,
  /** What `help` starts with: `{asOf}`. */
  helpIntro: Text,
  tryAsking: Text,
  commandsHeading: Text,
  /** `{file}`: the picture's file name. */
  commands: z.object({
    help: ConsoleCommandSchema,
    sources: ConsoleCommandSchema,
    about: ConsoleCommandSchema,
    agreement: ConsoleCommandSchema,
    more: ConsoleCommandSchema,
    timeline: ConsoleCommandSchema,
    quit: ConsoleCommandSchema,
  }),
  /** Where the timeline picture went: `{path}`, `{width}`, `{height}`. */
  timelineSaved: Text,
  /** Why no timeline was drawn (`{reason}`, the chart's own sentence) and what to type instead: `{year}`, `{partner}`. */
  timelineProblem: Text,
});

/** A description Telegram's command menu shows: 3–256 characters. */
const TelegramCommandText = Text.min(3).max(256);

/** The Telegram bot's words (`adapters/telegram/`). `{bot}`: the bot's username; `{partner}`, `{year}`: examples from the data. */
const TelegramWordsSchema = z.object({
  /** The reply to /start, above example questions. */
  greeting: Text,
  tryThese: Text,
  /** /help: one line per way to ask (`{bot}`). */
  howToAsk: Phrases,
  commandsHeading: Text,
  /** /help: one line per command (`{partner}`, `{year}`). */
  commandLines: Phrases,
  /** /help's last line: `{date}`. */
  asOf: Text,
  /** Above the suggestion buttons under a question not answered. */
  suggestionsIntro: Text,
  /** Heading of the source list under an answer. */
  sourcesList: Text,
  /** Heading of the message the Sources button sends. */
  sourcesForAnswer: Text,
  rateLimited: Text,
  /** A button whose question is no longer remembered. */
  buttonExpired: Text,
  /** A Sources button made for a corpus since changed. */
  buttonOutdated: Text,
  /** A button pressed on an inline result, outside a chat with the bot. */
  buttonNeedsChat: Text,
  unknownCommand: Text,
  /** The reply to a sticker, voice message, location… in a private chat. */
  textOnly: Text,
  /** /agreement without a partner: `{partner}`. */
  agreementUsage: Text,
  apology: Text,
  /** Ends an inline result cut to fit one message. */
  inlineTruncated: Text,
  /** Why no timeline was drawn (`{reason}`) and how to ask instead: `{year}`, `{partner}`. */
  timelineProblem: Text,
  /** The command menu (`setMyCommands`), by command. */
  menu: z.object({
    ask: TelegramCommandText,
    agreement: TelegramCommandText,
    timeline: TelegramCommandText,
    sources: TelegramCommandText,
    about: TelegramCommandText,
    help: TelegramCommandText,
  }),
});

/** A description Discord shows for a slash command or option: at most 100 characters. */
const DiscordCommandText = Text.max(100);

/** The Discord bot's words (`adapters/discord/`). */
const DiscordWordsSchema = z.object({
  /** Title of the embed around the timeline picture. */
  timelineTitle: Text,
  /** Why no timeline was drawn (`{reason}`) and how to ask instead: `{year}`, `{partner}`. */
  timelineProblem: Text,
  /** Ends a source list cut to fit the timeline's embed: `{n}` sources left out. */
  moreTimelineSources: Text,
  /** An answer's footer: `{asOf}` (a date in words). */
  footer: Text,
  /** The same with the answer's confidence: `{asOf}`, `{confidence}` (a percentage). */
  footerConfidence: Text,
  /** Quotes left out of an embed, shown behind Sources. */
  moreQuotes: PluralSchema,
  /** Ends a citation list cut to fit: `{n}` citations left out. */
  moreSources: Text,
  /** Ends an answer cut short to fit one message. */
  continued: Text,
  /** Title of a page of a long listing: `{index}` of `{total}`. */
  sourcesPage: Text,
  quotesHeading: Text,
  /** Heading of the example questions on the /about card. */
  examplesHeading: Text,
  aboutTitle: Text,
  error: Text,
  /** A button whose answer is no longer remembered. */
  expired: Text,
  /** A command Discord still offers but this version does not have. */
  staleCommand: Text,
  /** Slash command descriptions, by command. */
  commands: z.object({
    ask: DiscordCommandText,
    agreement: DiscordCommandText,
    timeline: DiscordCommandText,
    quote: DiscordCommandText,
    sources: DiscordCommandText,
    about: DiscordCommandText,
  }),
  /** Slash command option descriptions. */
  options: z.object({
    /** /ask question. */
    question: DiscordCommandText,
    /** /agreement partner. */
    partner: DiscordCommandText,
    /** /timeline year. */
    year: DiscordCommandText,
    /** /timeline partner. */
    highlight: DiscordCommandText,
    /** /quote topic. */
    topic: DiscordCommandText,
    /** `private`, where replies are public by default. */
    private: DiscordCommandText,
    /** `private`, where replies are private in servers by default (/sources). */
    privateInServers: DiscordCommandText,
  }),
});

/** The fixed words of the adapters and the timeline: everything a user reads that is not an answer. */
const UiWordsSchema = z.object({
  timeline: TimelineWordsSchema,
  common: CommonWordsSchema,
  console: ConsoleWordsSchema,
  telegram: TelegramWordsSchema,
  discord: DiscordWordsSchema,
});

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
  /**
   * A light stemmer for the search over the corpus's translations into this
   * language (`data/translations/<lang>/`), whose words `wordForms` cannot all
   * list: a word in the pack's script that `wordForms` and `synonyms` do not
   * know loses the longest of these endings that leaves `minStem` letters.
   */
  endings: z.object({ suffixes: z.array(Text).min(1), minStem: z.number().int().min(2) }).optional(),
  /** `drop`: "Japan's" → "japan", "don't" → "dont" (English). `keep`: the apostrophe stays inside the word (Ukrainian "обʼєкт"). */
  apostrophes: z.enum(["drop", "keep"]),
  /**
   * Letters a neighbouring keyboard layout types in place of this language's own, read as them («пыдписали» with the
   * Russian ы where the Ukrainian layout has і): one letter each way. Default none.
   */
  letterSlips: z.record(z.string().length(1), z.string().length(1)).default({}),
  stopwords: z.array(Text),
  /**
   * Signatories' surnames that are also ordinary words, read as a person only
   * when written with a capital ("Store" is Støre; "store" is a word). Any other
   * surname is a person in lower case too ("scholz", «шольц»). Default none.
   */
  ordinaryWordSurnames: z.array(Text).default([]),
  /** Words that ask about every member of a group ("all", «усі»): "Did all G7 countries sign?" is a no unless all did. Default none. */
  allWords: z.array(Text).default([]),
  /** Words that ask about any signing, not the agreement ("did Canada sign anything in 2025?", «щось»): a later instrument then answers without a "No". Default none. */
  anythingWords: z.array(Text).default([]),
  /** Words that ask whether an agreement is in the official count ("is Croatia counted?", «чи враховано Хорватію»): a yes or a no first. Default none. */
  countedWords: z.array(Text).default([]),
  /** Ordinal words → the position they name ("second": 2, «друга»: 2), read in an ordinal cue. Default none. */
  ordinalWords: z.record(z.string(), z.number().int().positive()).default({}),
  /** Endings written after a number to make it an ordinal («28-ю», «10-й»). Default none. */
  ordinalEndings: z.array(Text).default([]),
  /** Number words → their value ("ten": 10), read before a word for years. Default none. */
  numberWords: z.record(z.string(), z.number().int().positive()).default({}),
  /** Word → the word it is read as, applied before stemming on both the corpus and questions. */
  synonyms: z.record(z.string(), Text).default({}),
  /** Words that, before a short alias that is also a common word ("us"), make it a name: "the US". */
  articles: z.array(Text).default([]),
  /** Words after a partner's adjective that stand for its agreement ("the Spanish one"): "in the Spanish one" names no place. Default none. */
  agreementStandIns: z.array(Text).default([]),
  /**
   * Words right before a name that both a group and an event have ("G7" alone) that make it the group: "who from the
   * G7 signed first", «хто з великої сімки». Elsewhere ("at the G7", "after the G7 in Apulia") it is the event. Default none.
   */
  memberOfWords: z.array(Text).default([]),
  /** Words right after an event's name that say when in it ("the day before the NATO summit opened"): read as part of the name. Default none. */
  eventPhaseWords: z.array(Text).default([]),
  /** Words after a short alias that is also a common word that make it a name ("us agreement", "us-ukraine deal"). Default none. */
  namingWordsAfter: z.array(Text).default([]),
  /** Words that only say the question is about the agreements; with a partner and nothing else the question asks for the agreement card. */
  topicWords: z.array(Text),
  /** Words that are neither topic nor content ("Ukraine", "details"): ignored when deciding what a question asks. */
  contextWords: z.array(Text).default([]),
  intents: IntentCuesSchema,
  /**
   * Words that ask for the agreement at one end of an order: the first or the
   * most recent signed, the longest or the shortest term.
   */
  superlatives: z.object({ first: Phrases, latest: Phrases, longest: z.array(Text).default([]), shortest: z.array(Text).default([]) }),
  /** Words that set two named agreements' terms against each other: "is the US deal longer than the UK one?". Default none. */
  comparatives: z.object({ longer: z.array(Text).default([]), shorter: z.array(Text).default([]) }).default({ longer: [], shorter: [] }),
  /** Between two or more named agreements, words that ask the first or the last of them: "which was signed later, the Czech one or the Latvian one?". Not matched without them ("a week later" moves a date). Default none. */
  pairOrder: z.object({ first: z.array(Text).default([]), latest: z.array(Text).default([]) }).default({ first: [], latest: [] }),
  /** Words before a partner that ask for its neighbour in signing order: "right after Finland's", "just before Japan". */
  relations: z.object({ after: z.array(Text).default([]), before: z.array(Text).default([]) }).default({ after: [], before: [] }),
  /** Words that ask for the neighbour of the agreement discussed before, with no partner named: "which came next?", «а яка попередня». Default none. */
  openRelations: z.object({ after: z.array(Text).default([]), before: z.array(Text).default([]) }).default({ after: [], before: [] }),
  /** Words for the time after or before the agreement just discussed ("anything signed after that?", «а до того?»): what was signed then. Default none. */
  aroundDiscussed: z.object({ after: z.array(Text).default([]), before: z.array(Text).default([]) }).default({ after: [], before: [] }),
  /**
   * What the corpus cannot know, by kind (deliveries made, money actually
   * paid, predictions): the words that ask it and the sentence that says so.
   * A question asking one of these gets that sentence instead of a neighbouring fact.
   */
  gaps: z
    .record(
      z.string(),
      z.object({
        words: Phrases,
        text: Text,
        /** True when what the sources do record instead is the partner's pledges (a pledge is what they have in place of a delivery or a payment). Default false. */
        pledges: z.boolean().default(false),
        /** True when a pledge is never what is known instead, even asked alone (a private view, an opinion). Default false. */
        noPledges: z.boolean().default(false),
        /** Provision topics whose words make these mean something else ("has the US sent a termination notice" is no delivery). Default none. */
        unlessTopics: z.array(z.string()).default([]),
      }),
    )
    .default({}),
  /**
   * Events a question may take for granted that the registry would record if
   * they had happened (a partner withdrawing): the words, and the sentence
   * that corrects the premise ({partner}, {date}, {cite}).
   */
  premises: z.record(z.string(), z.object({ words: Phrases, text: Text })).default({}),
  /** Names and aliases of groups of partners in this language, by group id (English names come from data/groups.yaml). */
  groups: z.record(z.string(), NameSchema.extend({ others: z.array(Text).optional().describe("The group's members without an agreement, in this language, in data/groups.yaml's order.") })).default({}),
  /** Words that name a signatory's office, so "the Dutch prime minister" asks who signed. */
  roleWords: z.array(Text).default([]),
  /** Words that point at the text itself ("mention", "section", "clause"): a topic then asks what the text says. */
  textWords: z.array(Text).default([]),
  /** Words before a section's number ("section 3", "article IV", "розділ 5"). */
  sectionWords: z.array(Text).default([]),
  /** Words for the act of signing ("signed", "signature"): a date or place next to them says when or where an agreement was signed. */
  signingWords: z.array(Text).default([]),
  /** Words that ask to set partners side by side ("compare", "vs", "difference"). */
  compareWords: z.array(Text).default([]),
  /** Words that point back at what the conversation was about ("it", "its", "they"). */
  pronouns: z.array(Text).default([]),
  /** Words that open a follow-up naming a new subject only ("and France?", "what about Poland?", «а Франція?»). */
  followUps: z.array(Text).default([]),
  /** Words pointing at the day of the agreement just discussed ("that day", «того ж дня»): a follow-up asks what else was signed then. Default none. */
  sameDayWords: z.array(Text).default([]),
  /** Words pointing at the time of the agreement just discussed ("then", «тоді»): "how many were there then?" counts up to its day. Default none. */
  thenWords: z.array(Text).default([]),
  /** Words pointing at the end of the period or event asked about before ("and by the end of it?", «а на кінець саміту?»): a count up to that day. Default none. */
  endOfThatWords: z.array(Text).default([]),
  /** Words that set a partner aside in a question about a group ("besides Poland", «крім Польщі»): the group is what is asked. Default none. */
  exceptWords: z.array(Text).default([]),
  /** Words pointing at the other of two agreements discussed ("and the other one?", «а інша?»). Default none. */
  otherWords: z.array(Text).default([]),
  /** Words pointing at the event asked about before ("who signed the last one there?", «а хто підписав там першим»). Default none. */
  thereWords: z.array(Text).default([]),
  /**
   * Words asking how much money ("how much", "billion", «скільки», «млрд»): with a commitments
   * cue, the answer gives the commitments that name an amount (and the notes on money), not all of them. Default none.
   */
  moneyWords: z.array(Text).default([]),
  /**
   * The partners outside a group ("outside the G7", "non-Nordic", «не з G7», «поза НАТО»): `words` before any name of a
   * group make a group of every other partner, named by `name` (and `of`, the form after «серед»), with `{group}` and
   * `{groupOf}` the group's own names. Default none.
   */
  outsideGroup: z.object({ words: Phrases, name: Text, of: Text.optional() }).optional(),
  /** Words asking for what is absent ("no", "without", «не мають»): "which agreements have no termination clause?" asks for the texts without it. Default none. */
  withoutWords: z.array(Text).default([]),
  /** Marks of an amount in a commitment as the pack's corpus writes it ("€", "billion", «млрд»); a commitment with a digit and one of them names money. Default none. */
  amountMarks: z.array(Text).default([]),
  /**
   * Words that make a count after an event or a signing the running total then ("how many did Ukraine have after the
   * G7 summit?", «скільки угод стало після Румунії»), not the signings after it. Default none.
   */
  totalWords: z.array(Text).default([]),
  /**
   * Of the total words, those that say what Ukraine had rather than what was signed: a count in a period with them is
   * the running total at the period's end ("how many did Ukraine have in mid-June 2024?"), not that period's signings. Default none.
   */
  heldWords: z.array(Text).default([]),
  /** Words before a number that make it a place in the count ("number 27", «номером 27»). Default none. */
  positionWords: z.array(Text).default([]),
  /**
   * Things other than agreements that have numbers of their own ("package", «пакет»): an ordinal a few words before one
   * ("the 23rd Finnish package") is that thing's number, not a place in the count of agreements. Default none.
   */
  otherNumberedWords: z.array(Text).default([]),
  /** Units of time ("hours", «місяців»): counted after a count cue ("how many months"), they ask a measure in a text. Default none. */
  timeUnitWords: z.array(Text).default([]),
  /**
   * A time after the one asked before ("a week later", «через тиждень»): the units by kind, the words after the amount
   * ("later") and before it («через»), and the words after it that move back instead ("a week earlier", «тижнем раніше»). Default none.
   */
  later: z
    .object({
      units: z.object({ day: z.array(Text).default([]), week: z.array(Text).default([]), month: z.array(Text).default([]), year: z.array(Text).default([]) }),
      after: z.array(Text).default([]),
      before: z.array(Text).default([]),
      earlier: z.array(Text).default([]),
      /** Words for one of a unit ("a", "an"), read as 1. */
      one: z.array(Text).default([]),
      /**
       * Words before a length of time next to an event that make it the stretch between them ("in the month after the
       * NATO summit", «протягом тижня після саміту»), not a day that far from it ("a month after the NATO summit").
       */
      window: z.array(Text).default([]),
      /** Words before such a length that make it approximate ("about two weeks before the G7 summit"): a few days either side. */
      about: z.array(Text).default([]),
    })
    .optional(),
  /** Words for the present ("now", «зараз»): after a count, "and now?" asks the latest count. Default none. */
  nowWords: z.array(Text).default([]),
  /** Words that ask why ("why", «чому»): alone after an answer, they ask why of what it was about. Default none. */
  whyWords: z.array(Text).default([]),
  /** Words that ask which month ("which month", «в якому місяці»); with `mostWords`, the month with the most signings. Default none. */
  monthQuestionWords: z.array(Text).default([]),
  /** Words that ask which day ("which day", «в який день»); with `mostWords`, the day with the most signings. Default none. */
  dayQuestionWords: z.array(Text).default([]),
  /** Words for the most ("most", «найбільше»). Default none. */
  mostWords: z.array(Text).default([]),
  /**
   * Words that rank sums ("the most", "biggest", «найбільше»; "least", «найменше»): with a money word, or with one of
   * `aid` ("aid", "donor", «допомоги»), the agreements' sums for a year in order ("who pledged the most for 2024?"). Default none.
   */
  amountOrder: z.object({ largest: z.array(Text).default([]), smallest: z.array(Text).default([]), aid: z.array(Text).default([]) }).default({ largest: [], smallest: [], aid: [] }),
  /**
   * How a sum from the registry is written (`pledges`, which hold it as the commitments write it in English: "€7 billion"):
   * `currencies` by ISO code, with `{amount}` the number and its unit ("7 billion", «7 млрд»); `units` for million and
   * billion; `decimal` the decimal mark; `bounds` the qualifiers, with `{sum}`.
   */
  sums: z.object({
    currencies: z.object({ EUR: Text, GBP: Text, USD: Text, CAD: Text, NOK: Text, ISK: Text, SEK: Text }),
    units: z.object({ million: Text, billion: Text }),
    decimal: Text,
    bounds: z.object({ exactly: Text, "more-than": Text, "at-least": Text, "up-to": Text, about: Text }),
    /** A sum in another currency with the sources' conversion into euros: `{sum}`, `{euros}`. */
    converted: Text,
    /**
     * How questions write a sum, so a claim about money can be checked ("2 billion euros", "€3bn", «2 млрд євро»): words
     * for million and billion, and the marks and words of each currency (one may name two: "$"). Default none.
     */
    read: z
      .object({
        units: z.object({ million: z.array(Text).default([]), billion: z.array(Text).default([]) }),
        currencies: z.partialRecord(z.enum(["EUR", "GBP", "USD", "CAD", "NOK", "ISK", "SEK"]), z.array(Text)).default({}),
      })
      .default({ units: { million: [], billion: [] }, currencies: {} }),
  }),
  /** Words that ask the time between two signings ("how many days between", «скільки днів»). Default none. */
  intervalWords: z.array(Text).default([]),
  /** Words for the time between one signing and the next ("gap", "pause", «перерва»): with "longest" or "shortest", the pause asked. Default none. */
  pauseWords: z.array(Text).default([]),
  /** Words that widen one day by a length of time either side ("give or take two days", "within a week of 11 July"). Default none. */
  windowWords: z.array(Text).default([]),
  /**
   * Names of weapon systems as people type them ("F-16", "Patriot", "CV90"): a yes/no on whether a text covers one is
   * answered by whether its provisions name it, not by their topic ("Does the Canadian agreement mention F-16s?"). Default none.
   */
  systemNames: z.array(Text).default([]),
  /** Names of `systemNames` typed in this language's letters, with the name the texts write ("Ф-16": "F-16"): the text is searched for that. Default none. */
  systemTextNames: z.record(z.string(), Text).default({}),
  /** Words that ask when a term ends ("until when", "when does * expire", «до якого року»; `*` stands for any words): a term answer gives the day it runs to. Default none. */
  untilWords: z.array(Text).default([]),
  /** Words before "before" or "after" an event that ask for the nearest signing ("right", "just", «одразу»): "right before the NATO summit" is the last one before it. Default none. */
  nearestWords: z.array(Text).default([]),
  /** Words for an anniversary ("anniversary", «річниця»): "the first anniversary of the Vilnius declaration" is a year after it. Default none. */
  anniversaryWords: z.array(Text).default([]),
  /** Words that ask the day of the week ("what day of the week", «день тижня»): a date answer names it too. Default none. */
  weekdayWords: z.array(Text).default([]),
  /** Words that pick among the agreements just discussed ("which of them", "of those two", «хто з них»). Default none. */
  amongWords: z.array(Text).default([]),
  /** Words for the day after or before the agreement just discussed ("the next day", «наступного дня»), with no event named. Default none. */
  nextDayWords: z.array(Text).default([]),
  previousDayWords: z.array(Text).default([]),
  /** Words asking about Ukraine's side of the signings ("for Ukraine", «з боку України»): "who signed for Ukraine?" asks Ukraine's signatories. Default none. */
  ukraineSideWords: z.array(Text).default([]),
  /**
   * Words that ask for something other than a yes or a no ("what", "when", «хто», «скільки»): a question
   * ending in "?" with none of them is a yes/no question even without `yesNoWords` («Румунія дає Patriot?»). Default none.
   */
  whWords: z.array(Text).default([]),
  /** Words that end a statement as a question ("…, right?", «…, так?»): it asks for a yes or a no. Default none. */
  tagQuestionWords: z.array(Text).default([]),
  /** Words that ask for a yes or a no ("did", "has", "is there"), at the start of a question. */
  yesNoWords: z.array(Text).default([]),
  /** Parts of a year people name ("early 2024", "spring", "Q2"): the words and the months they span. */
  yearParts: z.array(z.object({ words: Phrases, from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) })).default([]),
  /**
   * Holidays ("Christmas", «День Незалежності»): with a year after them, that one day ("by Christmas 2024"). A fixed day
   * gives `month` and `day`; Easter gives `easter`, `western` or `orthodox`, whose day the year decides. Default none.
   */
  holidays: z
    .array(z.union([z.object({ words: Phrases, month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }), z.object({ words: Phrases, easter: z.enum(["western", "orthodox"]) })]))
    .default([]),
  /** Parts of a month ("mid-June 2024", «середина червня»): the words and the days they span. Default none. */
  monthParts: z.array(z.object({ words: Phrases, from: z.number().int().min(1).max(31), to: z.number().int().min(1).max(31) })).default([]),
  /** The rows of the keyboards people type this language on, lower case: four keys of a row in a row in an unknown word are mash ("asdf"). Default none. */
  keyboardRows: z.array(Text).default([]),
  /** Abuse that makes input with no known word a rejection, not a question (typed forms, lower case). Default none. */
  abuseWords: z.array(Text).default([]),
  /** Words joining two alternatives ("the 10th or the 11th of July", «27 чи 28 травня»): the question asks which. Default none. */
  orWords: z.array(Text).default([]),
  /** Words before a day that ask the week holding it ("the week of 10 July 2024", Monday to Sunday). Default none. */
  weekOfWords: z.array(Text).default([]),
  /** Words that, right after an or-word, make it no choice ("did Japan sign or not?", «чи ні»). Default none. */
  negationWords: z.array(Text).default([]),
  /**
   * Prefixes that turn a word into its opposite in a text ("non-lethal", «нелетальна»): a text that has the word asked
   * only with one of them is no yes to it ("does the Irish agreement commit Ireland to lethal aid?"). Default none.
   */
  negatingPrefixes: z.array(Text).default([]),
  /** Words opening two alternatives joined by another ("both the 10th and the 11th of July", «і 10, і 11 липня»): `both` before the first, `and` between. Default none. */
  bothAndWords: z.object({ both: z.array(Text).default([]), and: z.array(Text).default([]) }).default({ both: [], and: [] }),
  /**
   * Words that join two questions in one ("when was it adopted and how many troops will the force have?"): a part
   * the sources cannot answer is said so, and the other part answered on its own. Commas, semicolons and question
   * marks join parts too. Default none.
   */
  clauseWords: z.array(Text).default([]),
  /**
   * Offices a question filters the signings by when it names no partner ("which were signed by presidents?",
   * «скільки угод підписали премʼєри»): each kind's `words` name its `offices` (the signatories' `office`), `name` is how
   * an answer names them (plural); `not` just before such words leaves those out ("presidents, not prime ministers").
   * Default none.
   */
  signerOffices: z.object({ kinds: z.array(z.object({ words: Phrases, offices: z.array(OfficeSchema).min(1), name: Text })), not: Phrases }).optional(),
  /** Words before a place ("signed in Brussels") that make it where agreements were signed. */
  placeCues: Phrases,
  /**
   * Cities where no agreement was signed that people name as if one had been ("signed in Odesa, right?"), in the
   * forms the language writes them: read as places with no signing, so the claim is corrected. Default none.
   */
  otherPlaces: z.array(Text).default([]),
  /**
   * Signings outside a place, in a question that names no partner ("how many were signed outside Ukraine?",
   * «скільки підписали за кордоном?»): `words` before a place put the signings outside it; `abroad` words say outside
   * `home` (a place word of the registry, as after a place cue) by themselves, and `outsideHome` is how an answer says it.
   * The asker's own words say outside any other place. Default none.
   */
  outsidePlace: z.object({ words: Phrases, abroad: Phrases, home: Text, outsideHome: Text, onHome: z.array(Text).default([]) }).optional(),
  /** Words before a date that make it cumulative ("as of July 2024") or exclusive ("before July 2024"). */
  dateCues: z.object({
    until: Phrases,
    before: Phrases,
    after: z.array(Text).default([]),
    since: z.array(Text).default([]),
    /** The day before or after a date or an event ("the day before the NATO summit"). Default none. */
    dayBefore: z.array(Text).default([]),
    dayAfter: z.array(Text).default([]),
  }),
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
    /** Short month names, for a chart's time axis ("Jun", «черв.»). */
    monthNamesShort: z.array(Text).length(12),
    /** A span of days within one month, e.g. "{from}–{to} {month} {year}". */
    range: Text,
    /** Days of the week from Monday, and the sentence naming one (`{weekday}`, `{date}`) when a question asks it. */
    weekdays: z.array(Text).length(7),
    weekday: Text,
    /** More month-name lists, each a placeholder of `periods` ("monthIn": "червні" for "у {monthIn} {year} року"). */
    monthNames: z.record(z.string(), z.array(Text).length(12)).default({}),
    /**
     * How lists and counts name the period asked about, where one template per
     * mode cannot inflect the date ("у червні 2024 року", "до червня 2024
     * року"). Placeholders: `{day}`, `{year}`, `{month}` (`monthNamesDay`),
     * `{monthAlone}` and the `monthNames` lists. Without it,
     * `templates.periodWithin` and the like wrap the plain date.
     */
    periods: z
      .object({
        within: PeriodPhrasesSchema,
        until: PeriodPhrasesSchema,
        before: PeriodPhrasesSchema,
        after: PeriodPhrasesSchema,
        since: PeriodPhrasesSchema,
        /** A month in any year ("in June"). */
        anyYear: Text,
        /** A day in any year ("on 11 July"): `{day}`, `{month}`. */
        anyYearDay: Text,
      })
      .optional(),
  }),
  /** How lists join items ("a, b and c"); `groupSeparator` between items that are lists themselves ("Germany and France (16 February); Denmark (23 February)"). */
  list: z.object({ separator: z.string(), lastSeparator: z.string(), groupSeparator: z.string() }),
  plurals: z.object({
    agreements: PluralSchema,
    agreementsSigned: PluralSchema,
    partners: PluralSchema,
    years: PluralSchema,
    days: PluralSchema,
    /** Units of time a text may state ("6 months' notice", "within 24 hours"); `years` and `days` above too. */
    hours: PluralSchema,
    weeks: PluralSchema,
    months: PluralSchema,
    sources: PluralSchema,
    facts: PluralSchema,
    quotes: PluralSchema,
    /** Ordinal numbers by `Intl.PluralRules` ordinal category: "1st", "2nd", "3rd", "4th". */
    ordinal: PluralSchema,
    countries: PluralSchema,
    texts: PluralSchema,
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
    /** Input that is keyboard mash or abuse, with no word the corpus or the pack knows ("asdfghjkl"): `{example}`. */
    rejectedUnreadable: Text,
    noAnswer: Text,
    /** When answering failed on an unexpected error (a bug, reported to `onError`): not "I don't know". */
    internalError: Text,
    noAnswerAbout: Text,
    unknownPartner: Text,
    noQuotes: Text,
    about: Text,
    sources: Text,
    sourceKinds: z.object({ "official-text": Text, "official-statement": Text, news: Text, analysis: Text }),
    mediumConfidence: Text,
    lowConfidence: Text,
    conflict: Text,
    notInOfficialCount: Text,
    /** How a yes/no question's answer starts: "Yes.", «Так.». */
    yes: Text,
    no: Text,
    /** After a gap, what the corpus records instead about the partner asked about: `{partner}`. */
    gapKnown: Text,
    /** A question about money in a period the partner's commitments do not cover: `{period}`, `{partner}`. */
    periodGap: Text,
    /** A count or list up to a month named without its year ("how many by the end of June?"): which year. `{example}`. */
    whichYear: Text,
    /** No text of an agreement was read: `{partner}`. */
    noText: Text,
    /** The agreements a "which texts mention …" answer could not look into: `{list}`. */
    textsMissing: Text,
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
    /** "Until when?": the day a term of `{years}` from its signing runs to, `{end}`. */
    durationUntil: Text,
    durationOpen: Text,
    /** Whether it still stands: no end recorded, signed `{date}` for `{years}` (`statusOpen` without a fixed term). */
    status: Text,
    statusOpen: Text,
    /** What it is called: `{title}`; `titleNone` when the sources give none. */
    title: Text,
    titleNone: Text,
    commitments: Text,
    /** "How much": the commitments that name an amount (`{commitments}`), or `moneyNone` with all of them when none does. */
    money: Text,
    moneyNone: Text,
    ordinal: Text,
    ordinalNone: Text,
    /** The place in the count of an agreement the official count leaves out (Croatia's): `{partner}`, `{cite}`. */
    ordinalNotCounted: Text,
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
    /** A count in a period or place that holds agreements outside the official count: the official figure, then the total with them. */
    countWithinOfficial: Text,
    listAll: Text,
    listWithin: Text,
    listEvent: Text,
    countEvent: Text,
    listNone: Text,
    /** An event at which no agreement on record was signed (the London summit, the 100 Year Partnership's signing): `{event}`, `{date}`, `{place}`, `{cite}`. */
    listNoneAtEvent: Text,
    /** After `listNone` for a period: the nearest signings before and after it (`{before}`, `{after}`: dated lists). */
    nearestBoth: Text,
    nearestBefore: Text,
    nearestAfter: Text,
    listItem: Text,
    /** One partner in a single day's list, with who signed for it: `{partner}`, `{signatories}`, `{cite}`. */
    dayItem: Text,
    /** A signing in a list that asks who signed ("who signed the deal in Kharkiv?"): `{partner}`, `{date}`, `{signatories}`, `{cite}`. */
    signedItem: Text,
    /** After a list: which of its agreements the official count leaves out (`{partners}`, `{cite}`). */
    listUncounted: Text,
    /** After a day's list whose signings were all at one event: `{event}`, `{cite}` (`listAtEventOne` for one signing). */
    listAtEvent: Text,
    listAtEventOne: Text,
    uncountedItem: Text,
    periodWithin: Text,
    periodUntil: Text,
    periodBefore: Text,
    periodAfter: Text,
    periodSince: Text,
    /** A span of time: `{from}`, `{to}` (dates), or `{since}`, `{until}` (its bounds as `dates.periods` phrase them): "between {from} and {to}". */
    periodBetween: Text,
    first: Text,
    latest: Text,
    /** The first or last signed in a period asked ("the last one signed in May 2024"): `{list}`, `{period}`. */
    firstIn: Text,
    latestIn: Text,
    /** The first or last signed at an event asked ("the last one at the NATO summit"): `{list}`, `{event}`. */
    firstAtEvent: Text,
    latestAtEvent: Text,
    /** After a first or last that several share: `{date}`, the day they all signed on. */
    sameDayTie: Text,
    /** The same, when the official count gives each of them a place: `{date}`, `{order}` (as `answers.among.orderItem` writes each). */
    sameDayTieOrdered: Text,
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
  /** Templates of the question modules in `src/answers/`, keyed by the module's id. */
  answers: z.object({
    premise: z.object({
      /** Starts an answer whose question names the wrong place: "It was signed in {place}, not {asserted}:". */
      place: Text,
      /** The question names someone who signed another partner's agreement (or none). */
      person: Text,
      personNone: Text,
      /** The question gives the wrong date. */
      date: Text,
      /** The question gives the wrong place in the official count: `{ordinal}`, `{asserted}` (ordinals). */
      ordinal: Text,
      /** The same, naming the one that holds the place asserted: `{other}` (as in a sentence), `{date}`. */
      ordinalHeld: Text,
      /** The question gives the wrong term: `{years}`, `{asserted}`. */
      years: Text,
      /** The question calls it the first or the latest, and it is not: `{list}` (the partners whose agreements are, as in a sentence), `{date}`. */
      first: Text,
      latest: Text,
      /** The question names an event where other agreements were signed, not this one: `{event}` (its name). */
      event: Text,
      /** The question gives a place in the count to an agreement outside it: `{asserted}` (an ordinal), `{other}` (the partner whose agreement has it, as in a sentence), `{date}`. */
      notCounted: Text,
      /** The question gives a sum the agreement does not name: `{sum}` (its sum for the year, formatted), `{year}`, `{asserted}` (as typed). */
      sum: Text,
    }),
    group: z.object({
      /** "All 3 Baltic states have agreements on record: …". */
      all: Text,
      some: Text,
      /** Only one member has an agreement (the verb is singular). */
      one: Text,
      /** A group with no fixed list ("partners outside the G7"): `{count}`, `{group}`, `{list}`, no share of a membership. */
      open: Text,
      /** Members asked without some of them ("which Visegrád countries besides Poland signed?"): `{setAside}` (those left out, as in a sentence), `{group}`, `{groupOf}`, `{list}`. */
      besides: Text,
      /** "By what date had all the G7 countries signed?": `{count}`, `{group}`, `{groupOf}`, `{date}` (the last signing), `{last}` (who signed then, dated). */
      allBy: Text,
      /** Members signed in the period asked: `{count}`, `{group}`, `{groupOf}`, `{period}` (as `periodText` writes it), `{list}`. */
      inPeriod: Text,
      /** No member signed in the period asked: `{group}`, `{groupOf}`, `{period}`. */
      noneInPeriod: Text,
      /** The members of a fixed group that signed outside the period asked: `{list}`. */
      otherTimes: Text,
      /** More members signed outside the period than a list should hold: `{n}`. */
      othersCounted: PluralSchema,
      /** "Which Baltic state signed first?": `{group}`, `{groupOf}`, `{list}` (partners as in a sentence). */
      first: Text,
      latest: Text,
      /** Members of the group with no agreement on record. */
      without: Text,
    }),
    superlative: z.object({ longest: Text, shortest: Text, openEnded: Text }),
    durationFilter: z.object({ list: Text, none: Text }),
    /**
     * "Which of them came first?" among the agreements the conversation was about: `{all}` (their names as a list
     * shows them), `{allInSentence}` (as a sentence names them), `{list}`
     * (the one picked, as a sentence names it); `sameDay`, `unordered`: `{date}`, `{cite}`, `{order}` (`orderItem`s: `{partner}`, `{ordinal}`);
     * `position`, `positionNone`: `{ordinal}`, `{partner}`.
     */
    pledges: z.object({
      /**
       * "Who pledged the most for 2024?": `largest`/`smallest` open with the top one, `{partner}` (its name, as a
       * possessive where the language needs one: `possessive`), `{sum}`, `{cite}`, `{year}`, and `{among}` ("the sums for 2024
       * in euros", or `amongNamed` with `{names}` for the partners asked about, `amongGroup` with `{group}`, `{groupOf}` for a group); `rest` lists the next ones (`{list}` of `item`:
       * `{partner}`, `{sum}`, `{cite}`); `otherCurrencies` the sums the sources do not convert into euros; `noSum` the
       * partners asked about whose agreements name none for the year (`{names}`); `noYear` a year no sum is recorded for.
       */
      largest: Text,
      smallest: Text,
      among: Text,
      amongNamed: Text,
      amongGroup: Text,
      rest: Text,
      /** "Did Spain pledge the most?" No: the sum of the one asked about (`{partner}` as in a sentence, `{sum}`, `{cite}`). */
      claimedSum: Text,
      item: Text,
      otherCurrencies: Text,
      noSum: Text,
      noYear: Text,
    }),
    /** "Which ones?" after a count: `{list}`, the agreements it counted (as `datedList` writes them). */
    relist: Text,
    offices: z.object({
      /** "Which were signed by presidents?": `{offices}` (the kinds' names, or `other`), `{period}` (" in June 2024" or empty), `{agreements}` (counted), `{list}` (of `item`). */
      list: Text,
      /** None was: `{offices}`, `{period}`. */
      none: Text,
      /** Only offices left out were named ("not by prime ministers"): `{offices}`. */
      other: Text,
      /** One agreement in the list: `{partner}`, `{name}` (its partner's signatories), `{date}`, `{cite}`. */
      item: Text,
      /** After a list of presidents: the agreements presidents of EU institutions signed, which it leaves out: `{list}` (of `item`). */
      institutions: Text,
    }),
    busiest: z.object({
      /** "In which month were the most agreements signed?": `{count}`, `{periods}` (each as `periodText` writes a month), `{list}`. */
      month: Text,
      /** "Which day had the most signings?": `{count}`, `{periods}` (each day as `periodText` writes it), `{list}`. */
      day: Text,
    }),
    interval: z.object({
      /** "How many days between the UK and Albanian agreements?": `{first}`, `{second}` (partners as in a sentence), `{firstDate}`, `{secondDate}`, `{firstCite}`, `{secondCite}`, `{days}`. */
      line: Text,
      /** Both signed the same day: `{first}`, `{second}`, `{date}`, `{cite}`. */
      sameDay: Text,
    }),
    occasion: z.object({
      /** "what got signed at the world economic forum?": the signings whose occasion the sources describe in those words. `{list}`: each as `item`. */
      list: Text,
      /** "how many were signed at the European Council?": `{count}` (agreements) and `{list}`. */
      count: Text,
      /** One signing: `{partner}`, `{date}`, `{occasion}` (the sources' description), `{cite}`. */
      item: Text,
    }),
    pause: z.object({
      /** "the longest gap between two signings": `{days}`, and `{before}`, `{after}` the signings either side (dated lists). */
      longest: Text,
      /** The shortest gap between two signing days. */
      shortest: Text,
    }),
    among: z.object({
      first: Text,
      latest: Text,
      sameDay: Text,
      unordered: Text,
      orderItem: Text,
      position: Text,
      positionNone: Text,
    }),
    /**
     * "Did Denmark sign before Latvia?", "was that before or after Latvia?": `{partner}` and `{other}` (as in a sentence),
     * `{date}`, `{otherDate}`, `{cite}`; `sameDayOrdered` adds `{ordinal}` and `{otherOrdinal}` (their places in the count).
     */
    orderClaim: z.object({ before: Text, after: Text, sameDay: Text, sameDayOrdered: Text }),
    sequence: z.object({
      after: Text,
      before: Text,
      /** After a neighbour outside the official count: the nearest one in it (`{list}`). */
      afterCounted: Text,
      beforeCounted: Text,
      /** The next (or previous) in the official count was signed the same day: `{partner}`, `{date}`, `{list}`, `{ordinal}` (the neighbour's place). */
      afterSameDay: Text,
      beforeSameDay: Text,
      /** "how many days until the next one?": after the neighbour, `{days}` from the one asked about to it. */
      daysAfter: Text,
      daysBefore: Text,
      firstOne: Text,
      lastOne: Text,
      ordinal: Text,
      ordinalNone: Text,
      /** A place in the count that falls on a day of several signings whose order is not recorded: `{ordinal}`, `{date}`, `{count}`, `{list}`. */
      ordinalShared: Text,
      /** A place beyond the count: `{ordinal}`, `{count}` (agreements), `{asOf}`, `{cite}`. */
      ordinalBeyond: Text,
    }),
    compare: z.object({
      /** `{partners}` as names stand alone, `{partnersInSentence}` as they read in a sentence ("the United States"). */
      intro: Text,
      /** One attribute across the partners: "{label}: {values}". */
      row: Text,
      /** One partner's value in a row: "{partner} {value}". */
      value: Text,
      labels: z.object({ when: Text, where: Text, who: Text, duration: Text, commitments: Text }),
      /** "The agreement with {first} was signed first, on {date}." — after the rows, when the question asks which came first. */
      first: Text,
      sameDay: Text,
      /** After the term row, when the question asks which runs longer or shorter: `{partner}`, `{years}`. */
      longer: Text,
      shorter: Text,
      /** Every agreement compared runs the same term: `{years}`. */
      sameTerm: Text,
      /** An agreement compared sets no fixed term: `{list}`. */
      openTerm: Text,
    }),
    pronoun: z.object({ which: Text }),
    /** "Who signed for Ukraine?": `{list}` of signatories, each "{name} ({agreements})" by `item`; `{cite}`. */
    ukraineSide: z.object({ line: Text, item: Text }),
    provisions: z.object({
      yes: Text,
      /** A yes/no on a named system (`{name}`) the provisions on its topic do not name: `{partner}`, `{topic}`, `{section}`, `{cite}`, `{text}` (what they say instead). */
      namedNo: Text,
      /** A length of time the question states that the text contradicts: `{found}` (the text's), `{stated}`, `{partner}`, `{section}`, `{cite}`. */
      measureNot: Text,
      /** A number of a named system the question states ("two Patriots") that the provision naming it does not give: `{stated}` (as typed), `{name}`, `{partner}`, `{topic}`, `{section}`, `{cite}`, `{text}`. */
      countNot: Text,
      no: Text,
      notCovered: Text,
      which: Text,
      /** `which` when one text does (the verb agrees). */
      whichOne: Text,
      whichNone: Text,
      /** "Which agreements have no termination clause?": `{count}` of the `{total}` texts held without `{topic}`, `{list}`; `whichWithoutNone` when every text has it. */
      whichWithout: Text,
      whichWithoutNone: Text,
      /** "Which agreement can be ended on three months' notice?": the texts whose `{topic}` provisions give `{measure}`. */
      whichMeasure: Text,
      whichMeasureNone: Text,
      says: Text,
      /** The provisions that share the question's words, when it names no topic: `{partner}`, `{cite}`. */
      matching: Text,
      section: Text,
      sectionNone: Text,
      item: Text,
    }),
  }),
  ui: UiWordsSchema,
  /** Words for the controlled topics of provisions (`data/topics.yaml`), by topic id. */
  topics: z.record(z.string(), z.array(Text)).default({}),
  /** Example questions for greetings and help; each must be one the engine answers. */
  examples: z.array(Text).min(3),
  /** Questions to suggest about a recognised partner; `{partner}` is filled in. */
  partnerSuggestions: z.array(Text).min(3),
  /** The question for a partner's full agreement card, behind "More" under a short answer (`Answer.more`); `{partner}` as in `partnerSuggestions`. */
  moreQuestion: Text,
});

export type LanguagePack = z.infer<typeof LanguagePackSchema>;
export type IntentCues = z.infer<typeof IntentCuesSchema>;
export type Plural = z.infer<typeof PluralSchema>;
export type UiText = z.infer<typeof UiWordsSchema>;
