/** The engine's options, their defaults, and the one place they are merged. */
import type { Lang } from "./answer.ts";
import { EngineOptionError } from "./errors.ts";
import type { LanguagePack } from "./lang/schema.ts";

export interface EngineOptions {
  /**
   * The corpus directory (holding `sources.yaml` … and `lang/`). Used by
   * `loadEngine` only; without a `lang/` of its own the repository's
   * language packs are used. Default: the repository's `data/` directory.
   */
  dataDir?: string;
  /** Language of answers when neither the question's script nor the caller's hint decides. Default `"en"`. */
  defaultLang?: Lang;
  /** Longest question accepted, in characters after trimming; longer ones are rejected. Default 500. */
  maxQuestionLength?: number;
  /**
   * Confidence in [0, 1] below which `answer` says it does not know.
   * Default 0.42: the middle of the gap between the lowest-rated question of
   * the golden ranking set (0.46) and the highest-rated off-topic question
   * (0.38) when calibrated; `test/engine/confidence.test.ts` keeps that gap open.
   */
  minConfidence?: number;
  /** Most sources cited for one record (official ones first). Default 2, range 1–3. */
  maxCitationsPerRecord?: number;
  /** Language packs to use. Default: every pack in `<dataDir>/lang/` (for `createEngine`, the repository's). */
  languagePacks?: readonly LanguagePack[];
  /**
   * Called with every exception the engine catches while answering. The
   * engine never throws at its caller; it answers "something went wrong" and
   * reports the error here, so a bug is logged, not passed off as "I don't
   * know". Default: none (the error is only visible in that answer).
   */
  onError?: (error: unknown, failure: EngineFailure) => void;
}

/** Where a caught exception happened: which engine method, on what input. */
export interface EngineFailure {
  method: "answer" | "agreement" | "quotes" | "sources" | "about" | "partners" | "language";
  /** The question, partner or topic as received (cut to a safe length); "" for methods without one. */
  input: string;
}

export interface ResolvedEngineOptions {
  defaultLang: Lang;
  maxQuestionLength: number;
  minConfidence: number;
  maxCitationsPerRecord: number;
}

export const defaultEngineOptions: ResolvedEngineOptions = {
  defaultLang: "en",
  maxQuestionLength: 500,
  minConfidence: 0.42,
  maxCitationsPerRecord: 2,
};

export function resolveOptions(options: EngineOptions): ResolvedEngineOptions {
  const resolved: ResolvedEngineOptions = {
    defaultLang: options.defaultLang ?? defaultEngineOptions.defaultLang,
    maxQuestionLength: options.maxQuestionLength ?? defaultEngineOptions.maxQuestionLength,
    minConfidence: options.minConfidence ?? defaultEngineOptions.minConfidence,
    maxCitationsPerRecord: options.maxCitationsPerRecord ?? defaultEngineOptions.maxCitationsPerRecord,
  };
  if (!Number.isInteger(resolved.maxQuestionLength) || resolved.maxQuestionLength < 1) {
    throw new EngineOptionError("maxQuestionLength", "must be a positive whole number of characters");
  }
  if (!(resolved.minConfidence >= 0 && resolved.minConfidence <= 1)) throw new EngineOptionError("minConfidence", "must be between 0 and 1");
  if (![1, 2, 3].includes(resolved.maxCitationsPerRecord)) throw new EngineOptionError("maxCitationsPerRecord", "must be 1, 2 or 3");
  return resolved;
}
