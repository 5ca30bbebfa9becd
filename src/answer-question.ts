/**
 * `answer(question)`: checks the input, reads the question, and answers it
 * from the registry or from search — or says plainly that it does not know.
 */
import type { Answer, Intent } from "./answer.ts";
import { newDraft, type AnswerContext } from "./compose/answer-context.ts";
import { sentence, type Draft } from "./compose/draft.ts";
import { fill, joinList } from "./compose/format.ts";
import type { Fact, Quote } from "./dataset/schema.ts";
import { planAnswer, type PartnerAspect, type Plan } from "./intent/plan.ts";
import { understand, type Understanding } from "./intent/understand.ts";
import { superlativeAgreements, writeEventWhen, writeLatestCount, writeList, writePeriodCount, writePlaceList } from "./registry/collection-answers.ts";
import { bestQuote, writeCard, writePartnerAspects } from "./registry/partner-answers.ts";
import { QUOTE_ABOUT_FIELDS } from "./search/index-options.ts";
import { runSearch, type SearchHit } from "./search/query.ts";

/** A registry answer to a question naming a known partner and what it asks: the data settles it. */
export const REGISTRY_CONFIDENCE = 0.95;
/** The same when the partner's name had to be corrected from a typo. */
export const CORRECTED_REGISTRY_CONFIDENCE = 0.85;
/** Counts, lists and events: the question type is clear, the data settles it. */
export const COLLECTION_CONFIDENCE = 0.9;
/** A fact about a named partner wins over the registry field the cue names only when it fits this well. */
const SPECIFIC_FACT_CONFIDENCE = 0.75;
/** A related quote joins a fact when its own confidence reaches this share of the threshold. */
const RELATED_QUOTE_SHARE = 0.75;

/** Quotes shown for one question. */
const QUOTES_SHOWN = 3;
/** How many quote hits are looked at for quotes by the person the question names. */
const SPEAKER_HITS = 20;

const FACTS = new Set(["fact"] as const);
const QUOTES = new Set(["quote"] as const);

export interface Asked {
  question: string;
  context: AnswerContext;
  /** Suggestions about a partner, excluding the aspects already asked. */
  partnerSuggestions(partner: string, asked: readonly PartnerAspect[]): string[];
}

export function answerQuestion(asked: Asked, text: string): Answer {
  const { context } = asked;
  const u = understand(context.language, text);
  const plan = planAnswer(u);
  return answerPlan(asked, u, plan);
}

function answerPlan(asked: Asked, u: Understanding, plan: Plan): Answer {
  const { context } = asked;
  const draft = newDraft(context);
  const finish = (intent: Intent, confidence: number, suggestions: string[] = []) =>
    draft.finish({ question: asked.question, intent, confidence, suggestions, lang: context.language.pack.lang, asOf: context.registry.asOf });
  const examples = () => context.language.pack.examples.filter((example) => example !== asked.question);

  switch (plan.kind) {
    case "partner": {
      const fact = specificFact(asked, u, plan.aspects);
      if (fact !== undefined) return fact;
      for (const mention of plan.partners) writePartnerAspects(draft, context, mention.agreement, plan.aspects);
      const [first] = plan.partners;
      if (first !== undefined && plan.partners.length === 1) {
        const quote = bestQuote(context, first.agreement, u.search);
        if (quote !== undefined) draft.quote(quote);
      }
      const corrected = plan.partners.some((mention) => mention.corrected);
      const suggestions = first === undefined ? [] : asked.partnerSuggestions(context.language.partnerInSentence(first.agreement), plan.aspects);
      return finish(intentOf(plan.aspects), corrected ? CORRECTED_REGISTRY_CONFIDENCE : REGISTRY_CONFIDENCE, suggestions);
    }
    case "superlative": {
      const agreements = superlativeAgreements(context, plan.which);
      if (agreements.length === 0) return noAnswer(asked, u, draft);
      draft.line(fill(context.language.pack.templates[plan.which], { list: joinList(context.language.pack, agreements.map((agreement) => context.language.partnerInSentence(agreement))) }));
      for (const agreement of agreements) writePartnerAspects(draft, context, agreement, plan.aspects);
      return finish(intentOf(plan.aspects), COLLECTION_CONFIDENCE, examples());
    }
    case "non-partner": {
      for (const country of plan.countries) writeNonPartner(draft, context, country);
      return finish("has-signed", COLLECTION_CONFIDENCE, examples());
    }
    case "count":
      if (plan.period === undefined) writeLatestCount(draft, context);
      else writePeriodCount(draft, context, plan.period);
      return finish("count", COLLECTION_CONFIDENCE, examples());
    case "list":
      writeList(draft, context, plan.period, plan.event, plan.count);
      return finish(plan.count ? "count" : "list", COLLECTION_CONFIDENCE, examples());
    case "place":
      writePlaceList(draft, context, plan.place, plan.count);
      return finish(plan.count ? "count" : "list", COLLECTION_CONFIDENCE, examples());
    case "event-when":
      writeEventWhen(draft, plan.event);
      return finish("when", COLLECTION_CONFIDENCE, examples());
    case "quote":
      return answerQuote(asked, u, draft);
    case "search":
      return answerSearch(asked, u, draft);
  }
}

