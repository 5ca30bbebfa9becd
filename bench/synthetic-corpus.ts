/**
 * Synthetic treaty-like records added to the real corpus, so the engine's
 * costs can be measured on a corpus ×10 or ×100 its size while every real
 * question keeps its real answer.
 *
 * At scale N the corpus holds N times the real number of sources, facts and
 * quotes (the real ones plus (N − 1)× as many generated ones); agreements,
 * tallies and events stay as they are, since there are only so many partners
 * and official tallies must agree with the registry. The text mixes treaty
 * phrasing (articles, consultations within 24 hours, military aid amounts,
 * durations, partner names from the registry, dates) with words drawn from
 * the real corpus at their real frequencies, and invents names of officials,
 * programmes and other terms so the vocabulary keeps growing with the corpus
 * (distinct words of the fact and quote texts: about 1.5k real, 2.8k at ×10,
 * 8.3k at ×100 — a little slower than real text, whose vocabulary grows
 * about as the square root of its length).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Agreement, Dataset, Fact, Quote, Source } from "../src/index.ts";
import { DATA_FILES } from "../src/index.ts";

export interface SyntheticOptions {
  /** Corpus size relative to the real one (1 = the real corpus unchanged). Whole number ≥ 1. */
  scale: number;
  /** Seed of the pseudo-random generator: the same seed gives the same corpus. Default 1. */
  seed?: number;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const COMMITMENTS = [
  "provide military aid every year",
  "train Ukrainian pilots and engineers",
  "supply air defence systems and interceptors",
  "share intelligence on threats to Ukraine",
  "support Ukraine's defence industry with joint production",
  "help rebuild the energy grid after missile strikes",
  "deliver artillery ammunition and spare barrels",
  "fund humanitarian demining of farmland",
  "cooperate on cyber security and protect critical infrastructure",
  "supply armoured vehicles and their maintenance",
  "keep sanctions on Russia until it pays for the damage",
  "support reforms on Ukraine's path to membership of the European Union",
  "back Ukraine's eventual membership of NATO",
  "help Ukraine build a future force able to deter aggression",
  "hold Russia's frozen assets immobilised until it ends the war",
];
const ITEMS = [
  "air defence systems",
  "155 mm artillery shells",
  "armoured personnel carriers",
  "long-range strike drones",
  "sea drones",
  "F-16 pilot training",
  "demining equipment",
  "winter equipment for soldiers",
  "field hospitals",
  "patrol boats",
  "electronic warfare systems",
  "spare parts for tanks",
  "counter-battery radars",
];
const MEASURES = ["military and economic support", "further sanctions on Russia", "emergency deliveries of air defence", "the next steps of its support", "joint action at the UN Security Council"];
const ROLES = ["Prime Minister", "Minister of Defence", "Foreign Minister", "President", "Chancellor", "Deputy Prime Minister", "Ambassador to Ukraine", "Chief of Defence"];
const CURRENCIES = [
  (amount: number) => `€${amount} million`,
  (amount: number) => `$${(amount / 100).toFixed(1)} billion`,
  (amount: number) => `£${amount} million`,
  (amount: number) => `${amount * 10} million kroner`,
];
const UNITS = ["soldiers", "pilots", "sappers", "medics", "instructors", "engineers", "marines"];
const SKILLS = ["air defence", "combat medicine", "demining", "drone operation", "artillery", "logistics", "cyber defence"];
const SOURCE_KINDS: Source["kind"][] = ["news", "news", "news", "official-statement", "official-statement", "official-text", "analysis"];
const SYLLABLES = ["var", "den", "kes", "trel", "mar", "holt", "bra", "lin", "sto", "vik", "ren", "dal", "tor", "an", "es", "kor", "vel", "mi", "ra", "sun", "gard", "lo", "fen", "ith"];
/** Share of filler words invented rather than drawn from the real texts. */
const INVENTED_TERM_SHARE = 0.2;
/** Every generated record's id starts with this; no real id does. */
const SYNTHETIC_PREFIX = "syn-";
const PROGRAMME_KINDS = ["Initiative", "Programme", "Fund", "Coalition", "Facility", "Mission", "Partnership"];

