/**
 * `callback_data` for the bot's buttons. Telegram allows 1–64 bytes, so a
 * button carries indexes or a short token, never a JSON object:
 *
 * - `s:<corpus>:<i>.<j>…` — "Sources": base-36 positions of the answer's
 *   sources in the corpus's source list, in citation order, plus a short
 *   fingerprint of that list so an old button never shows the wrong source
 *   after the corpus changes.
 * - `q:<question>` — ask a question whose text fits in the 64 bytes; works
 *   across restarts.
 * - `t:<token>` — ask a longer question kept in a bounded map (see
 *   `QuestionTokens`: in memory, or in Redis for every instance); expires on
 *   eviction, and on restart unless Redis keeps it.
 * - `c:` — send the timeline chart of every agreement; works across restarts.
 */
export const MAX_CALLBACK_DATA_BYTES = 64;

export type CallbackData =
  | { kind: "sources"; corpus: string; positions: number[] }
  | { kind: "ask"; question: string }
  | { kind: "ask-token"; token: string }
  | { kind: "timeline" };

/** The wire form, or undefined when it would not fit in 64 bytes. */
export function encodeCallbackData(data: CallbackData): string | undefined {
  const raw =
    data.kind === "sources"
      ? `s:${data.corpus}:${data.positions.map((position) => position.toString(36)).join(".")}`
      : data.kind === "ask"
        ? `q:${data.question}`
        : data.kind === "ask-token"
          ? `t:${data.token}`
          : "c:";
  return Buffer.byteLength(raw, "utf8") <= MAX_CALLBACK_DATA_BYTES ? raw : undefined;
}

/** Parses `callback_data`; undefined for anything this bot does not make (including an empty list). */
export function decodeCallbackData(raw: string): CallbackData | undefined {
  const kind = raw.slice(0, 2);
  const rest = raw.slice(2);
  if (kind === "q:") return rest.trim() === "" ? undefined : { kind: "ask", question: rest };
  if (kind === "t:") return rest === "" ? undefined : { kind: "ask-token", token: rest };
  if (kind === "c:") return rest === "" ? { kind: "timeline" } : undefined;
  if (kind !== "s:") return undefined;
  const match = /^([0-9a-z]+):([0-9a-z]+(?:\.[0-9a-z]+)*)$/.exec(rest);
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: "sources", corpus: match[1], positions: match[2].split(".").map((part) => Number.parseInt(part, 36)) };
}
