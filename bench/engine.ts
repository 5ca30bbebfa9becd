/**
 * The engine part of `npm run bench`: cold start, `answer()` latency, heap
 * and the overhead over a bare MiniSearch search, on the real corpus and on
 * synthetic corpora ×10 and ×100 its size (see `synthetic-corpus.ts`).
 *
 * - Cold start: `loadEngine({ dataDir })` in fresh processes, so module
 *   state and JIT are as cold as at a real start: every YAML file is read and
 *   parsed (median of those processes). One of them times the phases one by
 *   one instead. The ×10 / ×100 corpora are written as YAML to a
 *   temporary directory, so reading and parsing count too.
 * - Latency: every evaluation question (`test/eval/questions*.yaml`), in
 *   rounds after a warm-up, each call timed with `process.hrtime.bigint()`.
 * - Overhead: the same questions through `answer()` and through a bare
 *   `MiniSearch.search()` on the engine's own index (`searchIndexesOf`) with
 *   its search options (field boosts, no fuzzy, no prefix, OR), the index's
 *   own tokenizer and stemmer analysing the question; rounds interleaved so
 *   drift hits both.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type MiniSearch from "minisearch";
import type { SearchOptions } from "minisearch";
import { searchIndexesOf } from "../src/create-engine.ts";
import { createEngine, DATA_FILES, DEFAULT_DATA_DIR, formatIssues, loadDataset, type Answer, type Dataset, type Engine, type Lang } from "../src/index.ts";
import { QUERY_OPTIONS } from "../src/search/index-options.ts";
import type { SearchDocument } from "../src/search/documents.ts";
import { loadEvalSets } from "../test/eval/eval-set.ts";
import type { ColdStartResult } from "./engine-cold-start.ts";
import { elapsedMs, median, summarise, type Summary } from "./stats.ts";
import { syntheticDataset, writeCorpus } from "./synthetic-corpus.ts";
import { growth, mb, ms, ratio, type BenchOptions, type BenchSection, type SectionReport, type Table, type TargetCheck } from "./table.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const COLD_START_SCRIPT = fileURLToPath(new URL("./engine-cold-start.ts", import.meta.url));
const SCALES = [1, 10, 100] as const;

/**
 * Issue #5's targets on a 2-core machine, with issue #19's start-up budget:
 * every start parses the YAML afresh (about half a second of a process that
 * runs for days), so the budget is 1 s rather than the 300 ms a parse cache
 * bought.
 */
const TARGETS = { p99RealMs: 1, p99LargestMs: 10, coldStartRealMs: 1000, overheadRatio: 2 };

interface Plan {
  /**
   * Fresh processes per scale; one of them times the phases of loading one
   * by one (the same three calls `loadEngine` makes), the others `loadEngine`.
   */
  coldRuns: Record<(typeof SCALES)[number], number>;
  /** Latency samples wanted per scale (rounds of the whole question set). */
  samples: number;
  /** Most milliseconds spent on the latency rounds of one scale (at least three rounds are taken). */
  latencyBudgetMs: number;
  /** Milliseconds of warm-up rounds before measuring (at least two rounds). */
  warmUpMs: number;
  /** Most interleaved rounds of answer() and bare search for the overhead ratio. */
  overheadRounds: number;
  /** Most milliseconds spent on those rounds (at least one round is taken). */
  overheadBudgetMs: number;
}

const FULL: Plan = { coldRuns: { 1: 6, 10: 4, 100: 3 }, samples: 6000, latencyBudgetMs: 6000, warmUpMs: 1500, overheadRounds: 10, overheadBudgetMs: 5000 };
const QUICK: Plan = { coldRuns: { 1: 3, 10: 2, 100: 2 }, samples: 1500, latencyBudgetMs: 1500, warmUpMs: 500, overheadRounds: 3, overheadBudgetMs: 1500 };
const MIN_WARM_UP_ROUNDS = 2;
/** The first question of a fresh process, answered from the registry. */
const FIRST_QUESTION = "When did Japan sign?";
/** The next one, with a typo: the first correction builds the typo lexicon. */
const FIRST_TYPO_QUESTION = "When did Japn sign?";
/** Then one in a language other than the default: its index and matchers are built on its first question. */
const OTHER_LANGUAGE = { lang: "uk", question: "Коли підписала Японія?" } as const;
const SLOWEST_SHOWN = 5;

