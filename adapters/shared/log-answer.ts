/**
 * The one log line per answered question, alike on every platform:
 * platform, status, confidence and latency, plus what the adapter adds
 * (which command, which chat type). The question's text goes in only at
 * debug level: what users ask is theirs, not the operator's log's.
 */
import type { Answer } from "../../src/index.ts";
import type { Logger } from "./logger.ts";

export type PlatformName = "telegram" | "discord" | "console";

/** Per logger: whether it is bound to a platform. Bindings do not change here (nothing calls `setBindings`), and `bindings()` parses them anew on every call. */
const boundToPlatform = new WeakMap<Logger, boolean>();

function isBoundToPlatform(logger: Logger): boolean {
  let bound = boundToPlatform.get(logger);
  if (bound === undefined) {
    bound = logger.bindings().platform !== undefined;
    boundToPlatform.set(logger, bound);
  }
  return bound;
}

export function logAnswered(logger: Logger, platform: PlatformName, answer: Answer, latencyMs: number, details: Record<string, unknown> = {}): void {
  logger.info(
    {
      // A logger already bound to its platform (as start-up binds it) writes the field itself; pino would write it twice.
      ...(isBoundToPlatform(logger) ? {} : { platform }),
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