/**
 * A question about a partner that says more than the registry field it names
 * ("Is the US agreement still valid in 2025?" is not "How long does it
 * last?") gets the fact about that partner that answers it, when one does so
 * clearly.
 */
function specificFact(asked: Asked, u: Understanding, aspects: readonly PartnerAspect[]): Answer | undefined {
  if (u.content.length === 0 && u.period === undefined) return undefined;
  if (aspects.includes("agreement") || aspects.includes("has-signed")) return undefined;
  const partners = new Set(u.partners.map((mention) => mention.agreement.id));
  const [top] = runSearch(asked.context.language.index, u.search, { partners, kinds: FACTS, nameCredit: u.onTopic }, 2).filter((hit) =>
    answersTheQuestion(asked.context, u, hit),
  );
  if (top === undefined || top.confidence < SPECIFIC_FACT_CONFIDENCE) return undefined;
  const aboutPartner =
    (top.document.agreement !== undefined && partners.has(top.document.agreement)) ||
    u.search.some((word) => word.group !== undefined && top.matched.has(word.term));
  if (!aboutPartner) return undefined;
  const extra = [...u.content, ...(u.period === undefined ? [] : [asked.context.language.analyser.stem(u.period.label.slice(0, 4))])];
  if (!extra.some((term) => top.matched.has(term))) return undefined;
  return answerSearch(asked, u, newDraft(asked.context), FACTS);
}

function answerSearch(asked: Asked, u: Understanding, draft: Draft, kinds?: ReadonlySet<"fact">): Answer {
  const { context } = asked;
  const partners = new Set(u.partners.map((mention) => mention.agreement.id));
  const found = runSearch(context.language.index, u.search, { partners, nameCredit: u.onTopic, ...(kinds === undefined ? {} : { kinds }) }, 5);
  const hits = found
    .filter((hit) => answersTheQuestion(context, u, hit))
    .map((hit) => (u.onTopic ? hit : { ...hit, confidence: hit.confidence * OFF_TOPIC_PRIOR }));
  const [top] = hits;
  const threshold = context.options.minConfidence;
  if (top === undefined || top.confidence < threshold) return noAnswer(asked, u, draft, top?.confidence ?? 0);
  const finish = (intent: Intent) =>
    draft.finish({
      question: asked.question,
      intent,
      confidence: top.confidence,
      suggestions: relatedSuggestions(asked, u),
      lang: context.language.pack.lang,
      asOf: context.registry.asOf,
    });
  const { document } = top;
  if (document.kind === "quote") {
    const quote = context.registry.quotes.get(document.ref);
    if (quote === undefined) return noAnswer(asked, u, draft);
    draft.line(fill(context.language.pack.templates.quoteIntro, { speaker: quote.speaker, date: draft.date(quote.date), cite: draft.cite([quote.source]) }));
    draft.quote(quote);
    return finish("quote");
  }
  if (document.kind === "agreement") {
    const agreement = context.registry.agreements.get(document.ref);
    if (agreement === undefined) return noAnswer(asked, u, draft);
    writeCard(draft, context, agreement);
    return finish("agreement");
  }
  const fact = context.registry.facts.get(document.ref);
  if (fact === undefined) return noAnswer(asked, u, draft);
  writeFact(draft, context, fact);
  const quote = relatedQuote(asked, u, [fact]);
  if (quote !== undefined) draft.quote(quote);
  return finish("search");
}

