/**
 * What the Telegram and Discord path benchmarks share: rounds of questions
 * delivered at once to the real bot and to a bare one on identical fakes,
 * alternating so drift in the machine's load hits both alike, and the
 * report of updates per second and their ratio.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Engine } from "../src/index.ts";
import { loadEvalSets } from "../test/eval/eval-set.ts";
import type { BotKind } from "./fake-platform-server.ts";
import type { Completions, PlatformFakes } from "./platform-fakes.ts";
import { median } from "./stats.ts";
import { ms, ratio, type BenchOptions, type SectionReport, type TargetCheck } from "./table.ts";

/** Issue #5: each bot path at least this share of its bare baseline's throughput. */
export const BOT_PATH_TARGET = 0.8;

export interface PathPlan {
  /** Updates delivered at once per round. */
  perRound: number;
  /** Timed rounds per bot (after one warm-up round each). */
  rounds: number;
  /** Updates in the warm-up round. */
  warmUp: number;
  /** Longest wait for one round to finish before the bench gives up. */
  roundTimeoutMs: number;
}

export const PATH_PLANS: Record<"full" | "quick", PathPlan> = {
  full: { perRound: 400, rounds: 5, warmUp: 150, roundTimeoutMs: 60_000 },
  quick: { perRound: 150, rounds: 3, warmUp: 60, roundTimeoutMs: 60_000 },
};

export interface PathFigures {
  /** Updates per second of each timed round. */
  rounds: Record<BotKind, number[]>;
  /** Median updates per second. */
  perSecond: Record<BotKind, number>;
  /** Median milliseconds of CPU time per update in the bots' process and in the fakes' process. */
  cpuPerUpdate: Record<BotKind, { bot: number; fake: number }>;
  /** Median milliseconds per update the real bot spent inside the engine's methods. */
  enginePerUpdate: number;
  /** Real ÷ bare. */
  ratio: number;
}

let englishQuestions: string[] | undefined;

/** The English evaluation questions, repeated to `count`. Read once: parsing the tables before every round left garbage for the round's GC. */
export function benchQuestions(count: number): string[] {
  englishQuestions ??= loadEvalSets(join(fileURLToPath(new URL("..", import.meta.url)), "test", "eval"))
    .filter((set) => set.lang === "en")
    .flatMap((set) => set.questions.map((question) => question.q))
    .filter((question) => question.trim() !== "");
  const english = englishQuestions;
  return Array.from({ length: count }, (_, index) => english[index % english.length] ?? "When did Japan sign?");
}

/** The engine with its methods timed: the real bot's time in the engine, apart from the adapter's own. */
export class TimedEngine {
  readonly engine: Engine;
  #ms = 0;

  constructor(inner: Engine) {
    const timed = <A extends unknown[], R>(method: (...args: A) => R) => (...args: A): R => {
      const start = process.hrtime.bigint();
      try {
        return method(...args);
      } finally {
        this.#ms += Number(process.hrtime.bigint() - start) / 1e6;
      }
    };
    this.engine = {
      ...inner,
      answer: timed(inner.answer),
      agreement: timed(inner.agreement),
      quotes: timed(inner.quotes),
      sources: timed(inner.sources),
      about: timed(inner.about),
      partners: timed(inner.partners),
    };
  }

  /** Milliseconds spent in the engine so far. */
  get ms(): number {
    return this.#ms;
  }
}

/**
 * Delivers rounds to both bots in turn and times each until every update of
 * it has finished (`completions[bot]` counts them).
 */
