/**
 * One cold start in a fresh process, run by `bench/engine.ts`:
 *
 *   node --expose-gc --import tsx bench/engine-cold-start.ts <load|phases> <dataDir> <question>
 *
 * `load` times `loadEngine({ dataDir })` (read + parse + validate + index),
 * the heap after it, and the first `answer()`. `phases` times the steps
 * `loadEngine` is made of, one after another, each on a cold process.
 * Prints one JSON line ({@link ColdStartResult}) on stdout.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export interface ColdStartResult {
  /** Milliseconds to import the engine's modules (tsx transpiles them on first use: a development cost). */
  importMs: number;
  /** `loadEngine` in `load` mode; the sum of the phases in `phases` mode. */
  loadMs: number;
  /** `phases` mode: read + parse + validate the corpus (`loadDataset`). */
  datasetMs?: number;
  /** `phases` mode: read the language packs. */
  packsMs?: number;
  /** `phases` mode: registry, search index, lexicon and matchers (`createEngine`). */
  indexMs?: number;
  /** Bytes of heap in use after a full GC, before loading and after (NaN without --expose-gc). */
  heapBefore: number;
  heapAfter: number;
  rss: number;
  /** Milliseconds of the first `answer()` of the process. */
  firstAnswerMs: number;
}

const [mode = "load", dataDir = "", question = "When did Japan sign?"] = process.argv.slice(2);

const heapNow = () => {
  if (globalThis.gc === undefined) return Number.NaN;
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const importStart = performance.now();
const engineModule = await import("../src/index.ts");
const importMs = performance.now() - importStart;
const heapBefore = heapNow();

let result: Omit<ColdStartResult, "heapAfter" | "rss" | "firstAnswerMs">;
let engine: ReturnType<typeof engineModule.loadEngine>;
if (mode === "phases") {
  const t0 = performance.now();
  const loaded = engineModule.loadDataset(dataDir);
  const t1 = performance.now();
  const packs = engineModule.loadLanguagePacks(join(dataDir, "lang"), "lang");
  const t2 = performance.now();
  if (!loaded.ok) throw new engineModule.DataValidationError(loaded.issues);
  if (!packs.ok) throw new engineModule.DataValidationError(packs.issues);
  engine = engineModule.createEngine(loaded.dataset, { languagePacks: packs.packs });
  const t3 = performance.now();
  result = { importMs, loadMs: t3 - t0, datasetMs: t1 - t0, packsMs: t2 - t1, indexMs: t3 - t2, heapBefore };
} else {
  const start = performance.now();
  engine = engineModule.loadEngine({ dataDir });
  result = { importMs, loadMs: performance.now() - start, heapBefore };
}
const heapAfter = heapNow();
const rss = process.memoryUsage().rss;
const answerStart = performance.now();
engine.answer(question);
const firstAnswerMs = performance.now() - answerStart;

const output: ColdStartResult = { ...result, heapAfter, rss, firstAnswerMs };
process.stdout.write(`${JSON.stringify(output)}\n`);