/**
 * Checks that a hit is the kind of answer the question asks for, beyond
 * sharing its words:
 * - a "when" question needs a record that gives a date and whose curated
 *   questions ask about that very thing (a fact that mentions NATO and a date
 *   does not say when Ukraine joined NATO);
 * - a question that names a single thing ("the GDP of Ukraine") needs a
 *   record with a curated question mostly about that thing, not one that
 *   uses the word in passing.
 */
function answersTheQuestion(context: AnswerContext, u: Understanding, hit: SearchHit): boolean {
  const curated = hit.document.questionList.length > 0;
  if (u.cues[0]?.intent === "when" && hit.document.kind !== "agreement") {
    if (!mentionsDate(context, hit.document.text) || (curated && hit.questionFit < WHEN_QUESTION_FIT)) return false;
  }
  const singleThing = hit.askingWords === 1 && (u.partners.length === 0 || !u.onTopic);
  return !(curated && singleThing && hit.questionFit < SINGLE_WORD_QUESTION_FIT);
}

/**
 * Search confidence kept by a question with no topic word ("agreement",
 * "signed", "deal" …): one that does not say it is about the agreements is
 * less likely to be answered by a record that shares some of its words.
 */
const OFF_TOPIC_PRIOR = 0.85;
/** Least fit to a curated question for a fact to answer a "when" question. */
const WHEN_QUESTION_FIT = 0.3;
/** Least fit to a curated question for a fact to answer a question that names one thing only. */
const SINGLE_WORD_QUESTION_FIT = 0.45;

/** Whether a text gives a date: a month next to a day or a year ("13 June 2024", "June 2024", "June 13"). */
function mentionsDate(context: AnswerContext, text: string): boolean {
  const words = context.language.analyser.tokens(text).map((token) => token.norm);
  return words.some((word, index) => context.language.months.has(word) && [words[index - 1], words[index + 1]].some((next) => next !== undefined && /^\d{1,4}$/.test(next)));
}

function writeFact(draft: Draft, context: AnswerContext, fact: Fact): void {
  const body = sentence(fact.text);
  draft.say(draft.corpus(`${body.slice(0, -1)}${draft.cite(fact.sources)}${body.slice(-1)}`));
  if (fact.note !== undefined) draft.say(draft.corpus(sentence(fact.note)));
  if (fact.confidence === "medium") draft.say(context.language.pack.texts.mediumConfidence);
  if (fact.confidence === "low") draft.say(context.language.pack.texts.lowConfidence);
}

/** A quote on the same agreement or topic as the facts, if one fits the question well enough. */
function relatedQuote(asked: Asked, u: Understanding, facts: readonly Fact[]) {
  const { context } = asked;
  const agreements = new Set(facts.flatMap((fact) => (fact.agreement === undefined ? [] : [fact.agreement])));
  const topics = new Set(facts.flatMap((fact) => fact.topics));
  const hits = runSearch(context.language.index, u.search, { kinds: QUOTES, partners: agreements }, 5);
  for (const hit of hits) {
    if (hit.confidence < context.options.minConfidence * RELATED_QUOTE_SHARE) break;
    const quote = context.registry.quotes.get(hit.document.ref);
    if (quote === undefined) continue;
    if ((quote.agreement !== undefined && agreements.has(quote.agreement)) || quote.topics.some((topic) => topics.has(topic))) return quote;
  }
  return undefined;
}

