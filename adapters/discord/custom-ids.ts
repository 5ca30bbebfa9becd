/**
 * Button `custom_id`s: a short prefix, what the button does, the stored
 * answer's key and, for a suggestion, its index; the timeline button needs no answer and is the
 * prefix and `tl` alone. Discord caps a custom_id at 100 characters; these
 * stay under 30 because keys are short and suggestions are never inlined.
 */
const PREFIX = "pd";

export type ButtonAction = { kind: "sources"; key: string } | { kind: "more"; key: string } | { kind: "ask"; key: string; index: number } | { kind: "timeline" };

export function sourcesButtonId(key: string): string {
  return `${PREFIX}:src:${key}`;
}

/** "More": the stored answer's `more` question, answered. */
export function moreButtonId(key: string): string {
  return `${PREFIX}:more:${key}`;
}

export function suggestionButtonId(key: string, index: number): string {
  return `${PREFIX}:ask:${key}:${index}`;
}

/** The timeline chart of every agreement. */
export const TIMELINE_BUTTON_ID = `${PREFIX}:tl`;

/** The action a clicked button stands for; undefined for a custom_id this bot did not make. */
export function parseButtonId(customId: string): ButtonAction | undefined {
  if (customId === TIMELINE_BUTTON_ID) return { kind: "timeline" };
  const [prefix, kind, key, index] = customId.split(":");
  if (prefix !== PREFIX || !key) return undefined;
  if (kind === "src" && index === undefined) return { kind: "sources", key };
  if (kind === "more" && index === undefined) return { kind: "more", key };
  if (kind === "ask" && index !== undefined && /^\d$/.test(index)) return { kind: "ask", key, index: Number(index) };
  return undefined;
}