interface Question {
  q: string;
  lang: Lang;
  tag: string;
}

interface ScaleFigures {
  scale: number;
  records: { sources: number; agreements: number; facts: number; quotes: number; indexed: number };
  yamlBytes: number;
  cold: {
    /** `loadEngine`: read, parse and validate every file, build the default language's index. */
    runsMs: number[];
    medianMs: number;
    /** Node and tsx starting up, before the engine's modules are imported. */
    startupMs: number;
    firstTypoMs: number;
    firstOtherLangMs: number;
    heapAfter: number;
    /** Heap once every language's index is built (the others are built on their first question). */
    heapAllLangs: number;
    engineHeap: number;
    rss: number;
    firstAnswerMs: number;
    importMs: number;
    phases: { datasetMs: number; packsMs: number; indexMs: number };
  };
  /** `createEngine(dataset)` in the bench process (warm JIT, no reading or validation). */
  createEngineMs: number;
  latency: Summary;
  /** The same calls less those a garbage-collection pause interrupted. */
  latencyWithoutGc: Summary;
  gc: { pauses: number; totalMs: number; maxMs: number; share: number; interruptedCalls: number };
  statuses: Record<Answer["status"], number>;
  overhead: {
    answerTotalMs: number;
    bareTotalMs: number;
    ratio: number;
    bare: Summary;
    /** Index searches (`RankedIndex.score`) per answer() call. */
    searchesPerAnswer: number;
    /** Share of answer() time spent inside the index's scoring. */
    searchShare: number;
  };
  /** Median latency of each question, in the order of the question list. */
  perQuestionMs: number[];
}

