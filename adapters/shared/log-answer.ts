/**
 * The one log line per answered question, alike on every platform:
 * platform, status, confidence and latency, plus what the adapter adds
 * (which command, which chat type). The question's text goes in only at
 * debug level: what users ask is theirs, not the operator's log's.
 */
import type { Answer } from "../../src/index.ts";
import type { Logger } from "./logger.ts";

export type PlatformName = "telegram" | "discord" | "console";

export function logAnswered(logger: Logger, platform: PlatformName, answer: Answer, latencyMs: number, details: Record<string, unknown> = {}): void {
  logger.info(
    {
      // A logger already bound to its platform (as start-up binds it) writes the field itself; pino would write it twice.
      ...(logger.bindings().platform === undefined ? { platform } : {}),
      ...details,
      status: answer.status,
      intent: answer.intent,
      confidence: answer.confidence,
      lang: answer.lang,
      latencyMs: Math.round(latencyMs),
      ...(logger.isLevelEnabled("debug") ? { question: answer.question } : {}),
    },
    "answered",
  );
}