function answerQuote(asked: Asked, u: Understanding, draft: Draft): Answer {
  const { context } = asked;
  const partners = new Set(u.partners.map((mention) => mention.agreement.id));
  const hits = runSearch(context.language.index, u.search, { kinds: QUOTES, partners, onlyPartners: partners.size > 0, aboutFields: QUOTE_ABOUT_FIELDS }, SPEAKER_HITS);
  const good = hits.slice(0, QUOTES_SHOWN).filter((hit) => hit.confidence >= context.options.minConfidence);
  // "What did Zelensky say …": the person's own words come before words that only mention them;
  // of those, the ones that answer the rest of the question ("… about 1991") when there are any.
  const spoken = quotesBySpeaker(context, u, partners, hits);
  const confident = new Set(good.map((hit) => hit.document.ref));
  const spokenToThePoint = spoken.filter((quote) => confident.has(quote.id));
  const quotes =
    spoken.length > 0
      ? (spokenToThePoint.length > 0 ? spokenToThePoint : spoken).slice(0, QUOTES_SHOWN)
      : good.map((hit) => context.registry.quotes.get(hit.document.ref)).filter((quote) => quote !== undefined);
  const [mention] = u.partners;
  if (quotes.length === 0 && mention !== undefined) {
    const fallback = bestQuote(context, mention.agreement, u.search);
    if (fallback !== undefined) quotes.push(fallback);
  }
  const [first] = quotes;
  // No quote fits: a fact may still answer "what did … say" in the project's words.
  if (first === undefined) return answerSearch(asked, u, draft);
  draft.line(quoteIntro(draft, context, quotes, first));
  for (const quote of quotes) draft.quote(quote);
  const registryConfidence = mention?.corrected === true ? CORRECTED_REGISTRY_CONFIDENCE : REGISTRY_CONFIDENCE;
  const confidence = spoken.length > 0 ? Math.max(good[0]?.confidence ?? 0, COLLECTION_CONFIDENCE) : (good[0]?.confidence ?? registryConfidence);
  return draft.finish({ question: asked.question, intent: "quote", confidence, suggestions: relatedSuggestions(asked, u), lang: context.language.pack.lang, asOf: context.registry.asOf });
}

/**
 * The line before the quotes. One quote: its speaker, date and source. Several:
 * their speaker when they share one ("Volodymyr Zelenskyy (post on X)" and
 * "Volodymyr Zelenskyy" do), as each quote names its own date and source.
 */
function quoteIntro(draft: Draft, context: AnswerContext, quotes: readonly Quote[], first: Quote): string {
  const t = context.language.pack.templates;
  if (quotes.length === 1) return fill(t.quoteIntro, { speaker: first.speaker, date: draft.date(first.date), cite: draft.cite([first.source]) });
  const speakers = new Set(quotes.map(speakerName));
  const [speaker] = speakers;
  return speakers.size === 1 && speaker !== undefined ? fill(t.quotesFrom, { speaker }) : t.quotesMany;
}

/** Who spoke, without the note on where or for whom: "Volodymyr Zelenskyy (post on X)" → "Volodymyr Zelenskyy", "The White House (Biden administration)" → "The White House". */
function speakerName(quote: Quote): string {
  return quote.speaker.replace(/\s*\([^()]*\)$/, "");
}

/** Each quote's speaker's name as index terms, per language context (the same for every question). */
const speakerTerms = new WeakMap<AnswerContext["language"], Map<string, ReadonlySet<string>>>();

function termsOfSpeaker(context: AnswerContext, quote: Quote): ReadonlySet<string> {
  let bySpeaker = speakerTerms.get(context.language);
  if (bySpeaker === undefined) {
    bySpeaker = new Map();
    speakerTerms.set(context.language, bySpeaker);
  }
  let terms = bySpeaker.get(quote.speaker);
  if (terms === undefined) {
    terms = new Set(context.language.analyser.terms(speakerName(quote)));
    bySpeaker.set(quote.speaker, terms);
  }
  return terms;
}

