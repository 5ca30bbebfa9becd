/**
 * Answers from the search index over facts, quotes and agreement records,
 * when no module of the registry settles the question: the best hit that is
 * the kind of answer the question asks for, or "I don't know".
 */
import type { Answer, Intent } from "../answer.ts";
import { newDraft, type AnswerContext } from "../compose/answer-context.ts";
import { sentence, type Draft } from "../compose/draft.ts";
import { fill } from "../compose/format.ts";
import type { Fact } from "../dataset/schema.ts";
import type { Period } from "../reading/dates.ts";
import { writeCard } from "../registry/partner-answers.ts";
import type { SearchIndex } from "../search/build-index.ts";
import { runSearch, type QueryWord, type SearchHit } from "../search/query.ts";
import type { PartnerAspect } from "./aspects.ts";
import { finish, noAnswer, questionModule, relatedSuggestions, type Asked, type Reading } from "./module.ts";

/** A fact about a named partner wins over the registry field the cue names only when it fits this well. */
const SPECIFIC_FACT_CONFIDENCE = 0.75;
/**
 * … or this well when it holds every word of the question the registry does not read ("the draft" in "how many years
 * would the US guarantees run under the draft?"): the registry's answer would drop that word.
 */
const WHOLLY_MATCHED_FACT_CONFIDENCE = 0.5;
/** Least fit to one of a fact's curated questions for it to answer in place of a text's clauses: nearly that question. */
const CLEAR_QUESTION_FIT = 0.7;
/** A related quote joins a fact when its own confidence reaches this share of the threshold. */
const RELATED_QUOTE_SHARE = 0.75;

export const FACTS = new Set(["fact"] as const);
const QUOTES = new Set(["quote"] as const);

/**
 * A question about a partner that says more than the registry field it names
 * ("Is the US agreement still valid in 2025?" is not "How long does it
 * last?") gets the fact about that partner that answers it, when one does so
 * clearly.
 */
export function specificFact(asked: Asked, u: Reading, aspects: readonly PartnerAspect[], premise = false): Answer | undefined {
  if (u.content.length === 0 && u.period === undefined) return undefined;
  if (!premise && (aspects.includes("agreement") || aspects.includes("has-signed"))) return undefined;
  const partners = new Set(u.partners.map((mention) => mention.agreement.id));
  const [top] = runSearch(asked.context.language.index, u.search, { partners, kinds: FACTS, nameCredit: u.onTopic }, 2).filter((hit) =>
    answersTheQuestion(asked.context, u, hit),
  );
  const wholly = top !== undefined && u.content.length > 0 && u.content.every((term) => top.matched.has(term));
  if (top === undefined || top.confidence < (wholly ? WHOLLY_MATCHED_FACT_CONFIDENCE : SPECIFIC_FACT_CONFIDENCE)) return undefined;
  const aboutPartner =
    (top.document.agreement !== undefined && partners.has(top.document.agreement)) ||
    u.search.some((word) => word.group !== undefined && top.matched.has(word.term));
  if (!aboutPartner) return undefined;
  const extra = [...u.content, ...(u.period === undefined ? [] : [asked.context.language.analyser.stem(u.period.label.slice(0, 4))])];
  if (!extra.some((term) => top.matched.has(term))) return undefined;
  return answerSearch(asked, u, newDraft(asked.context), FACTS);
}

/** How well the best fact about one agreement must fit for {@link factAbout} to answer with it. */
export interface FactFit {
  confidence: number;
  /** Least fit to one of the fact's curated questions (0: any). */
  questionFit: number;
  /** Credit the agreement's name in the confidence even when the question has no topic word. */
  nameCredit: boolean;
  /** Keep only hits that are the kind of answer the question asks for (a "when" needs a date). */
  kindChecked: boolean;
}

/**
 * The answer from the best fact about one agreement, when that fact is about it and fits as well as `fit` asks;
 * none otherwise. "Will Poland shoot down Russian missiles over Ukraine?" is answered by the fact on it, not by a
 * text's clauses with "yes, it covers air defence"; "why is Croatia not counted?" by the fact that says why.
 */
export function factAbout(asked: Asked, u: Reading, agreement: string, fit: FactFit): Answer | undefined {
  const hits = runSearch(asked.context.language.index, u.search, { partners: new Set([agreement]), kinds: FACTS, nameCredit: fit.nameCredit }, 1);
  const [top] = fit.kindChecked ? hits.filter((hit) => answersTheQuestion(asked.context, u, hit)) : hits;
  if (top === undefined || top.document.agreement !== agreement || top.confidence < fit.confidence || top.questionFit < fit.questionFit) return undefined;
  const found = answerSearch(asked, u, newDraft(asked.context), FACTS);
  return found.status === "answered" ? found : undefined;
}

/** A curated fact that fits the question almost word for word, in place of a text's clauses on its topic. */
export function clearFact(asked: Asked, u: Reading, agreement: string): Answer | undefined {
  return factAbout(asked, u, agreement, { confidence: SPECIFIC_FACT_CONFIDENCE, questionFit: CLEAR_QUESTION_FIT, nameCredit: u.onTopic, kindChecked: true });
}

