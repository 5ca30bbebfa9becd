/**
 * What the Telegram and Discord path benchmarks share: 100 chats asking at
 * once, each asking again as soon as it has its answer, against the real bot
 * and against a bare one that sends a precomputed answer of the same size, on
 * identical fakes; rounds alternate between the two so drift in the machine's
 * load hits both alike. Reported: the time from an update's arrival to the
 * request carrying its answer, as a user waits for it, and the answers per
 * second beside what the platform lets a bot send.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEvalSets } from "../test/eval/eval-set.ts";
import type { BotKind } from "./fake-platform-server.ts";
import type { PlatformFakes } from "./platform-fakes.ts";
import { median, summarise, type Summary } from "./stats.ts";
import { ms, type BenchOptions, type SectionReport } from "./table.ts";

/** Chats waiting for an answer at any moment. */
export const CONCURRENT_CHATS = 100;

/**
 * Longest p99 wait for an answer: within a second a reply still feels like
 * the answer to what was just typed (Nielsen's 1-second limit), and a chat
 * message itself takes a few hundred milliseconds to arrive.
 */
export const WAIT_P99_TARGET_MS = 1000;

export interface PathPlan {
  /** Updates per round. */
  perRound: number;
  /** Timed rounds per bot (after one warm-up round each). */
  rounds: number;
  /** Updates in the warm-up round. */
  warmUp: number;
  /** Longest wait for one round to finish before the bench gives up. */
  roundTimeoutMs: number;
}

export const PATH_PLANS: Record<"full" | "quick", PathPlan> = {
  full: { perRound: 1000, rounds: 4, warmUp: 300, roundTimeoutMs: 60_000 },
  quick: { perRound: 400, rounds: 2, warmUp: 150, roundTimeoutMs: 60_000 },
};

/** What the platform lets a bot send, to state the throughput against. */
export interface SendLimit {
  perSecond: number;
  /** Where the limit comes from, for the table's notes. */
  what: string;
}

export interface PathFigures {
  /** Every timed update's milliseconds from its arrival to its answer's request. */
  latency: Record<BotKind, Summary>;
  /** Answers per second of each timed round. */
  rounds: Record<BotKind, number[]>;
  /** Median answers per second. */
  perSecond: Record<BotKind, number>;
}

let englishQuestions: string[] | undefined;

/** The English evaluation questions, repeated to `count`. */
export function benchQuestions(count: number): string[] {
  englishQuestions ??= loadEvalSets(join(fileURLToPath(new URL("..", import.meta.url)), "test", "eval"))
    .filter((set) => set.lang === "en")
    .flatMap((set) => set.questions.map((question) => question.q))
    .filter((question) => question.trim() !== "");
  const english = englishQuestions;
  return Array.from({ length: count }, (_, index) => english[index % english.length] ?? "When did Japan sign?");
}

/** Plays rounds against both bots in turn. */
export async function measurePaths(fakes: PlatformFakes, plan: PathPlan, progress: (line: string) => void): Promise<PathFigures> {
  const round = (bot: BotKind, count: number) => fakes.run(bot, benchQuestions(count), CONCURRENT_CHATS, plan.roundTimeoutMs);
  progress("warm-up round for each bot");
  await round("bare", plan.warmUp);
  await round("real", plan.warmUp);
  const latencies: Record<BotKind, number[]> = { real: [], bare: [] };
  const rounds: Record<BotKind, number[]> = { real: [], bare: [] };
  for (let index = 0; index < plan.rounds; index++) {
    progress(`round ${index + 1}/${plan.rounds}: ${plan.perRound} updates to each bot, ${CONCURRENT_CHATS} chats at a time`);
    // Alternate which bot goes first, so neither always runs on a machine the other just warmed or loaded.
    const order: BotKind[] = index % 2 === 0 ? ["bare", "real"] : ["real", "bare"];
    for (const bot of order) {
      const { latenciesMs, seconds } = await round(bot, plan.perRound);
      latencies[bot].push(...latenciesMs);
      rounds[bot].push(plan.perRound / seconds);
    }
  }
  return {
    latency: { real: summarise(latencies.real), bare: summarise(latencies.bare) },
    rounds,
    perSecond: { real: median(rounds.real), bare: median(rounds.bare) },
  };
}

/** The section's table and targets. */
export function pathReport(section: string, labels: Record<BotKind, string>, limit: SendLimit, figures: PathFigures, plan: PathPlan, options: BenchOptions, notes: string[]): SectionReport {
  const { latency, perSecond } = figures;
  const row = (bot: BotKind) => [labels[bot], ms(latency[bot].p50), ms(latency[bot].p90), ms(latency[bot].p99), ms(latency[bot].max), perSecond[bot].toFixed(0)];
  const addedP99 = latency.real.p99 - latency.bare.p99;
  return {
    section,
    tables: [
      {
        title: `${section} path: an update's arrival to its answer's request, ${CONCURRENT_CHATS} chats at once (${plan.rounds} rounds of ${plan.perRound} per bot, after a warm-up round)`,
        columns: ["bot", "p50", "p90", "p99", "max", "answers/s"],
        rows: [row("real"), row("bare"), ["added by Pact Desk", ms(latency.real.p50 - latency.bare.p50), "", ms(addedP99), "", ""]],
        notes: [
          ...notes,
          "time: from the fake making the update available to the bot's request carrying its answer reaching the fake (one clock, in the fakes' process);",
          `  each chat asks again once answered, so ${CONCURRENT_CHATS} updates are always waiting; answers/s: the median round's.`,
          `${limit.what}: ${limit.perSecond} a second.`,
        ],
      },
    ],
    targets: [
      { name: `${section}: p99 wait for an answer, ${CONCURRENT_CHATS} chats at once`, target: `≤ ${ms(WAIT_P99_TARGET_MS)}`, figure: ms(latency.real.p99), met: latency.real.p99 <= WAIT_P99_TARGET_MS },
      { name: `${section}: answers/s against the platform's send limit`, target: `≥ ${limit.perSecond}/s`, figure: `${perSecond.real.toFixed(0)}/s`, met: perSecond.real >= limit.perSecond },
    ],
    data: { quick: options.quick, plan, concurrentChats: CONCURRENT_CHATS, sendLimit: limit, ...figures },
  };
}
