/**
 * The one logger every adapter uses: pino, JSON lines on stderr (stdout stays
 * free for the CLI's answers), level from `LOG_LEVEL` (default "info").
 * Secrets never reach a log line: known token fields are redacted by path, and
 * any registered secret value is masked wherever it appears in a message.
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

/** Replaces every registered secret in a string with "[REDACTED]". */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const secret of secrets) masked = masked.split(secret).join("[REDACTED]");
  return masked;
}

export function createLogger(level = process.env.LOG_LEVEL ?? "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"], censor: "[REDACTED]" },
      hooks: {
        // Masks secrets inside messages and serialised errors, which path-based redaction cannot reach.
        streamWrite: (line) => maskSecrets(line),
      },
    },
    destination,
  );
}

export type { Logger };
