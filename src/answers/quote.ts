/**
 * "What did Zelensky say …", "quote on the money": verbatim quotes, by the
 * person the question names first, else the best search hits.
 */
import type { Answer } from "../answer.ts";
import type { AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import { fill } from "../compose/format.ts";
import type { Quote } from "../dataset/schema.ts";
import type { Registry } from "../registry/registry.ts";
import { bestQuote } from "../registry/partner-answers.ts";
import { QUOTE_ABOUT_FIELDS } from "../search/index-options.ts";
import { runSearch, type SearchHit } from "../search/query.ts";
import { topCue } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, CORRECTED_REGISTRY_CONFIDENCE, finish, questionModule, REGISTRY_CONFIDENCE, relatedSuggestions, type Asked, type Reading } from "./module.ts";
import { checkPremises, partnersOf } from "./partner.ts";
import { answerFromTextWords } from "./provisions.ts";
import { answerSearch } from "./search.ts";
import { newDraft } from "../compose/answer-context.ts";
import { PairCache } from "../pair-cache.ts";

/** Quotes shown for one question. */
const QUOTES_SHOWN = 3;
/** How many quote hits are looked at for quotes by the person the question names. */
const SPEAKER_HITS = 20;
const QUOTES = new Set(["quote"] as const);

export const quoteModule = questionModule({
  id: "quote",
  match: (reading) => (topCue(reading) === "quote" ? true : undefined),
  answer(_plan, reading, asked) {
    const draft = newDraft(asked.context);
    // "what did Scholz say at the signing in Paris?": he signed in Berlin, which comes first; then his words, of that agreement.
    const [mention, ...others] = partnersOf(reading);
    // "which coalition does ireland say it will explore joining": a country that "says" speaks through its agreement's text.
    const byText = mention !== undefined && others.length === 0 && reading.people.length === 0 && reading.textCue ? answerFromTextWords(asked, reading) : undefined;
    if (byText !== undefined) return byText;
    if (mention === undefined || others.length > 0 || reading.people.length === 0) return answerQuote(asked, reading, draft);
    const corrections = checkPremises(asked, reading, mention.agreement) ?? [];
    if (corrections.length === 0) return answerQuote(asked, reading, draft);
    draft.line(corrections.join(" "));
    return answerQuote(asked, { ...reading, partners: [mention] }, draft);
  },
});

function answerQuote(asked: Asked, u: Reading, draft: Draft): Answer {
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
  return finish(asked, draft, { intent: "quote", confidence, suggestions: relatedSuggestions(asked, u) });
}

/**
 * The line before the quotes. One quote: its speaker, date and source. Several:
 * their speaker when they share one ("Volodymyr Zelenskyy (post on X)" and
 * "Volodymyr Zelenskyy" do), as each quote names its own date and source.
 */
function quoteIntro(draft: Draft, context: AnswerContext, quotes: readonly Quote[], first: Quote): string {
  const t = context.language.pack.templates;
  const { localQuote } = context.language;
  if (quotes.length === 1) return fill(t.quoteIntro, { speaker: localQuote(first).speaker, date: draft.date(first.date), cite: draft.cite([first.source]) });
  const speakers = new Set(quotes.map((quote) => speakerName(localQuote(quote).speaker)));
  const [speaker] = speakers;
  return speakers.size === 1 && speaker !== undefined ? fill(t.quotesFrom, { speaker }) : t.quotesMany;
}

/** Who spoke, without the note on where or for whom: "Volodymyr Zelenskyy (post on X)" → "Volodymyr Zelenskyy", "The White House (Biden administration)" → "The White House". */
function speakerName(speaker: string): string {
  return speaker.replace(/\s*\([^()]*\)$/, "");
}

/**
 * Each index term of a quoted speaker's name, to the speakers (as quotes give
 * them) whose name has it: worked out once per language context, so that a
 * question finds the speakers it names without reading every quote's.
 */
const speakersByTerm = new PairCache<AnswerContext["language"], Registry, ReadonlyMap<string, readonly string[]>>();

function speakersWithTerm(context: AnswerContext): ReadonlyMap<string, readonly string[]> {
  return speakersByTerm.get(context.language, context.registry, () => {
    const byTerm = new Map<string, string[]>();
    const speakers = new Set(context.registry.dataset.quotes.map((quote) => quote.speaker));
    for (const speaker of speakers) {
      for (const term of new Set(context.language.analyser.terms(speakerName(speaker)))) {
        const named = byTerm.get(term);
        if (named === undefined) byTerm.set(term, [speaker]);
        else named.push(speaker);
      }
    }
    return byTerm;
  });
}

/**
 * Quotes whose speaker (not the outlet quoting them, nor the note after the
 * name: "The White House (Biden administration)" is not Biden) is named by one of the
 * question's content words — not a partner's name ("Japan" names the
 * agreement) nor a topic word ("agreement" would name every accord's text);
 * only on the named partners' agreements when there are any. The best search
 * hits come first, then the newest.
 */
function quotesBySpeaker(context: AnswerContext, u: Reading, partners: ReadonlySet<string>, hits: readonly SearchHit[]): Quote[] {
  const words = [...u.content, ...u.people.flatMap((person) => context.language.analyser.terms(person.name))];
  const byTerm = speakersWithTerm(context);
  const named = new Set(words.flatMap((word) => byTerm.get(word) ?? []));
  if (named.size === 0) return [];
  const candidates = partners.size > 0 ? [...partners].flatMap((id) => context.registry.quotesByAgreement.get(id) ?? []) : context.registry.quotes.values();
  const rank = new Map(hits.map((hit, position) => [hit.document.ref, position]));
  const ranked: { quote: Quote; position: number }[] = [];
  const others: Quote[] = [];
  for (const quote of candidates) {
    if (!named.has(quote.speaker)) continue;
    const position = rank.get(quote.id);
    if (position === undefined) others.push(quote);
    else ranked.push({ quote, position });
  }
  ranked.sort((a, b) => a.position - b.position);
  return [...ranked.map((entry) => entry.quote), ...newestFirst(context.registry, others)];
}

/** Every date the corpus's quotes have, newest first (`b.localeCompare(a)`), worked out once per registry. */
const quoteDates = new WeakMap<Registry, readonly string[]>();

/**
 * Quotes newest first, as sorting by `b.date.localeCompare(a.date)` puts
 * them, a date's quotes in the order given: thousands of quotes on a large
 * corpus, so they are put under the corpus's dates, sorted once, rather than
 * compared pair by pair on every question (distinct dates never compare equal).
 */
function newestFirst(registry: Registry, quotes: readonly Quote[]): Quote[] {
  let dates = quoteDates.get(registry);
  if (dates === undefined) {
    dates = [...new Set(registry.dataset.quotes.map((quote) => quote.date))].sort((a, b) => b.localeCompare(a));
    quoteDates.set(registry, dates);
  }
  const byDate = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const onDate = byDate.get(quote.date);
    if (onDate === undefined) byDate.set(quote.date, [quote]);
    else onDate.push(quote);
  }
  return dates.flatMap((date) => byDate.get(date) ?? []);
}