export function answerSearch(asked: Asked, u: Reading, draft: Draft, kinds?: ReadonlySet<"fact">): Answer {
  const { context } = asked;
  const partners = new Set(u.partners.map((mention) => mention.agreement.id));
  const filter = { partners, nameCredit: u.onTopic, ...(kinds === undefined ? {} : { kinds }) };
  const threshold = context.options.minConfidence;
  const best = (index: SearchIndex, words: readonly QueryWord[], translated = false) =>
    runSearch(index, words, filter, 5)
      .filter((hit) => answersTheQuestion(context, u, hit, translated ? words : undefined))
      .map((hit) => (u.onTopic ? hit : { ...hit, confidence: hit.confidence * OFF_TOPIC_PRIOR }))[0];
  let top = best(context.language.index, u.search);
  // What the corpus's words do not meet, its translation into the question's language may.
  const { translated } = context.language;
  if ((top === undefined || top.confidence < threshold) && translated !== undefined) {
    const local = best(translated.index, u.translatedSearch, true);
    if (local !== undefined && local.confidence >= threshold) top = local;
  }
  if (top === undefined || top.confidence < threshold) return noAnswer(asked, u, draft, top?.confidence ?? 0);
  const done = (intent: Intent) => finish(asked, draft, { intent, confidence: top.confidence, suggestions: relatedSuggestions(asked, u) });
  const { document } = top;
  if (document.kind === "quote") {
    const quote = context.registry.quotes.get(document.ref);
    if (quote === undefined) return noAnswer(asked, u, draft);
    draft.line(fill(context.language.pack.templates.quoteIntro, { speaker: context.language.localQuote(quote).speaker, date: draft.date(quote.date), cite: draft.cite([quote.source]) }));
    draft.quote(quote);
    return done("quote");
  }
  if (document.kind === "agreement") {
    const agreement = context.registry.agreements.get(document.ref);
    if (agreement === undefined) return noAnswer(asked, u, draft);
    writeCard(draft, context, agreement);
    return done("agreement");
  }
  const fact = context.registry.facts.get(document.ref);
  if (fact === undefined) return noAnswer(asked, u, draft);
  writeFact(draft, context, fact);
  const quote = relatedQuote(asked, u, [fact]);
  if (quote !== undefined) draft.quote(quote);
  return done("search");
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
function answersTheQuestion(context: AnswerContext, u: Reading, hit: SearchHit, translatedWords?: readonly QueryWord[]): boolean {
  const curated = hit.document.questionList.length > 0;
  if (u.cues[0]?.intent === "when" && hit.document.kind !== "agreement") {
    // The curated questions are English: a question searched in the corpus's translation («коли Єрмак пішов у відставку»)
    // fits none of them, so there the record must hold every word it asks with instead.
    const fits = translatedWords === undefined ? hit.questionFit >= WHEN_QUESTION_FIT : translatedWords.every((word) => word.term.length < MIN_COVERED_WORD || hit.matched.has(word.term));
    if (!documentMentionsDate(context, hit.document) || (curated && !fits)) return false;
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

/** Per search document (one language's index each): whether its text gives a date, read once rather than on every "when" question. */
const datedDocuments = new WeakMap<SearchHit["document"], boolean>();

/** Words shorter than this ("у", «чи») need not be in a record a translated "when" question finds. */
const MIN_COVERED_WORD = 3;

function documentMentionsDate(context: AnswerContext, document: SearchHit["document"]): boolean {
  let dated = datedDocuments.get(document);
  if (dated === undefined) {
    dated = mentionsDate(context, document.text);
    datedDocuments.set(document, dated);
  }
  return dated;
}

/** Whether a text gives a date: a month next to a day or a year ("13 June 2024", "June 2024", "June 13"). */
function mentionsDate(context: AnswerContext, text: string): boolean {
  const words = context.language.analyser.tokens(text).map((token) => token.norm);
  return words.some((word, index) => context.language.months.has(word) && [words[index - 1], words[index + 1]].some((next) => next !== undefined && /^\d{1,4}$/.test(next)));
}

/** Where a text first names a month of a year ("16 January 2025", "January 2025") that falls in the period, in words; -1 when it names none. */
export function monthInPeriodAt(context: AnswerContext, text: string, period: Period): number {
  const words = context.language.analyser.tokens(text).map((token) => token.norm);
  return words.findIndex((word, index) => {
    const month = context.language.months.get(word);
    const year = words[index + 1];
    if (month === undefined || year === undefined || !/^\d{4}$/.test(year)) return false;
    const first = `${year}-${String(month).padStart(2, "0")}-01`;
    const last = `${year}-${String(month).padStart(2, "0")}-31`;
    return first <= period.end && last >= period.start;
  });
}

export function writeFact(draft: Draft, context: AnswerContext, record: Fact): void {
  const fact = context.language.localFact(record);
  const body = sentence(fact.text);
  draft.say(draft.corpus(`${body.slice(0, -1)}${draft.cite(fact.sources)}${body.slice(-1)}`));
  if (fact.note !== undefined) draft.say(draft.corpus(sentence(fact.note)));
  if (fact.confidence === "medium") draft.say(context.language.pack.texts.mediumConfidence);
  if (fact.confidence === "low") draft.say(context.language.pack.texts.lowConfidence);
}

/** A quote on the same agreement or topic as the facts, if one fits the question well enough. */
export function relatedQuote(asked: Asked, u: Reading, facts: readonly Fact[]) {
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

/** "No agreement with China is on record as of …", plus the fact that is most about that country, if any. */
export function writeNonPartner(draft: Draft, context: AnswerContext, country: string): void {
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

/** A question with words the registry modules do not read ("the GDP of Ukraine", "frozen assets"): the search answers it. */
export const searchModule = questionModule({
  id: "search",
  match: (reading) => (reading.content.length > 0 || (!reading.onTopic && reading.events.length === 0) ? true : undefined),
  // "What got signed on 13/06/2024 and at which summit?": nothing found for "summit" leaves the date to the list.
  yields: (reading) => reading.onTopic && reading.period !== undefined,
  answer: (_plan, reading, asked) => answerSearch(asked, reading, newDraft(asked.context)),
});
