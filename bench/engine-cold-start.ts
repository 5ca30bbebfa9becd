/**
 * One cold start in a fresh process, run by `bench/engine.ts`:
 *
 *   node --expose-gc --import tsx bench/engine-cold-start.ts <load|phases> <dataDir> <question> <typo question> <lang> <question in lang>
 *
 * `load` times `loadEngine({ dataDir })` (read + parse + validate +
 * index), the heap after it, the first `answer()`, then the first answer that
 * corrects a typo (the typo lexicon is built on first use), then the first
 * in another language (whose index is built on first use). `phases` times the
 * steps `loadEngine` is made of, one after another, each on a cold process.
 * Prints one JSON line ({@link ColdStartResult}) on stdout.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";

// performance.now() counts from the process's start.
const startupMs = performance.now();

export interface ColdStartResult {
  /** Milliseconds from the process's start to this script's first line: Node and tsx starting up. */
  startupMs: number;
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
  /** Milliseconds of the next one, a question with a typo: it builds the typo lexicon. */
  firstTypoMs: number;
  /** Milliseconds of the next one, in another language: it builds that language's index and matchers. */
  firstOtherLangMs: number;
  /** Bytes of heap in use after a full GC once that language is built too. */
  heapAllLangs: number;
}

const [mode = "load", dataDir = "", question = "When did Japan sign?", typoQuestion = "When did Japn sign?", otherLang = "uk", otherQuestion = "Коли підписала Японія?"] =
  process.argv.slice(2);

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

let result: Omit<ColdStartResult, "heapAfter" | "rss" | "firstAnswerMs" | "firstTypoMs" | "firstOtherLangMs" | "heapAllLangs">;
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
  result = { startupMs, importMs, loadMs: t3 - t0, datasetMs: t1 - t0, packsMs: t2 - t1, indexMs: t3 - t2, heapBefore };
} else {
  const start = performance.now();
  engine = engineModule.loadEngine({ dataDir });
  result = { startupMs, importMs, loadMs: performance.now() - start, heapBefore };
}
const heapAfter = heapNow();
const rss = process.memoryUsage().rss;
const answerStart = performance.now();
engine.answer(question);
const firstAnswerMs = performance.now() - answerStart;
const typoStart = performance.now();
engine.answer(typoQuestion);
const firstTypoMs = performance.now() - typoStart;
const otherStart = performance.now();
engine.answer(otherQuestion, { lang: engineModule.LangSchema.parse(otherLang) });
const firstOtherLangMs = performance.now() - otherStart;
const heapAllLangs = heapNow();

const output: ColdStartResult = { ...result, heapAfter, rss, firstAnswerMs, firstTypoMs, firstOtherLangMs, heapAllLangs };
process.stdout.write(`${JSON.stringify(output)}\n`);
