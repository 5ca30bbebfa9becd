/**
 * Pact Desk's engine. Adapters import from here only.
 */

// Commonly used: load the engine and read its answers.
export { loadEngine, createEngine, DEFAULT_DATA_DIR, formatCorpusDate } from "./create-engine.ts";
export type { Engine, AskOptions, PartnerChoice } from "./engine.ts";
export { AnswerSchema, AnswerBlockSchema, AnswerSegmentSchema, MoreSchema, CitationSchema, AnswerQuoteSchema, AnswerStatusSchema, IntentSchema, LangSchema } from "./answer.ts";
export type { Answer, AnswerBlock, AnswerSegment, More, Citation, AnswerQuote, AnswerStatus, Intent, Lang } from "./answer.ts";
export { defaultEngineOptions } from "./options.ts";
export { ConversationStateSchema, readConversation } from "./conversation.ts";
export type { ConversationState } from "./conversation.ts";
export type { EngineOptions, EngineFailure } from "./options.ts";

// Errors.
export { DataValidationError, EngineOptionError } from "./errors.ts";
export type { DataIssue } from "./dataset/data-issue.ts";

// The corpus: loading and checking data/ (curation tools, tests).
export { loadDataset } from "./dataset/load.ts";
export type { LoadDatasetResult } from "./dataset/load.ts";
export { formatIssue, formatIssues } from "./dataset/format-issues.ts";
export { DATA_FILES, SourceSchema, AgreementSchema, FactSchema, QuoteSchema, TallySchema, EventSchema, GroupSchema, TopicSchema, ProvisionFileSchema } from "./dataset/schema.ts";
export type { Dataset, Source, Agreement, Signatory, Fact, Quote, Tally, Event, Confidence } from "./dataset/schema.ts";

// Language packs (data/lang/*.yaml).
export { loadLanguagePacks } from "./lang/load.ts";
export { LanguagePackSchema } from "./lang/schema.ts";
export type { LanguagePack, UiText } from "./lang/schema.ts";
// The adapters' own words (buttons, help, notices), from the packs' `ui` sections.
export { uiWords } from "./lang/ui.ts";
export type { UiWords } from "./lang/ui.ts";

// The timeline picture (PNG + SVG + text) of the agreement registry.
export { renderTimeline, signingYears, TimelineOptionsSchema } from "./timeline/index.ts";
export type { TimelineImage, TimelineResult, TimelineError, TimelineErrorCode, TimelineOptions } from "./timeline/index.ts";
