/**
 * Start-up (`npm start`): reads the environment, loads the engine once, then
 * starts every chat platform whose token is set, or the console chat when none is.
 * Malformed data stops start-up with the issues on stderr and exit code 1.
 */
import { startConsole } from "./console/chat.ts";
import type { Engine } from "../src/index.ts";
import { MemoryConversationStore, type ConversationStore } from "./shared/conversation-store.ts";
import { readEnv, type Env } from "./shared/env.ts";
import { createLogger, registerSecret, type Logger } from "./shared/logger.ts";
import { ConfigError } from "./shared/platform-config.ts";
import { openEngine } from "./shared/open-engine.ts";

/**
 * A chat platform: one entry per adapter. Each imports its adapter lazily, so the
 * console does not pay for loading discord.js and grammY it will not use.
 */
interface Platform {
  name: string;
  /** Whether the environment asks for this platform (its token is set). */
  enabled(env: Env): boolean;
  /**
   * Reads and validates the platform's own variables (throws `ConfigError`) and
   * returns the function that starts serving. Every enabled platform is
   * prepared before any starts, so one bad variable never leaves half the bots running.
   */
  prepare(): Promise<(engine: Engine, logger: Logger, conversations: ConversationStore) => Promise<unknown>>;
}

const platforms: Platform[] = [
  {
    name: "discord",
    enabled: (env) => env.DISCORD_TOKEN !== undefined,
    async prepare() {
      const [{ runDiscordBot }, { loadDiscordConfig }] = await Promise.all([import("./discord/start.ts"), import("./discord/config.ts")]);
      const config = loadDiscordConfig();
      return (engine, logger, conversations) => runDiscordBot({ engine, config, logger, conversations });
    },
  },
  {
    name: "telegram",
    enabled: (env) => env.TELEGRAM_BOT_TOKEN !== undefined,
    async prepare() {
      const [{ startTelegramFromEnv }, { loadTelegramConfig }] = await Promise.all([import("./telegram/start.ts"), import("./telegram/config.ts")]);
      const config = loadTelegramConfig();
      return (engine, logger, conversations) => startTelegramFromEnv(engine, logger, config, { bot: { conversations } });
    },
  },
];

async function main(): Promise<number> {
  const parsed = readEnv();
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 1;
  }
  const { env } = parsed;
  registerSecret(env.TELEGRAM_BOT_TOKEN);
  registerSecret(env.DISCORD_TOKEN);

  const enabled = platforms.filter((platform) => platform.enabled(env));
  // The console's stderr is the user's terminal, so it logs only warnings unless LOG_LEVEL says otherwise.
  const logger = createLogger(env.LOG_LEVEL ?? (enabled.length === 0 ? "warn" : "info"));

  const prepared = await Promise.allSettled(enabled.map(async (platform) => ({ name: platform.name, start: await platform.prepare() })));
  const failures = prepared.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  if (failures.length > 0) {
    const unexpected = failures.find((error) => !(error instanceof ConfigError));
    if (unexpected !== undefined) throw unexpected;
    // Every platform's problems at once, so one run shows everything to fix.
    for (const error of failures as ConfigError[]) process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const starters = prepared.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));

  const opened = openEngine(env.PACT_DESK_DATA_DIR, logger);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  const { engine } = opened;
  logger.info({ agreements: engine.dataset.agreements.length, asOf: engine.asOf }, "engine loaded");

  if (starters.length === 0) {
    const stop = new AbortController();
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
    await startConsole(engine, { logger, signal: stop.signal });
    return 0;
  }
  // Follow-up questions: every bot keeps its conversations in this one store (keys start with the platform's name).
  // A store shared by several processes (Redis) is created here instead.
  const conversations = new MemoryConversationStore({ idleMs: env.CONVERSATION_IDLE_MINUTES * 60_000 });
  await Promise.all(starters.map(({ name, start }) => start(engine, logger.child({ platform: name }), conversations)));
  return 0;
}

process.exitCode = await main();
