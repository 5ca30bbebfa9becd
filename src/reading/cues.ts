/** The question types a language pack gives cue phrases for. */
import type { IntentCues } from "../lang/schema.ts";

export type CueIntent = keyof IntentCues;

/** Written in a cue phrase, skips a few words. */
export const GAP_WORD = "*";

/**
 * Question types that ask for one specific thing. Any of these beats the
 * broad ones (list, has-signed, agreement), so "When did Japan sign?" is a
 * `when` question even though "did … sign" is also a cue.
 */
export const SPECIFIC_INTENTS: ReadonlySet<CueIntent> = new Set(["count", "duration", "when", "where", "who", "commitments", "ordinal", "quote", "status", "title"]);

/** Tie-break between equally long cues of the same tier, most specific first. */
export const INTENT_PRECEDENCE: readonly CueIntent[] = [
  "duration",
  "count",
  "when",
  "where",
  "who",
  "commitments",
  "ordinal",
  "status",
  "title",
  "quote",
  "list",
  "has-signed",
  "agreement",
];
