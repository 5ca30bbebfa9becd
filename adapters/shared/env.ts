/**
 * The environment every entry point reads, validated once with zod.
 * A variable set to an empty string counts as unset (as in a `.env` file with `TELEGRAM_BOT_TOKEN=`).
 */
import { z } from "zod";

const unsetWhenEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(unsetWhenEmpty, z.string().trim().optional());

/** What every Redis key starts with unless `REDIS_KEY_PREFIX` says otherwise. */
export const DEFAULT_REDIS_KEY_PREFIX = "pact-desk:";

/** The longest idle time accepted: a week, in minutes. */
const MAX_IDLE_MINUTES = 7 * 24 * 60;

export const EnvSchema = z.object({
  /** Telegram bot token from BotFather; when set, `npm start` runs the Telegram bot. */
  TELEGRAM_BOT_TOKEN: optionalText,
  /** Discord bot token; when set, `npm start` runs the Discord bot. */
  DISCORD_TOKEN: optionalText,
  /** Directory holding the corpus YAML files. Defaults to the repository's `data/`. */
  PACT_DESK_DATA_DIR: optionalText,
  /** pino log level. Defaults to "info" for bots and "warn" for the console, whose stderr is the user's terminal. */
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  ),
  /**
   * How long the bots remember a conversation after its last question, in minutes (fractions allowed), so a
   * follow-up such as "and France?" continues it. Default 30.
   */
  CONVERSATION_IDLE_MINUTES: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "must be a number of minutes" })
      .positive("must be more than 0")
      .max(MAX_IDLE_MINUTES, `must be at most ${MAX_IDLE_MINUTES} (a week)`)
      .default(30),
  ),
  /**
   * Redis shared by every instance of the bots (`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS).
   * Unset: each process keeps its own state in memory (and Telegram's handled updates in a file), as one process needs.
   */
  REDIS_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379" }).optional()),
  /** Put before every Redis key, so several deployments can share one Redis. Default "pact-desk:". */
  REDIS_KEY_PREFIX: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "must be 1–64 characters from A–Z, a–z, 0–9 and _ . : -")
      .default(DEFAULT_REDIS_KEY_PREFIX),
  ),
});
export type Env = z.infer<typeof EnvSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Validates the environment; on failure the message names each bad variable (never its value). */
export function readEnv(source: NodeJS.ProcessEnv = process.env): EnvResult {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  return { ok: false, message: `Invalid environment:\n${lines.join("\n")}` };
}
