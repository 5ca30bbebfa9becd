/**
 * Builds the engine: the registry, one language context (analyser, search
 * index, lexicon, matchers) per language pack, and the `Engine` methods.
 *
 * ```ts
 * const engine = loadEngine();            // reads and validates data/
 * const answer = engine.answer("When did Japan sign?");
 * answer.text;       // "Japan signed its security agreement with Ukraine on 13 June 2024 in … [1]."
 * answer.citations;  // [{ n: 1, publisher: "…", url: "https://…", … }]
 * ```
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Answer, Lang } from "./answer.ts";
import { answerQuestion } from "./answers/index.ts";
import { readConversation } from "./conversation.ts";
import { aspectsOf, type PartnerAspect } from "./answers/aspects.ts";
import { CORRECTED_REGISTRY_CONFIDENCE, REGISTRY_CONFIDENCE, rejected, type Asked } from "./answers/module.ts";
import { newDraft, type AnswerContext } from "./compose/answer-context.ts";
import { echo, fill, formatDate, joinList, plural } from "./compose/format.ts";
import { unmarked } from "./compose/markers.ts";
import type { DataIssue } from "./dataset/data-issue.ts";
import { displayPath, loadDataset } from "./dataset/load.ts";
import { PartialDateSchema, type Dataset, type Source } from "./dataset/schema.ts";
import type { AskOptions, Engine, PartnerChoice } from "./engine.ts";
import { DataValidationError, EngineOptionError } from "./errors.ts";
import { understand } from "./reading/read.ts";
import { buildLanguageContext } from "./lang/context.ts";
import { detectLanguage } from "./lang/detect.ts";
import { loadLanguagePacks } from "./lang/load.ts";
import { DEFAULT_DATA_DIR, repositoryLanguagePacks, repositoryPack } from "./lang/repository.ts";
import type { LanguagePack } from "./lang/schema.ts";
import { resolveOptions, type EngineFailure, type EngineOptions } from "./options.ts";
import { buildRegistry } from "./registry/registry.ts";
import { writeCard } from "./registry/partner-answers.ts";
import { matchPartners } from "./registry/partner-search.ts";
import type { SearchIndex } from "./search/build-index.ts";
import { runSearch } from "./search/query.ts";

export { DEFAULT_DATA_DIR };

/** Longest topic echoed back in a quotes answer, in characters. */
const TOPIC_ECHO_LIMIT = 100;
const QUOTE_KINDS = new Set(["quote"] as const);
const SOURCE_KINDS: readonly Source["kind"][] = ["official-text", "official-statement", "news", "analysis"];

/**
 * Reads `data/` (or `options.dataDir`), validates it and builds the engine.
 * @throws DataValidationError listing every problem when anything is malformed; nothing is half-loaded.
 */
export function loadEngine(options: EngineOptions = {}): Engine {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const issues: DataIssue[] = [];
  const loaded = loadDataset(dataDir);
  if (!loaded.ok) issues.push(...loaded.issues);
  let packs = options.languagePacks;
  // A corpus directory without its own lang/ uses the repository's language packs.
  if (packs === undefined && !existsSync(join(dataDir, "lang"))) packs = repositoryLanguagePacks();
  if (packs === undefined) {
    const result = loadLanguagePacks(join(dataDir, "lang"), displayPath(dataDir, "lang"));
    if (result.ok) packs = result.packs;
    else issues.push(...result.issues);
  }
  if (loaded.ok && packs !== undefined) issues.push(...packIssues(packs, loaded.dataset, displayPath(dataDir, "lang")));
  if (!loaded.ok || packs === undefined || issues.length > 0) throw new DataValidationError(issues);
  return createEngine(loaded.dataset, { ...options, languagePacks: packs });
}