export const engineSection: BenchSection = {
  name: "Engine",
  async run(options, progress) {
    const plan = options.quick ? QUICK : FULL;
    const questions = loadEvalSets(join(ROOT, "test", "eval")).flatMap((set) => set.questions.map((entry) => ({ q: entry.q, lang: set.lang, tag: entry.tag ?? "" })));
    const real = loadDataset(DEFAULT_DATA_DIR);
    if (!real.ok) throw new Error(`data/ does not load:\n${formatIssues(real.issues)}`);
    const workDir = mkdtempSync(join(tmpdir(), "pact-desk-bench-"));
    try {
      const figures: ScaleFigures[] = [];
      for (const scale of SCALES) {
        progress(`engine ×${scale}: preparing the corpus`);
        const dataset = syntheticDataset(real.dataset, { scale });
        const dataDir = scale === 1 ? DEFAULT_DATA_DIR : join(workDir, `x${scale}`);
        if (scale !== 1) writeCorpus(dataset, DEFAULT_DATA_DIR, dataDir);
        figures.push(await measureScale(scale, dataset, dataDir, questions, plan, progress));
      }
      return report(figures, questions, plan, options);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};

async function measureScale(
  scale: (typeof SCALES)[number],
  dataset: Dataset,
  dataDir: string,
  questions: readonly Question[],
  plan: Plan,
  progress: (line: string) => void,
): Promise<ScaleFigures> {
  const runs = plan.coldRuns[scale];
  const coldRuns: ColdStartResult[] = [];
  for (let run = 1; run < runs; run++) {
    progress(`engine ×${scale}: cold start ${run}/${runs} (fresh process)`);
    coldRuns.push(coldStart("load", dataDir));
  }
  progress(`engine ×${scale}: cold start ${runs}/${runs}, phase by phase (fresh process)`);
  const phases = coldStart("phases", dataDir);
  coldRuns.push(phases);

  progress(`engine ×${scale}: building the engine in-process`);
  // The bench process's first build also compiles the engine's code; time a warm one.
  if (scale === 1) createEngine(dataset);
  const buildStart = process.hrtime.bigint();
  const engine = createEngine(dataset);
  const createEngineMs = elapsedMs(buildStart);

  progress(`engine ×${scale}: answer() latency`);
  const warmUpStart = process.hrtime.bigint();
  for (let round = 0; round < MIN_WARM_UP_ROUNDS || elapsedMs(warmUpStart) < plan.warmUpMs; round++) {
    for (const question of questions) engine.answer(question.q, { lang: question.lang });
  }
  const latency = await latencyRounds(engine, questions, plan);
  progress(`engine ×${scale}: overhead over bare MiniSearch.search()`);
  const searches = instrumentedRounds(engine, questions, plan);
  const overhead = overheadRounds(engine, questions, plan);

  const statuses: Record<Answer["status"], number> = { answered: 0, no_answer: 0, rejected: 0 };
  for (const question of questions) statuses[engine.answer(question.q, { lang: question.lang }).status]++;

  return {
    scale,
    records: {
      sources: dataset.sources.length,
      agreements: dataset.agreements.length,
      facts: dataset.facts.length,
      quotes: dataset.quotes.length,
      indexed: dataset.facts.length + dataset.quotes.length + dataset.agreements.length,
    },
    yamlBytes: Object.values(DATA_FILES).reduce((sum, { file }) => sum + statSync(join(dataDir, file)).size, 0),
    cold: {
      runsMs: coldRuns.map((run) => run.loadMs),
      medianMs: median(coldRuns.map((run) => run.loadMs)),
      heapAfter: median(coldRuns.map((run) => run.heapAfter)),
      heapAllLangs: median(coldRuns.map((run) => run.heapAllLangs)),
      engineHeap: median(coldRuns.map((run) => run.heapAfter - run.heapBefore)),
      rss: median(coldRuns.map((run) => run.rss)),
      firstAnswerMs: median(coldRuns.map((run) => run.firstAnswerMs)),
      firstTypoMs: median(coldRuns.map((run) => run.firstTypoMs)),
      firstOtherLangMs: median(coldRuns.map((run) => run.firstOtherLangMs)),
      startupMs: median(coldRuns.map((run) => run.startupMs)),
      importMs: median(coldRuns.map((run) => run.importMs)),
      phases: { datasetMs: phases.datasetMs ?? Number.NaN, packsMs: phases.packsMs ?? Number.NaN, indexMs: phases.indexMs ?? Number.NaN },
    },
    createEngineMs,
    latency: latency.summary,
    latencyWithoutGc: latency.withoutGc,
    gc: latency.gc,
    statuses,
    overhead: {
      ...overhead,
      searchesPerAnswer: searches.calls / searches.answers,
      searchShare: searches.insideMs / searches.totalMs,
    },
    perQuestionMs: latency.perQuestion,
  };
}

function coldStart(mode: "load" | "phases", dataDir: string): ColdStartResult {
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", COLD_START_SCRIPT, mode, dataDir, FIRST_QUESTION, FIRST_TYPO_QUESTION, OTHER_LANGUAGE.lang, OTHER_LANGUAGE.question], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`cold start (${mode}, ${dataDir}) failed with status ${child.status}:\n${child.stderr}`);
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as ColdStartResult;
}

/**
 * Rounds with the engine's own indexes wrapped: how many searches an answer
 * makes and how much of its time they take. The engine searches with
 * `RankedIndex.score` (MiniSearch's scoring without a result object per
 * match), so that is what is wrapped.
 */
function instrumentedRounds(engine: Engine, questions: readonly Question[], plan: Plan) {
  let calls = 0;
  let insideMs = 0;
  const restore: (() => void)[] = [];
  for (const { search: miniSearch } of searchIndexesOf(engine).values()) {
    const original = miniSearch.score;
    miniSearch.score = (terms, fieldBoosts) => {
      calls++;
      const start = process.hrtime.bigint();
      try {
        return original.call(miniSearch, terms, fieldBoosts);
      } finally {
        insideMs += elapsedMs(start);
      }
    };
    // The instance had no `score` of its own: deleting the wrapper brings back the prototype's.
    restore.push(() => Reflect.deleteProperty(miniSearch, "score"));
  }
  let totalMs = 0;
  let answers = 0;
  try {
    const started = process.hrtime.bigint();
    for (let round = 0; round < plan.overheadRounds && (round === 0 || elapsedMs(started) < plan.overheadBudgetMs / 2); round++) {
      for (const question of questions) {
        const start = process.hrtime.bigint();
        engine.answer(question.q, { lang: question.lang });
        totalMs += elapsedMs(start);
        answers++;
      }
    }
  } finally {
    for (const undo of restore) undo();
  }
  return { calls, answers, insideMs, totalMs };
}

/**
 * Latency rounds. Garbage-collection pauses are recorded alongside (a
 * PerformanceObserver on "gc"), so the tail can be split into calls a
 * pause interrupted and calls that were slow on their own.
 */
async function latencyRounds(engine: Engine, questions: readonly Question[], plan: Plan) {
  const timings: number[] = [];
  /** Start and end of each call on the performance timeline, to match against GC pauses. */
  const spans: [number, number][] = [];
  const perQuestion = questions.map((): number[] => []);
  const gcEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const roundStart = process.hrtime.bigint();
  let rounds = 0;
  const wanted = Math.ceil(plan.samples / questions.length);
  // Stop early when the time budget runs out, but always take at least three rounds.
  while (rounds < wanted && (rounds < 3 || elapsedMs(roundStart) < plan.latencyBudgetMs)) {
    questions.forEach((question, index) => {
      const from = performance.now();
      const start = process.hrtime.bigint();
      engine.answer(question.q, { lang: question.lang });
      const took = elapsedMs(start);
      spans.push([from, performance.now()]);
      timings.push(took);
      perQuestion[index]?.push(took);
    });
    rounds++;
  }
  const roundsMs = elapsedMs(roundStart);
  // Node queues GC entries for the event loop: let it turn so they arrive.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  gcEntries.push(...observer.takeRecords());
  observer.disconnect();
  const pauses = gcEntries.map((entry) => [entry.startTime, entry.startTime + entry.duration] as const).sort((a, b) => a[0] - b[0]);
  const interrupted = new Set<number>();
  let next = 0;
  spans.forEach(([from, to], call) => {
    while (next < pauses.length && (pauses[next]?.[1] ?? Infinity) < from) next++;
    for (let pause = next; pause < pauses.length && (pauses[pause]?.[0] ?? Infinity) <= to; pause++) interrupted.add(call);
  });
  const pauseMs = pauses.map(([from, to]) => to - from);
  return {
    summary: summarise(timings),
    withoutGc: summarise(timings.filter((_, call) => !interrupted.has(call))),
    gc: { pauses: pauses.length, totalMs: pauseMs.reduce((sum, value) => sum + value, 0), maxMs: Math.max(0, ...pauseMs), share: pauseMs.reduce((sum, value) => sum + value, 0) / roundsMs, interruptedCalls: interrupted.size },
    perQuestion: perQuestion.map(median),
  };
}

/** The engine's search options, less its query-side tokenizer: a bare search hands MiniSearch the question as typed. */
const BARE_SEARCH_OPTIONS: SearchOptions = {
  boost: QUERY_OPTIONS.boost,
  fuzzy: QUERY_OPTIONS.fuzzy,
  prefix: QUERY_OPTIONS.prefix,
  combineWith: QUERY_OPTIONS.combineWith,
};

/** Bare searches run before timing them, so their tokenizer path is compiled too. */
const BARE_WARM_UP_SEARCHES = 50;

function overheadRounds(engine: Engine, questions: readonly Question[], plan: Plan) {
  const indexes = searchIndexesOf(engine);
  const searched = questions.flatMap((question) => {
    const index: MiniSearch<SearchDocument> | undefined = indexes.get(question.lang)?.search;
    return index === undefined ? [] : [{ ...question, index }];
  });
  for (const question of searched.slice(0, BARE_WARM_UP_SEARCHES)) question.index.search(question.q, BARE_SEARCH_OPTIONS);
  let answerTotalMs = 0;
  let bareTotalMs = 0;
  const bare: number[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < plan.overheadRounds && (round === 0 || elapsedMs(started) < plan.overheadBudgetMs); round++) {
    let start = process.hrtime.bigint();
    for (const question of searched) engine.answer(question.q, { lang: question.lang });
    answerTotalMs += elapsedMs(start);
    for (const question of searched) {
      start = process.hrtime.bigint();
      question.index.search(question.q, BARE_SEARCH_OPTIONS);
      const took = elapsedMs(start);
      bare.push(took);
      bareTotalMs += took;
    }
  }
  return { answerTotalMs, bareTotalMs, ratio: answerTotalMs / bareTotalMs, bare: summarise(bare) };
}

function report(figures: readonly ScaleFigures[], questions: readonly Question[], plan: Plan, options: BenchOptions): SectionReport {
  const base = figures[0];
  if (base === undefined) throw new Error("no scale was measured");
  const label = (f: ScaleFigures) => (f.scale === 1 ? "real ×1" : `×${f.scale}`);
  const withGrowth = (f: ScaleFigures, value: number, of: number, format: (value: number) => string) => {
    const change = growth(value, of, f.scale === 1);
    return change === "" ? format(value) : `${format(value)} (${change})`;
  };

  const corpus: Table = {
    title: "Engine — corpus",
    columns: ["corpus", "sources", "facts", "quotes", "agreements", "indexed docs", "YAML"],
    rows: figures.map((f) => [
      label(f),
      String(f.records.sources),
      String(f.records.facts),
      String(f.records.quotes),
      String(f.records.agreements),
      String(f.records.indexed),
      mb(f.yamlBytes),
    ]),
    notes: ["×N: N times the real sources, facts and quotes (generated treaty-like records added to the real ones); agreements, tallies, events unchanged."],
  };

  const cold: Table = {
    title: `Engine — cold start: loadEngine() in a fresh process (median of ${figures.map((f) => f.cold.runsMs.length).join(" / ")} processes)`,
    columns: ["corpus", "cold start", "read+validate", "lang packs", "index", "in-process rebuild", "heap after load", "engine heap", "heap, all languages", "RSS", "1st answer", "1st typo", `1st ${OTHER_LANGUAGE.lang}`],
    rows: figures.map((f) => [
      label(f),
      withGrowth(f, f.cold.medianMs, base.cold.medianMs, ms),
      ms(f.cold.phases.datasetMs),
      ms(f.cold.phases.packsMs),
      ms(f.cold.phases.indexMs),
      ms(f.createEngineMs),
      withGrowth(f, f.cold.heapAfter, base.cold.heapAfter, mb),
      withGrowth(f, f.cold.engineHeap, base.cold.engineHeap, mb),
      mb(f.cold.heapAllLangs),
      mb(f.cold.rss),
      ms(f.cold.firstAnswerMs),
      ms(f.cold.firstTypoMs),
      ms(f.cold.firstOtherLangMs),
    ]),
    notes: [
      "cold start = read + parse YAML + validate (zod, integrity) + language packs + registry + the default language's search index and matchers.",
      `  Not included: the process starting (Node + tsx: a median ${ms(base.cold.startupMs)})`,
      `  and importing the engine's modules through tsx (a median ${ms(base.cold.importMs)} more; tsx transpiles them on first use).`,
      "read+validate / lang packs / index: the same steps timed one by one in one of those processes (loadDataset, loadLanguagePacks, createEngine).",
      "in-process rebuild: createEngine(dataset) in the bench process (warm JIT, no reading or validation; the default language's index).",
      "heap after load: V8 heap in use after a full GC (--expose-gc); engine heap: the growth of it across the load;",
      `  heap, all languages: the same once the ${OTHER_LANGUAGE.lang} question below has built that language's index too.`,
      "1st answer: the process's first answer() (registry); 1st typo: the next, with a typo, which builds the typo lexicon on first use;",
      `1st ${OTHER_LANGUAGE.lang}: the next, in ${OTHER_LANGUAGE.lang}: start-up builds the default language's index and matchers, the others' on their first question.`,
    ],
  };

  const latency: Table = {
    title: `Engine — answer() latency: ${questions.length} evaluation questions, rounds after ≥ ${plan.warmUpMs} ms of warm-up`,
    columns: ["corpus", "samples", "p50", "p90", "p99", "max", "mean", "p99 w/o GC", "GC pauses: n, Σ, max", "answered / no_answer / rejected"],
    rows: figures.map((f) => [
      label(f),
      String(f.latency.samples),
      withGrowth(f, f.latency.p50, base.latency.p50, ms),
      ms(f.latency.p90),
      withGrowth(f, f.latency.p99, base.latency.p99, ms),
      ms(f.latency.max),
      withGrowth(f, f.latency.mean, base.latency.mean, ms),
      ms(f.latencyWithoutGc.p99),
      `${f.gc.pauses}, ${ms(f.gc.totalMs)}, ${ms(f.gc.maxMs)}`,
      `${f.statuses.answered} / ${f.statuses.no_answer} / ${f.statuses.rejected}`,
    ]),
    notes: [
      "each call timed with process.hrtime.bigint(); p50 … mean include garbage-collection pauses, as a user would feel them;",
      "p99 w/o GC leaves out the calls a GC pause (PerformanceObserver \"gc\") overlapped; GC pauses: those during the latency rounds.",
    ],
  };

  const overhead: Table = {
    title: `Engine — overhead: Σ answer() ÷ Σ bare MiniSearch.search(), same index, same questions (${plan.overheadRounds} interleaved rounds)`,
    columns: ["corpus", "Σ answer()", "Σ bare search", "ratio", "bare p50", "bare p99", "searches / answer", "answer() in its searches", "answer() ÷ its searches"],
    rows: figures.map((f) => [
      label(f),
      ms(f.overhead.answerTotalMs),
      ms(f.overhead.bareTotalMs),
      ratio(f.overhead.ratio),
      ms(f.overhead.bare.p50),
      ms(f.overhead.bare.p99),
      f.overhead.searchesPerAnswer.toFixed(2),
      `${(100 * f.overhead.searchShare).toFixed(0)} %`,
      ratio(1 / f.overhead.searchShare),
    ]),
    notes: [
      "bare search: the engine's own MiniSearch index, its field boosts, fuzzy and prefix off, OR; the index's tokenizer and stemmer read the question.",
      "answer() in its searches: share of answer() time spent scoring the index (instrumented rounds; RankedIndex.score, MiniSearch's scoring",
      "  without building a result per match); the rest is the engine's own work",
      "  (intent, typo correction, registry, re-ranking, composing); answer() ÷ its searches is the stricter ratio: all of answer() over its own searches.",
    ],
  };

  const largest = figures.at(-1) ?? base;
  const slowestOrder = largest.perQuestionMs
    .map((value, index) => ({ value, index }))
    .sort((a, b) => b.value - a.value)
    .slice(0, SLOWEST_SHOWN);
  const slowest: Table = {
    title: `Engine — slowest questions at ${label(largest)} (median per question)`,
    columns: ["question", "tag", ...figures.map(label)],
    rows: slowestOrder.map(({ index }) => [
      truncate(questions[index]?.q ?? "", 60),
      questions[index]?.tag ?? "",
      ...figures.map((f) => ms(f.perQuestionMs[index] ?? Number.NaN)),
    ]),
  };

  const targets: TargetCheck[] = [
    { name: "answer() p99, real corpus", target: `≤ ${TARGETS.p99RealMs} ms`, figure: ms(base.latency.p99), met: base.latency.p99 <= TARGETS.p99RealMs },
    {
      name: `answer() p99, ${label(largest)}`,
      target: `≤ ${TARGETS.p99LargestMs} ms`,
      figure: ms(largest.latency.p99),
      met: largest.latency.p99 <= TARGETS.p99LargestMs,
    },
    { name: "cold start, real corpus", target: `≤ ${TARGETS.coldStartRealMs} ms`, figure: ms(base.cold.medianMs), met: base.cold.medianMs <= TARGETS.coldStartRealMs },
    ...figures.map((f) => ({
      name: `overhead ratio, ${label(f)}`,
      target: `≤ ${TARGETS.overheadRatio}`,
      figure: ratio(f.overhead.ratio),
      met: f.overhead.ratio <= TARGETS.overheadRatio,
    })),
  ];

  return {
    section: "Engine",
    tables: [corpus, cold, latency, overhead, slowest],
    targets,
    data: { quick: options.quick, plan, targets: TARGETS, questions: questions.length, scales: figures },
  };
}

function truncate(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}
