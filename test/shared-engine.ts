/**
 * The engine over the real corpus, loaded once per test worker: an engine has
 * no state a caller can change, so every test that only asks it questions can
 * share one (vitest.config.ts runs those files in one module graph per worker).
 */
import { loadEngine, type Engine } from "../src/index.ts";

let engine: Engine | undefined;

export function sharedEngine(): Engine {
  engine ??= loadEngine();
  return engine;
}
