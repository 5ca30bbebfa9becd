/**
 * Start-up (`npm start`): reads the environment, loads the engine once, then
 * starts every chat platform whose token is set, or the console chat when none is.
 * Malformed data stops start-up with the issues on stderr and exit code 1.
 * Under discord.js's `ShardingManager` (`npm run start:discord:sharded`) this
 * is each shard's process, and it runs the Discord bot only.
 */
import { startConsole } from "./console/chat.ts";
import type { Engine } from "../src/index.ts";
import { MemoryConversationStore, type ConversationStore } from "./shared/conversation-store.ts";
import { readEnv, type Env } from "./shared/env.ts";
import { createLogger, registerSecret, type Logger } from "./shared/logger.ts";
import { ConfigError } from "./shared/platform-config.ts";
import { openEngine } from "./shared/open-engine.ts";
import type { SharedRedis } from "./shared/redis.ts";

/**
 * Where the bots keep their state: one process's memory (a conversation store
 * all platforms share, keys starting with the platform's name), or Redis
 * shared by every process (`REDIS_URL`), where each bot makes its own stores
 * under its own namespace.
 */
type SharedState = { conversations: ConversationStore } | { redis: SharedRedis; conversationIdleMs: number };

/** A started platform: what it takes to stop it (every platform's `stop` can be called more than once). */
interface Running {
  stop(): Promise<unknown>;
}

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
  prepare(): Promise<(engine: Engine, logger: Logger, state: SharedState) => Promise<Running>>;
}

/** Whether this process is a shard that discord.js's `ShardingManager` started (it sets SHARDING_MANAGER). */
const isDiscordShard = process.env.SHARDING_MANAGER === "true";

const platforms: Platform[] = [
  {
    name: "discord",
    enabled: (env) => env.DISCORD_TOKEN !== undefined,
    async prepare() {
      const [{ runDiscordBot }, { loadDiscordConfig }] = await Promise.all([import("./discord/start.ts"), import("./discord/config.ts")]);
      const config = loadDiscordConfig();
      return (engine, logger, state) => runDiscordBot({ engine, config, logger, ...state });
    },
  },
  {
    name: "telegram",
    enabled: (env) => env.TELEGRAM_BOT_TOKEN !== undefined && !isDiscordShard,
    async prepare() {
      const [{ startTelegramFromEnv }, { loadTelegramConfig }] = await Promise.all([import("./telegram/start.ts"), import("./telegram/config.ts")]);
      const config = loadTelegramConfig();
      return (engine, logger, state) =>
        startTelegramFromEnv(engine, logger, config, "redis" in state ? state : { bot: { conversations: state.conversations } });
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
  const rootLogger = createLogger(env.LOG_LEVEL ?? (enabled.length === 0 ? "warn" : "info"));
  const logger = isDiscordShard ? rootLogger.child({ shard: Number(process.env.SHARDS) }) : rootLogger;

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
  const conversationIdleMs = env.CONVERSATION_IDLE_MINUTES * 60_000;
  const redis = env.REDIS_URL === undefined ? undefined : await connectRedis(env.REDIS_URL, env.REDIS_KEY_PREFIX, logger);
  const state: SharedState = redis ? { redis, conversationIdleMs } : { conversations: new MemoryConversationStore({ idleMs: conversationIdleMs }) };
  const running = await Promise.all(starters.map(({ name, start }) => start(engine, logger.child({ platform: name }), state)));
  // Each platform stops itself on these signals; then the Redis connection closes, and a shard lets go of its
  // manager's channel (either would keep the process alive).
  // A shard whose manager is gone (killed without stopping its shards) stops too, rather than serve on unmanaged.
  const orphaned = () => process.kill(process.pid, "SIGTERM");
  if (isDiscordShard) process.once("disconnect", orphaned);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () =>
      void Promise.allSettled(running.map((platform) => platform.stop()))
        .then(() => redis?.close())
        .then(() => {
          process.off("disconnect", orphaned);
          if (process.connected) process.disconnect();
        }),
    );
  }
  return 0;
}

/** Connects to the shared Redis (loaded only when configured); start-up goes on without it if it is down. */
async function connectRedis(url: string, keyPrefix: string, logger: Logger): Promise<SharedRedis> {
  const { SharedRedis } = await import("./shared/redis.ts");
  const redis = await SharedRedis.connect({ url, keyPrefix, logger });
  logger.info({ redis: redis.address, up: redis.isUp, keyPrefix }, "shared state in Redis");
  return redis;
}

process.exitCode = await main();
