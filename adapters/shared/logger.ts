/**
 * The one logger every adapter uses: pino, JSON lines on stderr (stdout stays
 * free for the CLI's answers), level from `LOG_LEVEL` (default "info").
 * Secrets never reach a log line: known token fields are redacted by path, and
 * any registered secret value is masked wherever it appears in a message.
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
 * Redacts credential fields in a JSON log line: `token` at the top or one
 * level down (`config.token`, `err.token`), and `headers.authorization` at
 * the top or one level down (`err.headers.authorization`). Pino's own path
 * redaction does the same, but its wildcards run on every field of every
 * line; here only a line with such a key is parsed, and JSON text cannot hold
 * `"token":` other than as a key.
 */
function redactFields(line: string): string {
  if (!line.includes('"token":') && !line.includes('"authorization":')) return line;
  const fields = JSON.parse(line) as Record<string, unknown>;
  censorCredentials(fields);
  for (const value of Object.values(fields)) if (isRecord(value)) censorCredentials(value);
  return `${JSON.stringify(fields)}${line.endsWith("\n") ? "\n" : ""}`;
}

function censorCredentials(fields: Record<string, unknown>): void {
  if (Object.hasOwn(fields, "token")) fields.token = CENSOR;
  const headers = fields.headers;
  if (isRecord(headers) && Object.hasOwn(headers, "authorization")) headers.authorization = CENSOR;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function createLogger(level = process.env.LOG_LEVEL ?? "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      hooks: {
        // Redacts credential fields, then masks secrets inside messages and serialised errors, which fields cannot reach.
        streamWrite: (line) => maskSecrets(redactFields(line)),
      },
    },
    destination,
  );
}

export type { Logger };
