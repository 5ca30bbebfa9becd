/**
 * "What did Zelensky say …", "quote on the money": verbatim quotes, by the
 * person the question names first, else the best search hits.
 */
import type { Answer } from "../answer.ts";
import type { AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import { fill } from "../compose/format.ts";
import type { Quote } from "../dataset/schema.ts";
import { bestQuote } from "../registry/partner-answers.ts";
import { QUOTE_ABOUT_FIELDS } from "../search/index-options.ts";
import { runSearch, type SearchHit } from "../search/query.ts";
import { topCue } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, CORRECTED_REGISTRY_CONFIDENCE, finish, questionModule, REGISTRY_CONFIDENCE, relatedSuggestions, type Asked, type Reading } from "./module.ts";
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
  answer: (_plan, reading, asked) => answerQuote(asked, reading, newDraft(asked.context)),
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
  const speakers = new Set(quotes.map((quote) => speakerName(localQuote(quote))));
  const [speaker] = speakers;
  return speakers.size === 1 && speaker !== undefined ? fill(t.quotesFrom, { speaker }) : t.quotesMany;
}

/** Who spoke, without the note on where or for whom: "Volodymyr Zelenskyy (post on X)" → "Volodymyr Zelenskyy", "The White House (Biden administration)" → "The White House". */
function speakerName(quote: Quote): string {
  return quote.speaker.replace(/\s*\([^()]*\)$/, "");
}

/** Each quote's speaker's name as index terms, per language context (the same for every question). */
const speakerTerms = new PairCache<AnswerContext["language"], string, ReadonlySet<string>>();

function termsOfSpeaker(context: AnswerContext, quote: Quote): ReadonlySet<string> {
  return speakerTerms.get(context.language, quote.speaker, () => new Set(context.language.analyser.terms(speakerName(quote))));
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
  if (words.length === 0) return [];
  const candidates = partners.size > 0 ? [...partners].flatMap((id) => context.registry.quotesByAgreement.get(id) ?? []) : [...context.registry.quotes.values()];
  const spoken = candidates.filter((quote) => {
    const terms = termsOfSpeaker(context, quote);
    return words.some((word) => terms.has(word));
  });
  const rank = new Map(hits.map((hit, position) => [hit.document.ref, position]));
  return spoken.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || b.date.localeCompare(a.date));
}