/** Mulberry32: small, fast and good enough to pick words. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real corpus with (scale − 1)× its sources, facts and quotes added as generated records. */
export function syntheticDataset(real: Dataset, options: SyntheticOptions): Dataset {
  const { scale, seed = 1 } = options;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a whole number ≥ 1, got ${scale}`);
  const extra = (count: number) => count * (scale - 1);
  if (scale === 1) return real;

  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

  const corpusWords = realWords(real);
  const topics = [...new Set([...real.facts, ...real.quotes].flatMap((record) => record.topics))];
  const publishers = real.sources.map((source) => source.publisher);
  const ukrainians = [...new Set(real.agreements.flatMap((agreement) => agreement.signatories.filter((s) => s.side === "ukraine").map((s) => s.name)))];
  const cities = [...new Set(real.agreements.map((agreement) => agreement.place.split(",")[0]?.trim() ?? agreement.place))];

  // Heaps' law: the distinct words of a text grow about as the square root of its length,
  // so the pools of invented names and terms grow as the square root of the records added.
  const records = extra(real.sources.length + real.facts.length + real.quotes.length);
  const poolSize = Math.max(20, Math.round(30 * Math.sqrt(records)));
  const invent = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join("");
  const name = () => capitalise(invent(between(2, 3)));
  const people = Array.from({ length: poolSize }, () => `${name()} ${name()}`);
  const programmes = Array.from({ length: poolSize }, () => `${name()} ${pick(PROGRAMME_KINDS)}`);
  const inventedTerms = Array.from({ length: 2 * poolSize }, () => invent(between(3, 4)));
  /** A word of the real texts at its real frequency, or now and then one they do not have. */
  const term = () => (random() < INVENTED_TERM_SHARE ? pick(inventedTerms) : pick(corpusWords));

  const date = () => {
    const year = between(2023, 2026);
    const month = between(1, 12);
    const day = between(1, 28);
    return { iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, text: `${day} ${MONTHS[month - 1]} ${year}` };
  };
  const amount = () => pick(CURRENCIES)(between(5, 95) * 10);
  const filler = () => `with work on ${term()}, ${term()} and ${term()}`;

  const sources: Source[] = Array.from({ length: extra(real.sources.length) }, (_, index) => {
    const published = date();
    const agreement = pick(real.agreements);
    return {
      id: `${SYNTHETIC_PREFIX}source-${index + 1}`,
      title: `${agreement.partner} and Ukraine: ${pick(COMMITMENTS)}`,
      publisher: pick(publishers),
      published: published.iso,
      url: `https://example.org/pact-desk-synthetic/${index + 1}`,
      kind: pick(SOURCE_KINDS),
    };
  });
  const sourceId = () => pick(sources).id;

  const factTexts: ((agreement: Agreement) => { text: string; questions: string[] })[] = [
    (agreement) => {
      const article = between(2, 24);
      const years = pick([3, 5, 10, 10, 10]);
      return {
        text: `Under Article ${article} of its agreement with Ukraine, ${agreement.partner} commits to ${pick(COMMITMENTS)} for ${years} years, ${filler()}.`,
        questions: [`What does Article ${article} of the ${agreement.partner} agreement say?`, `${agreement.partner} commitments for ${years} years`],
      };
    },
    (agreement) => ({
      text: `If Ukraine is attacked again, ${agreement.partner} and Ukraine will hold consultations within 24 hours to agree on ${pick(MEASURES)}; the clause mirrors Article ${between(2, 24)} of the G7 framework.`,
      questions: [`Will ${agreement.partner} consult Ukraine within 24 hours?`, `${agreement.partner} consultation clause`],
    }),
    (agreement) => {
      const year = between(2024, 2027);
      return {
        text: `${agreement.partner} pledged ${amount()} in military aid for ${year}, of which ${amount()} goes to ${pick(ITEMS)} and ${pick(ITEMS)}, ${filler()}.`,
        questions: [`How much military aid did ${agreement.partner} pledge for ${year}?`, `${agreement.partner} aid ${year}`, `${pick(ITEMS)} from ${agreement.partner}`],
      };
    },
    (agreement) => {
      const official = pick(people);
      return {
        text: `On ${date().text}, ${official}, ${pick(ROLES)} of ${agreement.partner}, met ${pick(ukrainians)} in ${pick(cities)} to review the ${pick(programmes)} under the security agreement, ${filler()}.`,
        questions: [`When did ${official} meet ${pick(ukrainians)}?`, `${agreement.partner} agreement review meeting`],
      };
    },
    (agreement) => {
      const programme = pick(programmes);
      return {
        text: `The ${programme}, set up under the ${agreement.partner} agreement on ${date().text}, trains ${between(2, 90) * 100} Ukrainian ${pick(UNITS)} a year in ${pick(SKILLS)} and runs until ${between(2026, 2034)}.`,
        questions: [`What is the ${programme}?`, `${agreement.partner} training programme`],
      };
    },
    (agreement) => ({
      text: `${agreement.partner}'s agreement provides for ${pick(ITEMS)} and for cooperation on ${term()} and ${term()}; it stays in force for ${pick(["ten", "five", "three"])} years unless either side gives ${between(3, 12)} months' notice.`,
      questions: [`Can ${agreement.partner} terminate the agreement?`],
    }),
  ];

  const facts: Fact[] = Array.from({ length: extra(real.facts.length) }, (_, index) => {
    const agreement = pick(real.agreements);
    const { text, questions } = pick(factTexts)(agreement);
    const asOf = date().iso;
    const fact: Fact = {
      id: `${SYNTHETIC_PREFIX}fact-${index + 1}`,
      text,
      asOf,
      topics: Array.from(new Set(Array.from({ length: between(1, 3) }, () => pick(topics)))),
      questions: questions.slice(0, between(1, questions.length)),
      confidence: random() < 0.85 ? "high" : "medium",
      sources: Array.from(new Set([sourceId(), sourceId()].slice(0, between(1, 2)))),
    };
    if (random() < 0.7) fact.agreement = agreement.id;
    if (fact.confidence === "medium") fact.note = `Sources disagree on the amount; ${pick(publishers)} gives a different figure.`;
    return fact;
  });

  const quoteTexts: ((agreement: Agreement) => string)[] = [
    () => `We will continue to support Ukraine with ${pick(ITEMS)} for as long as it takes, and today's agreement sets this out for the next ${pick(["ten", "five"])} years`,
    (agreement) => `This agreement commits ${agreement.partner} to consult with Ukraine within 24 hours of any future armed attack`,
    () => `Our support of ${amount()} this year includes ${pick(ITEMS)} and ${pick(ITEMS)}`,
    () => `The ${pick(programmes)} is a concrete step towards Ukraine's membership of NATO and the European Union`,
    () => `Security guarantees are not words on paper; they are ${pick(ITEMS)}, ${pick(UNITS)} trained and ${term()} delivered`,
  ];
  const quotes: Quote[] = Array.from({ length: extra(real.quotes.length) }, (_, index) => {
    const agreement = pick(real.agreements);
    const quote: Quote = {
      id: `${SYNTHETIC_PREFIX}quote-${index + 1}`,
      text: pick(quoteTexts)(agreement),
      speaker: random() < 0.3 ? pick(ukrainians) : `${pick(people)}, ${pick(ROLES)} of ${agreement.partner}`,
      date: date().iso,
      source: sourceId(),
      topics: Array.from(new Set(Array.from({ length: between(0, 2) }, () => pick(topics)))),
    };
    if (random() < 0.6) quote.agreement = agreement.id;
    if (random() < 0.2) quote.quotedBy = pick(publishers);
    return quote;
  });

  return {
    ...real,
    sources: [...real.sources, ...sources],
    facts: [...real.facts, ...facts],
    quotes: [...real.quotes, ...quotes],
  };
}

