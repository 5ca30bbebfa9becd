/**
 * The environment every entry point reads, validated once with zod.
 * A variable set to an empty string counts as unset (as in a `.env` file with `TELEGRAM_BOT_TOKEN=`).
 */
import { z } from "zod";

const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().optional());

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
