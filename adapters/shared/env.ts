/**
 * The environment every entry point reads, validated once with zod.
 * A variable set to an empty string counts as unset (as in a `.env` file with `TELEGRAM_BOT_TOKEN=`).
 */
import { z } from "zod";

const unsetWhenEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(unsetWhenEmpty, z.string().trim().optional());

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