/**
 * Quotes whose speaker (not the outlet quoting them, nor the note after the
 * name: "The White House (Biden administration)" is not Biden) is named by one of the
 * question's content words — not a partner's name ("Japan" names the
 * agreement) nor a topic word ("agreement" would name every accord's text);
 * only on the named partners' agreements when there are any. The best search
 * hits come first, then the newest.
 */
function quotesBySpeaker(context: AnswerContext, u: Understanding, partners: ReadonlySet<string>, hits: readonly SearchHit[]): Quote[] {
  const words = u.content;
  if (words.length === 0) return [];
  const candidates = partners.size > 0 ? [...partners].flatMap((id) => context.registry.quotesByAgreement.get(id) ?? []) : [...context.registry.quotes.values()];
  const spoken = candidates.filter((quote) => {
    const terms = termsOfSpeaker(context, quote);
    return words.some((word) => terms.has(word));
  });
  const rank = new Map(hits.map((hit, position) => [hit.document.ref, position]));
  return spoken.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || b.date.localeCompare(a.date));
}

/** "No agreement with China is on record as of …", plus the fact that is most about that country, if any. */
function writeNonPartner(draft: Draft, context: AnswerContext, country: string): void {
  const { pack, analyser } = context.language;
  // The latest official list is the evidence that the country is not among the partners.
  const list = context.registry.latestOfficialTally;
  draft.line(fill(pack.templates.hasSignedNo, { country, asOf: draft.date(context.registry.asOfLabel), cite: list === undefined ? "" : draft.cite(list.sources) }));
  const entry = pack.countries.find((candidate) => candidate.name === country);
  const names = [country, ...(entry?.aliases ?? [])].map((name) => analyser.terms(name)).filter((terms) => terms.length > 0);
  const words = [...new Set(names.flat())].map((term) => ({ term, corrected: false }));
  // A fact counts only when it names the country in full ("South Korea", not just "south").
  const hit = runSearch(context.language.index, words, { kinds: FACTS }, 3).find((candidate) => names.some((name) => name.every((term) => candidate.matched.has(term))));
  const fact = hit === undefined ? undefined : context.registry.facts.get(hit.document.ref);
  if (fact !== undefined) writeFact(draft, context, fact);
}

function noAnswer(asked: Asked, u: Understanding, draft: Draft, confidence = 0): Answer {
  const { context } = asked;
  const { pack } = context.language;
  const [mention] = u.partners;
  const partner = mention === undefined ? undefined : context.language.partnerInSentence(mention.agreement);
  const noAnswerDraft = draft.isEmpty ? draft : newDraft(context);
  noAnswerDraft.line(partner === undefined ? pack.texts.noAnswer : fill(pack.texts.noAnswerAbout, { partner }));
  return noAnswerDraft.finish({
    question: asked.question,
    status: "no_answer",
    intent: "none",
    confidence: Math.min(confidence, context.options.minConfidence),
    suggestions: partner === undefined ? pack.examples.slice(0, 3) : asked.partnerSuggestions(partner, []),
    lang: pack.lang,
    asOf: context.registry.asOf,
  });
}

function relatedSuggestions(asked: Asked, u: Understanding): string[] {
  const [mention] = u.partners;
  if (mention !== undefined) return asked.partnerSuggestions(asked.context.language.partnerInSentence(mention.agreement), []);
  return asked.context.language.pack.examples.filter((example) => example !== asked.question).slice(0, 3);
}

function intentOf(aspects: readonly PartnerAspect[]): Intent {
  const [first = "agreement"] = aspects;
  // The Answer contract has no "ordinal" intent; a place in the count is part of the agreement's record.
  return first === "ordinal" ? "agreement" : first;
}