/** Builds an engine over an already validated dataset (tests use small fixtures). */
export function createEngine(dataset: Dataset, options: EngineOptions = {}): Engine {
  const resolved = resolveOptions(options);
  const packs = options.languagePacks ?? repositoryLanguagePacks();
  if (packs.length === 0) throw new EngineOptionError("languagePacks", "must hold at least one language pack");
  const registry = buildRegistry(dataset);
  const report = (error: unknown, failure: EngineFailure) => {
    try {
      options.onError?.(error, failure);
    } catch {
      // A failing error handler must not turn an answer into a throw.
    }
  };
  // Start-up builds the default language's index and matchers; each other language's on its first question.
  const contexts = new Map<Lang, AnswerContext>();
  const contextOf = (pack: LanguagePack): AnswerContext => {
    let context = contexts.get(pack.lang);
    if (context === undefined) {
      context = { registry, language: buildLanguageContext(pack, dataset, packs), options: resolved };
      contexts.set(pack.lang, context);
    }
    return context;
  };
  const packByLang = new Map(packs.map((pack) => [pack.lang, pack]));
  const defaultPack = packByLang.get(resolved.defaultLang) ?? packs[0];
  if (defaultPack === undefined) throw new EngineOptionError("languagePacks", "must hold at least one language pack");
  const fallback = contextOf(defaultPack);
  const contextFor = (lang: Lang): AnswerContext => {
    const pack = packByLang.get(lang);
    if (pack === undefined) return fallback;
    try {
      return contextOf(pack);
    } catch (error) {
      // Its pack was validated at load, so this is a bug; answering in the default language still beats throwing.
      report(error, { method: "language", input: lang });
      return fallback;
    }
  };
  const pick = (text: string, hint: Lang | undefined) => contextFor(detectLanguage(text, packs, hint, resolved.defaultLang));
  // A registry id ("japan", a `PartnerChoice.id` sent back) says nothing of the asker's language: the hint decides.
  const byId = (query: string, hint: Lang | undefined) => (hint !== undefined && registry.agreements.has(query) ? contextFor(hint) : undefined);
  const suggestionAspects = new Map<Lang, PartnerAspect[][]>();

  const asked = (context: AnswerContext, question: string): Asked => ({
    question,
    context,
    partnerSuggestions: (partner, done) => {
      const { lang } = context.language.pack;
      let aspects = suggestionAspects.get(lang);
      if (aspects === undefined) {
        aspects = aspectsOfSuggestions(context);
        suggestionAspects.set(lang, aspects);
      }
      return context.language.pack.partnerSuggestions
        .filter((_, index) => !(aspects[index] ?? []).some((aspect) => done.includes(aspect)))
        .slice(0, 3)
        .map((template) => fill(template, { partner }));
    },
  });

  /** Runs `produce`, turning any unexpected failure into a "something went wrong" answer, reported to `onError`, so callers never see a throw. */
  const guarded = (method: EngineFailure["method"], context: AnswerContext, question: string, produce: () => Answer): Answer => {
    try {
      return produce();
    } catch (error) {
      report(error, { method, input: question });
      return failure(context, question);
    }
  };

  const engine: Engine = {
    asOf: registry.asOf,
    dataset,

    answer(question, ask: AskOptions = {}) {
      const text = typeof question === "string" ? unmarked(question) : "";
      const trimmed = text.trim();
      const length = codePointLength(trimmed);
      const echo = cut(trimmed, resolved.maxQuestionLength);
      const context = pick(echo, ask.lang);
      return guarded("answer", context, echo, () => {
        const { pack } = context.language;
        // "", "...", "???": nothing to read, so nothing to search for.
        if (length === 0 || !/[\p{L}\p{N}]/u.test(trimmed)) return rejected(context, echo, fill(pack.texts.rejectedEmpty, { example: pack.examples[0] ?? "" }));
        if (length > resolved.maxQuestionLength) return rejected(context, echo, fill(pack.texts.rejectedTooLong, { length, limit: resolved.maxQuestionLength }));
        return answerQuestion(asked(context, echo), trimmed, readConversation(ask.conversation));
      });
    },

    agreement(partner, ask: AskOptions = {}) {
      const query = cut(typeof partner === "string" ? unmarked(partner).trim() : "", TOPIC_ECHO_LIMIT);
      const context = byId(query, ask.lang) ?? pick(query, ask.lang);
      return guarded("agreement", context, query, () => {
        const { language } = context;
        const u = understand(language, query);
        const agreement = u.partners[0]?.agreement ?? resolvePartner(context, query);
        const draft = newDraft(context);
        const finish = (status: Answer["status"], confidence: number, suggestions: string[]) =>
          draft.finish({ question: query, status, intent: "agreement", confidence, suggestions, lang: language.pack.lang, asOf: registry.asOf });
        if (agreement === undefined) {
          const [country] = u.countries;
          draft.line(
            country === undefined
              ? fill(language.pack.texts.unknownPartner, { query: echo(query) })
              : fill(language.pack.templates.hasSignedNo, {
                  country,
                  asOf: draft.date(registry.asOfLabel),
                  cite: registry.latestOfficialTally === undefined ? "" : draft.cite(registry.latestOfficialTally.sources),
                }),
          );
          const near = matchPartners(language, registry.byDate, query, 3);
          const suggestions =
            near.length > 0
              ? near.map((choice) => {
                  const known = registry.agreements.get(choice.id);
                  return fill(language.pack.partnerSuggestions[0] ?? "", { partner: known === undefined ? choice.name : language.partnerInSentence(known) });
                })
              : language.pack.examples;
          return finish("no_answer", 0, suggestions);
        }
        writeCard(draft, context, agreement);
        const [quote] = registry.quotesByAgreement.get(agreement.id) ?? [];
        if (quote !== undefined) draft.quote(quote);
        const exact = u.partners[0] !== undefined && !u.partners[0].corrected;
        return finish("answered", exact ? REGISTRY_CONFIDENCE : CORRECTED_REGISTRY_CONFIDENCE, asked(context, query).partnerSuggestions(language.partnerInSentence(agreement), ["agreement"]));
      });
    },

    quotes(topic, ask: AskOptions & { limit?: number } = {}) {
      const query = cut(typeof topic === "string" ? unmarked(topic).trim() : "", TOPIC_ECHO_LIMIT);
      const context = pick(query, ask.lang);
      return guarded("quotes", context, query, () => {
        const { language } = context;
        const limit = Math.max(1, Math.min(ask.limit ?? 3, 10));
        const u = understand(language, query);
        const partners = new Set(u.partners.map((mention) => mention.agreement.id));
        const hits = runSearch(language.index, u.search, { kinds: QUOTE_KINDS, partners, onlyPartners: partners.size > 0 }, limit);
        const good = hits.filter((hit) => hit.confidence >= resolved.minConfidence || partners.size > 0);
        const quotes = good.map((hit) => registry.quotes.get(hit.document.ref)).filter((quote) => quote !== undefined);
        for (const id of partners) for (const quote of registry.quotesByAgreement.get(id) ?? []) if (quotes.length < limit && !quotes.includes(quote)) quotes.push(quote);
        const draft = newDraft(context);
        const finish = (status: Answer["status"], confidence: number, suggestions: string[]) =>
          draft.finish({ question: query, status, intent: "quote", confidence, suggestions, lang: language.pack.lang, asOf: registry.asOf });
        if (quotes.length === 0) {
          draft.line(fill(language.pack.texts.noQuotes, { topic: echo(query) }));
          return finish("no_answer", hits[0]?.confidence ?? 0, language.pack.examples);
        }
        draft.line(fill(language.pack.templates.quotesTopic, { topic: echo(query) }));
        for (const quote of quotes) draft.quote(quote);
        const confidence = partners.size > 0 ? REGISTRY_CONFIDENCE : (good[0]?.confidence ?? 0);
        return finish("answered", confidence, []);
      });
    },

    sources(ask: AskOptions = {}) {
      const context = contextFor(ask.lang ?? resolved.defaultLang);
      return guarded("sources", context, "", () => {
        const { pack } = context.language;
        const draft = newDraft(context);
        const kinds = SOURCE_KINDS.map((kind) => ({ kind, ids: dataset.sources.filter((source) => source.kind === kind).map((source) => source.id) }))
          .filter((group) => group.ids.length > 0)
          .map((group) => `${pack.texts.sourceKinds[group.kind]}${draft.cite(group.ids, Infinity)}`);
        draft.line(fill(pack.texts.sources, { sources: plural(pack, pack.plurals.sources, dataset.sources.length), kinds: joinList(pack, kinds) }));
        return draft.finish({ question: "", intent: "none", confidence: 1, suggestions: [], lang: pack.lang, asOf: registry.asOf });
      });
    },

    about(ask: AskOptions = {}) {
      const context = contextFor(ask.lang ?? resolved.defaultLang);
      return guarded("about", context, "", () => {
        const { pack } = context.language;
        const draft = newDraft(context);
        draft.line(
          fill(pack.texts.about, {
            agreements: plural(pack, pack.plurals.agreements, dataset.agreements.length),
            partners: plural(pack, pack.plurals.partners, new Set(dataset.agreements.map((agreement) => agreement.partner)).size),
            facts: plural(pack, pack.plurals.facts, dataset.facts.length),
            quotes: plural(pack, pack.plurals.quotes, dataset.quotes.length),
            sources: plural(pack, pack.plurals.sources, dataset.sources.length),
            asOf: draft.date(registry.asOfLabel),
          }),
        );
        return draft.finish({ question: "", intent: "none", confidence: 1, suggestions: pack.examples.slice(0, 3), lang: pack.lang, asOf: registry.asOf });
      });
    },

    partners(query: string, limit = 25, ask: Pick<AskOptions, "lang"> = {}): PartnerChoice[] {
      try {
        const text = cut(typeof query === "string" ? query.trim() : "", TOPIC_ECHO_LIMIT);
        return matchPartners((byId(text, ask.lang) ?? pick(text, ask.lang)).language, registry.byDate, text, limit);
      } catch (error) {
        report(error, { method: "partners", input: typeof query === "string" ? cut(query, TOPIC_ECHO_LIMIT) : "" });
        return [];
      }
    },

    examples(ask: AskOptions = {}) {
      return [...contextFor(ask.lang ?? resolved.defaultLang).language.pack.examples];
    },
  };
  searchIndexes.set(engine, () => new Map(packs.map((pack) => [pack.lang, contextOf(pack).language.index])));
  return engine;
}