/**
 * Writes the corpus as a data directory `loadEngine({ dataDir })` reads: the
 * real files byte for byte, with the generated records appended to
 * sources.yaml, facts.yaml and quotes.yaml, and the real `lang/` copied.
 */
export function writeCorpus(dataset: Dataset, realDir: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(realDir, "lang"), join(dir, "lang"), { recursive: true });
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    const { file } = DATA_FILES[name];
    const text = readFileSync(join(realDir, file), "utf8");
    const generated = (dataset[name] as readonly { id: string }[]).filter((record) => record.id.startsWith(SYNTHETIC_PREFIX)).map(yamlRecord);
    writeFileSync(join(dir, file), generated.length === 0 ? text : `${text.trimEnd()}\n\n${generated.join("\n")}`);
  }
}

/**
 * One record as a YAML block mapping, the way the curated files are written.
 * A JSON string is a valid YAML double-quoted scalar, so strings are written
 * with JSON.stringify.
 */
function yamlRecord(record: object): string {
  const lines = Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([key, value], index) => {
      const scalar = Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(value);
      return `${index === 0 ? "- " : "  "}${key}: ${scalar}`;
    });
  return `${lines.join("\n")}\n`;
}

/** Lower-case words of five letters or more from the real texts, repeated as often as they occur there. */
function realWords(real: Dataset): string[] {
  const texts = [...real.facts.map((fact) => fact.text), ...real.quotes.map((quote) => quote.text), ...real.agreements.flatMap((agreement) => agreement.commitments)];
  return texts.flatMap((text) => text.match(/\b[a-z]{5,}\b/g) ?? []);
}
