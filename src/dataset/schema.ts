/**
 * The shape of the curated corpus in `data/`. These schemas are the only
 * declaration of the data format: the TypeScript types are inferred from them
 * and `data/README.md` documents the same fields for curators.
 */
import { z } from "zod";
import { SUM } from "./sums.ts";

/** A calendar date as curators write it: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date written YYYY-MM-DD (or YYYY-MM, YYYY when the day is unknown)")
  .refine(isRealDate, "is not a real calendar date");

/** A full calendar date, `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");

function isRealDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  if (year === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase id made of letters, digits and single hyphens");

const NonEmpty = z.string().trim().min(1, "must not be empty");

export const ConfidenceSchema = z.enum(["high", "medium", "low"]).describe("How well the sources support the record.");

/** A publication the corpus rests on. */
export const SourceSchema = z.object({
  id: IdSchema,
  title: NonEmpty,
  publisher: NonEmpty,
  published: PartialDateSchema,
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  kind: z.enum(["official-text", "official-statement", "news", "analysis"]),
});

/** The kind of office a signatory held (see `SignatorySchema.office`). */
export const OfficeSchema = z.enum(["president", "prime-minister", "chancellor", "eu-institution"]);
export type Office = z.infer<typeof OfficeSchema>;

export const SignatorySchema = z.object({
  name: NonEmpty,
  role: NonEmpty.describe("Office held at signing, e.g. 'Prime Minister of Japan'."),
  /**
   * The kind of that office, so "which were signed by presidents?" can be answered: a head of state is `president`, a head
   * of government `prime-minister` or `chancellor`, a president of an EU institution `eu-institution`. Optional: a
   * signatory without it is in no such list.
   */
  office: OfficeSchema.optional(),
  side: z.enum(["ukraine", "partner"]),
});

/** The fields of an agreement record a conflict note can be about. */
export const ConflictFieldSchema = z.enum(["signed", "place", "signatories", "duration", "ordinal", "money", "commitments", "count", "title", "status"]);

/**
 * Where sources disagree about a record, said for readers. `about` names the
 * fields the note concerns: an answer repeats it only when it states one of them.
 * A bare string (small fixtures) is a note shown on the agreement card only.
 */
export const ConflictSchema = z.union([
  z.object({ about: z.array(ConflictFieldSchema).min(1, "must name at least one field"), note: NonEmpty }),
  NonEmpty.transform((note) => ({ about: [] as z.infer<typeof ConflictFieldSchema>[], note })),
]);

/** An agreement's user-facing fields in Ukrainian (`translations/uk/agreements.yaml`), in the same order as the English ones. */
export const AgreementTranslationSchema = z.object({
  id: IdSchema,
  title: NonEmpty.optional(),
  place: NonEmpty,
  occasion: NonEmpty,
  signatories: z.array(z.object({ name: NonEmpty, role: NonEmpty })),
  durationNote: NonEmpty.optional(),
  ordinalNote: NonEmpty.optional(),
  commitments: z.array(NonEmpty),
  conflicts: z.array(NonEmpty).default([]),
});
export const FactTranslationSchema = z.object({ id: IdSchema, text: NonEmpty, note: NonEmpty.optional() });
export const EventTranslationSchema = z.object({ id: IdSchema, name: NonEmpty, place: NonEmpty });
export const TallyTranslationSchema = z.object({ id: IdSchema, whatCounts: NonEmpty });
/** Who said a quote, in the language; the quoted words are never translated. */
export const QuoteTranslationSchema = z.object({ id: IdSchema, speaker: NonEmpty, quotedBy: NonEmpty.optional() });

/** The translation files of one language, each a list keyed by the English record's id. */
export const TRANSLATION_FILES = {
  agreements: { file: "agreements.yaml", schema: AgreementTranslationSchema },
  facts: { file: "facts.yaml", schema: FactTranslationSchema },
  events: { file: "events.yaml", schema: EventTranslationSchema },
  tallies: { file: "tallies.yaml", schema: TallyTranslationSchema },
  quotes: { file: "quotes.yaml", schema: QuoteTranslationSchema },
} as const;

/** A sum as the commitments write it: a currency mark, an amount and "million" or "billion" ("€7 billion", "US$4.5 billion", "NOK 13.5 billion"). */
export const SumSchema = z
  .string()
  .regex(SUM, 'must be a sum as the commitments write it: "€7 billion", "£2.5 billion", "US$4.5 billion", "C$3.02 billion", "NOK 13.5 billion"');

/**
 * The sum an agreement names for one year, so that sums can be ranked ("who pledged the most for 2024?"). It
 * restates a commitment: `sum` (and `inEuros`) must appear in one of the record's commitments as written there.
 */