/** Each engine's search indexes by language (built on demand, as the engine builds them). */
const searchIndexes = new WeakMap<Engine, () => ReadonlyMap<Lang, SearchIndex>>();

/**
 * The search index an engine answers from in each language. Not part of the
 * engine's surface (`index.ts` does not export it): `npm run bench` compares
 * `answer()` with a bare search on this very index.
 */
export function searchIndexesOf(engine: Engine): ReadonlyMap<Lang, SearchIndex> {
  return searchIndexes.get(engine)?.() ?? new Map();
}

function failure(context: AnswerContext, question: string): Answer {
  const { pack } = context.language;
  return { ...rejected(context, question, pack.texts.internalError), status: "no_answer" };
}

/** A partner from a free-text name: the closest autocomplete match when it is close. */
function resolvePartner(context: AnswerContext, query: string) {
  const [best] = matchPartners(context.language, context.registry.byDate, query, 1);
  return best === undefined ? undefined : context.registry.agreements.get(best.id);
}

/** Which partner aspects each suggestion template asks about, so an answer does not suggest what was just asked. */
function aspectsOfSuggestions(context: AnswerContext): PartnerAspect[][] {
  const [sample] = context.registry.byDate;
  if (sample === undefined) return [];
  return context.language.pack.partnerSuggestions.map((template) => {
    return aspectsOf(understand(context.language, fill(template, { partner: context.language.partnerInSentence(sample) })));
  });
}

function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) length++;
  }
  return length;
}

/** The text cut to `limit` code points, with "…" when something was cut. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const chars = Array.from(text.slice(0, limit * 2)).slice(0, limit);
  return chars.length < limit ? chars.join("") : `${chars.join("")}…`;
}

/**
 * A corpus date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) as the answers in `lang`
 * write it ("13 June 2024", «13 червня 2024 року»), from the repository's
 * language packs: the one date formatter the adapters use too. Anything that
 * is not such a date comes back as given.
 */
export function formatCorpusDate(date: string, lang: Lang = "en"): string {
  if (!PartialDateSchema.safeParse(date).success) return date;
  return formatDate(repositoryPack(lang), date);
}

/** Language packs may name partners only by ids the registry has. */
function packIssues(packs: readonly LanguagePack[], dataset: Dataset, displayDir: string): DataIssue[] {
  const ids = new Set(dataset.agreements.map((agreement) => agreement.id));
  return packs.flatMap((pack) =>
    Object.keys(pack.partners)
      .filter((id) => !ids.has(id))
      .map((id) => ({ file: `${displayDir}/${pack.lang}.yaml`, path: `partners.${id}`, message: `unknown agreement "${id}"` })),
  );
}
