/** What every answer-writing function needs: the corpus, the language, the settings. */
import type { LanguageContext } from "../lang/context.ts";
import type { ResolvedEngineOptions } from "../options.ts";
import type { Registry } from "../registry/registry.ts";
import { Draft } from "./draft.ts";

export interface AnswerContext {
  readonly registry: Registry;
  readonly language: LanguageContext;
  readonly options: ResolvedEngineOptions;
}

export function newDraft(context: AnswerContext): Draft {
  return new Draft({ pack: context.language.pack, sources: context.registry.sources, maxCitations: context.options.maxCitationsPerRecord, localQuote: context.language.localQuote });
}
