/**
 * Loads the engine for an entry point, turning malformed data into a value the
 * entry point can print before it exits (nothing is served from bad data), and
 * logging every exception the engine catches while answering.
 */
import { resolve } from "node:path";
import { DataValidationError, loadEngine, type Engine } from "../../src/index.ts";
import type { Logger } from "./logger.ts";

export type OpenEngineResult = { ok: true; engine: Engine } | { ok: false; message: string };

/**
 * @param dataDir Corpus directory, relative to the working directory; the engine's default (`data/`) when undefined.
 * @param logger Where the engine's caught exceptions go, as `error` lines; the input itself only at debug level, as for answers.
 */
export function openEngine(dataDir: string | undefined, logger: Logger): OpenEngineResult {
  try {
    const engine = loadEngine({
      ...(dataDir === undefined ? {} : { dataDir: resolve(dataDir) }),
      onError: (error, { method, input }) =>
        logger.error({ err: error, method, inputLength: input.length, ...(logger.isLevelEnabled("debug") ? { input } : {}) }, "the engine failed to answer"),
    });
    return { ok: true, engine };
  } catch (error) {
    if (error instanceof DataValidationError) return { ok: false, message: error.message };
    throw error;
  }
}