export const PledgeSchema = z.object({
  year: z.number().int().min(2000).max(2100).describe("The year the sum is for."),
  sum: SumSchema,
  bound: z.enum(["exactly", "more-than", "at-least", "up-to", "about"]).default("exactly").describe("How the commitment qualifies the sum: 'more than', 'at least', 'up to', 'about'."),
  inEuros: SumSchema.refine((sum) => sum.startsWith("€"), "must be a sum in euros").optional().describe("The sources' own conversion into euros ('about €1.2 billion'); sums are ranked in euros only."),
});

export type Pledge = z.infer<typeof PledgeSchema>;

/** One bilateral security agreement in the registry. */
export const AgreementSchema = z.object({
  id: IdSchema,
  partner: NonEmpty.describe("Short English name of the partner, e.g. 'United Kingdom'."),
  partnerKind: z.enum(["country", "organisation"]),
  aliases: z.array(NonEmpty).describe("Other names, abbreviations, demonyms and capitals people use for the partner."),
  title: NonEmpty.nullable().describe("Official title where known; null when no source gives it."),
  signed: DateSchema,
  place: NonEmpty,
  occasion: NonEmpty,
  events: z.array(IdSchema).default([]).describe("Ids from events.yaml at which it was signed."),
  signatories: z.array(SignatorySchema).min(1, "must name at least one signatory"),
  durationYears: z.number().int().positive().nullable(),
  durationNote: NonEmpty.nullable().default(null).describe("What the sources say about the term when it is not a plain number of years, or its caveats."),
  commitments: z.array(NonEmpty).min(1, "must list at least one key commitment"),
  pledges: z.array(PledgeSchema).default([]).describe("The sums it names for a year, restated from its commitments for ranking."),
  ordinal: z.number().int().positive().nullable().describe("Position in Ukraine's official count, where a source states it."),
  ordinalNote: NonEmpty.nullable().default(null),
  inOfficialCount: z.boolean().describe("Whether Ukraine's official tallies of security agreements include it."),
  confidence: ConfidenceSchema,
  conflicts: z.array(ConflictSchema).default([]).describe("Where sources disagree, said plainly for readers, with the fields each note is about."),
  sources: z.array(IdSchema).min(1, "must cite at least one source"),
}).superRefine((agreement, issues) => {
  agreement.pledges.forEach((pledge, index) => {
    for (const field of ["sum", "inEuros"] as const) {
      const sum = pledge[field];
      if (sum !== undefined && !agreement.commitments.some((commitment) => commitment.includes(sum))) {
        issues.addIssue({ code: "custom", path: ["pledges", index, field], message: `"${sum}" is not written in any of the record's commitments` });
      }
    }
  });
});

/** A statement in the project's own words. */
export const FactSchema = z.object({
  id: IdSchema,
  text: NonEmpty,
  asOf: PartialDateSchema,
  topics: z.array(IdSchema).min(1, "must have at least one topic tag"),
  questions: z.array(NonEmpty).default([]).describe("Alternate phrasings people would ask to reach this fact."),
  agreement: IdSchema.optional(),
  confidence: ConfidenceSchema.default("high"),
  note: NonEmpty.optional().describe("A caveat the answer must repeat, e.g. a conflict between sources."),
  sources: z.array(IdSchema).min(1, "must cite at least one source"),
});

/** A short verbatim quotation. */
export const QuoteSchema = z.object({
  id: IdSchema,
  text: NonEmpty,
  speaker: NonEmpty.describe("Person or document the words belong to."),
  date: PartialDateSchema,
  source: IdSchema.describe("Where the quote was read."),
  quotedBy: NonEmpty.optional().describe("Set when the words were read second-hand: 'as quoted by …'."),
  agreement: IdSchema.optional(),
  topics: z.array(IdSchema).default([]),
});

/** A count of agreements that a source stated at a date. */
export const TallySchema = z.object({
  id: IdSchema,
  asOf: PartialDateSchema,
  count: z.number().int().nonnegative(),
  official: z
    .boolean()
    .describe("True when it counts the agreements Ukraine's official tallies include; the registry must then give the same number."),
  whatCounts: NonEmpty,
  sources: z.array(IdSchema).min(1, "must cite at least one source"),
});

/** A dated event that agreements or the timeline refer to (a summit, a declaration). */
export const EventSchema = z.object({
  id: IdSchema,
  name: NonEmpty,
  aliases: z.array(NonEmpty).default([]),
  start: DateSchema,
  end: DateSchema.optional(),
  place: NonEmpty,
  milestone: z.boolean().default(false).describe("Drawn on the timeline."),
  sources: z.array(IdSchema).min(1, "must cite at least one source"),
});

