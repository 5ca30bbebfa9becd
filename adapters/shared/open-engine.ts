/**
 * Loads the engine for an entry point, turning malformed data into a value the
 * entry point can print before it exits (nothing is served from bad data).
 */
import { resolve } from "node:path";
import { DataValidationError, loadEngine, type Engine } from "../../src/index.ts";

export type OpenEngineResult = { ok: true; engine: Engine } | { ok: false; message: string };

/**
 * @param dataDir Corpus directory, relative to the working directory; the engine's default (`data/`) when undefined.
 */
export function openEngine(dataDir: string | undefined): OpenEngineResult {
  try {
    return { ok: true, engine: loadEngine(dataDir === undefined ? {} : { dataDir: resolve(dataDir) }) };
  } catch (error) {
    if (error instanceof DataValidationError) return { ok: false, message: error.message };
    throw error;
  }
}
