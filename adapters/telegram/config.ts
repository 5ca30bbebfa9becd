/**
 * The Telegram adapter's configuration, read from the environment and checked
 * with zod. Error messages name the variable and what is wrong with it and
 * never repeat a value: the token must not reach a terminal or a log.
 */
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { ConfigError, describeProblems, pickVariables } from "../shared/platform-config.ts";

const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL such as ${example}` }).transform((url) => url.replace(/\/+$/, ""));

export const TelegramEnvSchema = z.object({
  /** The bot token from BotFather (`/newbot`). Required. */
  TELEGRAM_BOT_TOKEN: z
    .string({ error: "is not set" })
    .trim()
    .min(1, "is empty")
    // The token becomes a URL path segment (`/bot<token>/method`), so spaces and slashes can only be a paste error.
    .refine((value) => !/[\s/]/.test(value), "must not contain spaces or slashes (paste the token exactly as BotFather gives it)"),
  /** A Bot API server to use instead of https://api.telegram.org, e.g. a self-hosted `telegram-bot-api`. Unset means Telegram's. */
  TELEGRAM_API_ROOT: httpUrl("http://127.0.0.1:8081").optional(),
  /** The public URL Telegram should POST updates to. Set → webhook mode; unset → long polling. */
  TELEGRAM_WEBHOOK_URL: httpUrl("https://bot.example.org/telegram").optional(),
  /** Sent by Telegram in `X-Telegram-Bot-Api-Secret-Token` with every webhook call; required in webhook mode. */
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters from A–Z, a–z, 0–9, _ and -")
    .optional(),
  /** The port the webhook server listens on (webhook mode only). Defaults to 8080. */
  PORT: z.coerce.number({ error: "must be a port number" }).int("must be a whole number").min(0, "must be 0–65535").max(65535, "must be 0–65535").default(8080),
  /** File that remembers handled update ids across restarts. Defaults to a file in the OS temp directory named after the bot. */
  TELEGRAM_DEDUPE_FILE: z.string().trim().min(1).optional(),
});

export interface TelegramWebhookConfig {
  /** Public URL registered with `setWebhook`; its path is the one the server answers on. */
  url: string;
  /** Expected `X-Telegram-Bot-Api-Secret-Token` header value. */
  secret: string;
  /** Local port of the HTTP server; 0 picks a free one. */
  port: number;
}

export interface TelegramConfig {
  token: string;
  /** Undefined means Telegram's own Bot API server. */
  apiRoot?: string;
  /** Undefined means long polling. */
  webhook?: TelegramWebhookConfig;
  /** Where handled update ids are kept across restarts. */
  dedupeFile: string;
}

export class TelegramConfigError extends ConfigError {
  override readonly name = "TelegramConfigError";
  constructor(problems: string[]) {
    super("Telegram", problems);
  }
}

/**
 * Reads and validates the Telegram variables; throws `TelegramConfigError`
 * listing every problem at once. Empty strings count as unset for the
 * optional variables.
 */
export function loadTelegramConfig(env: NodeJS.ProcessEnv = process.env): TelegramConfig {
  const input = pickVariables(TelegramEnvSchema, env, "TELEGRAM_BOT_TOKEN");
  const parsed = TelegramEnvSchema.safeParse(input, { reportInput: false });
  const problems = parsed.success ? [] : describeProblems(parsed.error);
  // Checked by hand rather than with a refinement so it is reported together with any other problem.
  if (input.TELEGRAM_WEBHOOK_URL !== undefined && input.TELEGRAM_WEBHOOK_SECRET === undefined) {
    problems.push("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set");
  }
  if (!parsed.success || problems.length > 0) throw new TelegramConfigError(problems);
  const { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT, TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, PORT, TELEGRAM_DEDUPE_FILE } = parsed.data;
  return {
    token,
    ...(TELEGRAM_API_ROOT ? { apiRoot: TELEGRAM_API_ROOT } : {}),
    ...(TELEGRAM_WEBHOOK_URL && TELEGRAM_WEBHOOK_SECRET ? { webhook: { url: TELEGRAM_WEBHOOK_URL, secret: TELEGRAM_WEBHOOK_SECRET, port: PORT } } : {}),
    dedupeFile: TELEGRAM_DEDUPE_FILE ?? defaultDedupeFile(token),
  };
}

/** One file per bot, named by a hash so the token never appears on disk. */
function defaultDedupeFile(token: string): string {
  const digest = createHash("sha256").update(token).digest("hex").slice(0, 16);
  return join(tmpdir(), `pact-desk-telegram-${digest}.updates`);
}