export async function measurePaths(
  fakes: PlatformFakes,
  completions: Record<BotKind, Completions>,
  engine: TimedEngine,
  plan: PathPlan,
  progress: (line: string) => void,
): Promise<PathFigures> {
  const cpu: Record<BotKind, { bot: number[]; fake: number[] }> = { real: { bot: [], fake: [] }, bare: { bot: [], fake: [] } };
  const engineMs: number[] = [];
  const round = async (bot: BotKind, count: number): Promise<number> => {
    const questions = benchQuestions(count);
    const fakeCpuBefore = await fakes.cpuMs();
    const finished = completions[bot].waitFor(count, plan.roundTimeoutMs);
    const botCpuBefore = process.cpuUsage();
    const engineBefore = engine.ms;
    const start = process.hrtime.bigint();
    await fakes.deliver(bot, questions);
    await finished;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const botCpu = process.cpuUsage(botCpuBefore);
    cpu[bot].bot.push((botCpu.user + botCpu.system) / 1000 / count);
    cpu[bot].fake.push(((await fakes.cpuMs()) - fakeCpuBefore) / count);
    if (bot === "real") engineMs.push((engine.ms - engineBefore) / count);
    return count / seconds;
  };
  progress("warm-up round for each bot");
  await round("bare", plan.warmUp);
  await round("real", plan.warmUp);
  for (const figures of Object.values(cpu)) {
    figures.bot.length = 0;
    figures.fake.length = 0;
  }
  engineMs.length = 0;
  const rounds: Record<BotKind, number[]> = { real: [], bare: [] };
  for (let index = 0; index < plan.rounds; index++) {
    progress(`round ${index + 1}/${plan.rounds}: ${plan.perRound} updates to each bot`);
    // Alternate which bot goes first, so neither always runs on a machine the other just warmed or loaded.
    const order: BotKind[] = index % 2 === 0 ? ["bare", "real"] : ["real", "bare"];
    for (const bot of order) rounds[bot].push(await round(bot, plan.perRound));
  }
  const perSecond = { real: median(rounds.real), bare: median(rounds.bare) };
  const cpuPerUpdate = {
    real: { bot: median(cpu.real.bot), fake: median(cpu.real.fake) },
    bare: { bot: median(cpu.bare.bot), fake: median(cpu.bare.fake) },
  };
  return { rounds, perSecond, cpuPerUpdate, enginePerUpdate: median(engineMs), ratio: perSecond.real / perSecond.bare };
}

/** The section's table and target. `what` names the unit ("updates", "interactions"). */
export function pathReport(section: string, what: string, labels: Record<BotKind, string>, figures: PathFigures, plan: PathPlan, options: BenchOptions, notes: string[]): SectionReport {
  const row = (bot: BotKind) => [
    labels[bot],
    figures.perSecond[bot].toFixed(0),
    `${Math.min(...figures.rounds[bot]).toFixed(0)} – ${Math.max(...figures.rounds[bot]).toFixed(0)}`,
    ms(1000 / figures.perSecond[bot]),
    ms(figures.cpuPerUpdate[bot].bot),
    bot === "real" ? ms(figures.enginePerUpdate) : "",
    ms(figures.cpuPerUpdate[bot].fake),
  ];
  const target: TargetCheck = {
    name: `${section} path ÷ bare baseline`,
    target: `≥ ${BOT_PATH_TARGET}`,
    figure: ratio(figures.ratio),
    met: figures.ratio >= BOT_PATH_TARGET,
  };
  return {
    section,
    tables: [
      {
        title: `${section} path: ${what} per second, ${plan.rounds} rounds of ${plan.perRound} delivered at once (median, after a warm-up round)`,
        columns: ["bot", `${what}/s`, "rounds' range", `time per ${what.replace(/s$/, "")}`, "CPU: bot process", "of it in the engine", "CPU: fake process"],
        rows: [row("real"), row("bare"), ["ratio real ÷ bare", ratio(figures.ratio), "", "", "", "", ""]],
        notes: [
          ...notes,
          "CPU: milliseconds of CPU time (user + system, all threads) per update in the bots' process and in the fake servers' process (medians);",
          "  of it in the engine: wall time inside the engine's methods (answer(), …) per update.",
        ],
      },
    ],
    targets: [target],
    data: { quick: options.quick, plan, ...figures },
  };
}
