/**
 * `npm run start:discord:sharded`: the Discord bot under discord.js's
 * `ShardingManager`, each shard in a process of its own (`npm start`'s entry,
 * which in a shard runs the Discord bot only), all of them sharing Redis
 * (`REDIS_URL`) so that a button works whichever shard receives the click.
 *
 * How many shards: `DISCORD_SHARDS`, or "auto" (the default) for the number
 * Discord recommends in `GET /gateway/bot` (asked of `DISCORD_API_ROOT` when
 * set). Shards start as fast as Discord allows: in waves of
 * `max_concurrency` (each wave's shards are in different identify buckets),
 * one wave per 5 seconds. A shard that dies is started again; SIGINT or SIGTERM stops
 * every shard gracefully, then the manager.
 */
import { once } from "node:events";
import { extname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { ShardingManager, type Shard } from "discord.js";
import { z } from "zod";
import { readEnv } from "../shared/env.ts";
import { createLogger, registerSecret, type Logger } from "../shared/logger.ts";
import { ConfigError, describeProblems } from "../shared/platform-config.ts";
import { loadDiscordConfig, type DiscordConfig } from "./config.ts";

/**
 * Each shard runs the ordinary entry point, the `main` module beside this one's folder with this module's
 * extension (main.ts under tsx, main.js or main.mjs where the adapters are compiled); discord.js tells
 * it which shard it is (SHARDS, SHARD_COUNT).
 */
const SHARD_ENTRY = fileURLToPath(new URL(`../main${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
/** Discord's identify window: `max_concurrency` shards may connect per this many ms (plus a margin). */
const IDENTIFY_WINDOW_MS = 5_500;
/** How long a starting shard may take to be ready (it loads the engine first). */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** How long a stopping shard may take before it is killed. */
const STOP_GRACE_MS = 10_000;
const DISCORD_API = "https://discord.com/api";

const ShardingEnvSchema = z.object({
  /** How many shards to run: "auto" (Discord's recommendation) or a number. Default "auto". */
  DISCORD_SHARDS: z
    .preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z
        .string()
        .trim()
        .regex(/^(auto|[1-9]\d{0,4})$/, 'must be "auto" or a number of shards such as 4')
        .default("auto"),
    )
    .transform((value) => (value === "auto" ? "auto" : Number(value))),
});

/** Reads `DISCORD_SHARDS`; throws `ConfigError` naming it (never its value) when malformed. */
export function loadShardCount(env: NodeJS.ProcessEnv = process.env): number | "auto" {
  const parsed = ShardingEnvSchema.safeParse({ DISCORD_SHARDS: env.DISCORD_SHARDS }, { reportInput: false });
  if (!parsed.success) throw new ConfigError("Discord", describeProblems(parsed.error));
  return parsed.data.DISCORD_SHARDS;
}

interface GatewayBot {
  shards: number;
  maxConcurrency: number;
}

/** Discord's (or the configured API's) recommendation: how many shards, and how many may identify at once. */
async function fetchGatewayBot(config: Pick<DiscordConfig, "token" | "apiRoot">): Promise<GatewayBot> {
  const response = await fetch(`${config.apiRoot ?? DISCORD_API}/v10/gateway/bot`, { headers: { Authorization: `Bot ${config.token}` } });
  if (response.status === 401) throw new Error("Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token");
  if (!response.ok) throw new Error(`GET /gateway/bot answered ${response.status}`);
  const body = (await response.json()) as { shards?: unknown; session_start_limit?: { max_concurrency?: unknown } };
  const shards = Number(body.shards);
  const maxConcurrency = Number(body.session_start_limit?.max_concurrency);
  return { shards: shards >= 1 ? shards : 1, maxConcurrency: maxConcurrency >= 1 ? maxConcurrency : 1 };
}

/** Spawns every shard; resolves with the manager once each is ready. */
export async function startShardedDiscord(config: DiscordConfig, shards: number | "auto", logger: Logger): Promise<ShardingManager> {
  registerSecret(config.token);
  const gateway = await fetchGatewayBot(config);
  const totalShards = shards === "auto" ? gateway.shards : shards;
  const manager = new ShardingManager(SHARD_ENTRY, { token: config.token, totalShards, mode: "process", execArgv: process.execArgv });
  manager.on("shardCreate", (shard: Shard) => {
    logger.info({ shard: shard.id, totalShards }, "starting a Discord shard");
    shard.on("death", () => logger.warn({ shard: shard.id }, "a Discord shard exited; starting it again"));
  });
  // discord.js's own `spawn` starts one shard at a time, each after the last is ready, however many Discord allows at once.
  const ids = [...Array(totalShards).keys()];
  for (let first = 0; first < totalShards; first += gateway.maxConcurrency) {
    const wave = ids.slice(first, first + gateway.maxConcurrency).map((id) => manager.createShard(id).spawn(SHARD_READY_TIMEOUT_MS));
    const last = first + gateway.maxConcurrency >= totalShards;
    await Promise.all([...wave, ...(last ? [] : [sleep(IDENTIFY_WINDOW_MS)])]);
  }
  logger.info({ totalShards }, "every Discord shard is ready");
  return manager;
}

/** Stops every shard (SIGTERM: each stops gracefully), killing one that takes longer than the grace period. */
export async function stopShards(manager: ShardingManager): Promise<void> {
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      shard.kill();
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}

async function main(): Promise<number> {
  const parsed = readEnv();
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 1;
  }
  let config: DiscordConfig;
  let shards: number | "auto";
  try {
    config = loadDiscordConfig();
    shards = loadShardCount();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  registerSecret(config.token);
  const logger = createLogger(parsed.env.LOG_LEVEL ?? "info").child({ platform: "discord" });
  if (parsed.env.REDIS_URL === undefined) logger.warn("REDIS_URL is not set: each shard keeps its own state, and a button works only on the shard that made it");
  if (parsed.env.TELEGRAM_BOT_TOKEN !== undefined) logger.warn("TELEGRAM_BOT_TOKEN is ignored here: shards run the Discord bot only (start Telegram with npm start)");
  const manager = await startShardedDiscord(config, shards, logger);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "stopping every Discord shard");
      void stopShards(manager).then(() => process.exit(0));
    });
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