/** A group of partners people ask about as one ("the G7 countries", "the Baltic states"). */
export const GroupSchema = z.object({
  id: IdSchema,
  name: NonEmpty.describe("How an English answer names the group, e.g. 'Baltic states'."),
  aliases: z.array(NonEmpty).default([]).describe("Other English names people use for the group."),
  members: z.array(IdSchema).min(1, "must name at least one agreement").describe("Agreement ids of the group's members."),
  others: z.array(NonEmpty).default([]).describe("Members of the group with no agreement on record, by English name."),
  open: z.boolean().default(false).describe("True when the group is every partner of a kind with no fixed list (partners outside the EU): answers then never say 'all of' it."),
});

/** One entry of the controlled topic list (`data/topics.yaml`). */
export const TopicSchema = z.object({
  id: IdSchema,
  description: NonEmpty,
});

/**
 * One provision of an agreement's text, in the project's own words: a numbered
 * paragraph (or a few adjacent ones on one subject) of an operative section.
 */
export const ProvisionSchema = z.object({
  id: IdSchema,
  section: NonEmpty.describe("The section's number as the text writes it, e.g. 'II.1' or '3.2'; the heading when it has no number."),
  heading: NonEmpty.optional().describe("The heading of the section as the text has it."),
  topics: z.array(IdSchema).min(1, "must have at least one topic from data/topics.yaml"),
  text: NonEmpty.describe("What the provision says, in the project's own words."),
  quote: NonEmpty.optional().describe("At most about 40 words copied verbatim from the text."),
  uk: z.object({ text: NonEmpty }).optional().describe("The statement in Ukrainian."),
});

/** The official text an agreement's provisions were read from, with the provisions. */
export const ProvisionFileSchema = z.object({
  agreement: IdSchema.describe("The agreement's id in agreements.yaml."),
  text: z.object({
    /** Becomes the source id cited by every provision of the file. */
    id: IdSchema,
    title: NonEmpty,
    publisher: NonEmpty,
    published: PartialDateSchema,
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
    language: z.enum(["en", "uk", "fr", "de", "nl", "da", "it"]).describe("The language the quotes are in."),
    coverage: z.enum(["full", "partial"]).describe("'full' when every operative section has provisions, so a topic absent from them is absent from the text."),
  }),
  provisions: z.array(ProvisionSchema).min(1, "must hold at least one provision"),
});

export type Source = z.infer<typeof SourceSchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Tally = z.infer<typeof TallySchema>;
export type Event = z.infer<typeof EventSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type ConflictField = z.infer<typeof ConflictFieldSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type AgreementTranslation = z.infer<typeof AgreementTranslationSchema>;
export type FactTranslation = z.infer<typeof FactTranslationSchema>;
export type EventTranslation = z.infer<typeof EventTranslationSchema>;
export type TallyTranslation = z.infer<typeof TallyTranslationSchema>;
export type QuoteTranslation = z.infer<typeof QuoteTranslationSchema>;
/** A language's translations of the corpus, by record id. */
export interface Translations {
  agreements: AgreementTranslation[];
  facts: FactTranslation[];
  events: EventTranslation[];
  tallies: TallyTranslation[];
  quotes: QuoteTranslation[];
}
export type Topic = z.infer<typeof TopicSchema>;
export type Provision = z.infer<typeof ProvisionSchema>;
export type ProvisionFile = z.infer<typeof ProvisionFileSchema>;

/** The folder of provision files, one per agreement text (`provisions/<name>.yaml`). */
export const PROVISIONS_DIR = "provisions";

/** The data files, each a YAML list of records of one schema. */
export const DATA_FILES = {
  sources: { file: "sources.yaml", schema: SourceSchema },
  agreements: { file: "agreements.yaml", schema: AgreementSchema },
  facts: { file: "facts.yaml", schema: FactSchema },
  quotes: { file: "quotes.yaml", schema: QuoteSchema },
  tallies: { file: "tallies.yaml", schema: TallySchema },
  events: { file: "events.yaml", schema: EventSchema },
  // A corpus may leave these out (small fixtures do): no groups, no provisions' topics.
  groups: { file: "groups.yaml", schema: GroupSchema, optional: true },
  topics: { file: "topics.yaml", schema: TopicSchema, optional: true },
} as const;

/** The whole corpus after validation. */
export interface Dataset {
  sources: Source[];
  agreements: Agreement[];
  facts: Fact[];
  quotes: Quote[];
  tallies: Tally[];
  events: Event[];
  groups: Group[];
  topics: Topic[];
  /** One entry per agreement text in `provisions/`, each with the provisions read from it. */
  provisions: ProvisionFile[];
  /** The corpus's user-facing text in other languages (`translations/<lang>/`), by language. */
  translations: Partial<Record<"uk", Translations>>;
}
