/**
 * The one logger every adapter uses: pino, JSON lines on stderr (stdout stays
 * free for the CLI's answers), level from `LOG_LEVEL` (default "info").
 * Secrets never reach a log line: known token fields are redacted by path
 * (pino's `redact`), and any registered secret value is masked wherever it
 * appears inside a string, which path redaction cannot reach.
 * (Objects interpolated into a message with `%j` get the masking only: log
 * them as fields.)
 */
import { pino, type Logger } from "pino";

const secrets = new Set<string>();

/**
 * Registers a value (a bot token) that must never appear in a log line, also
 * URL-encoded (a Telegram token's ":" becomes "%3A" in an encoded URL).
 * Values shorter than 6 characters are ignored.
 */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 6) return;
  secrets.add(value);
  secrets.add(encodeURIComponent(value));
}

const CENSOR = "[REDACTED]";

/** Replaces every registered secret in a string with "[REDACTED]". */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const secret of secrets) if (masked.includes(secret)) masked = masked.split(secret).join(CENSOR);
  return masked;
}

/**
 * Credential fields, blanked by pino's own redaction: `token` and
 * `headers.authorization` at the top of a line or one level down
 * (`config.token`, `err.token`, `err.headers.authorization`).
 */
const REDACTED_PATHS = ["token", "*.token", "headers.authorization", "*.headers.authorization"];

export function createLogger(level = process.env.LOG_LEVEL ?? "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      hooks: {
        // Redaction works on whole fields; a token inside a string (an error message, a stack, a URL) needs masking by value.
        streamWrite: maskSecrets,
      },
    },
    destination,
  );
}

export type { Logger };
