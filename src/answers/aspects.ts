/**
 * What a question can ask about one partner's agreement, read from the cue
 * phrases the reading found.
 */
import type { Intent } from "../answer.ts";
import type { CueIntent } from "../reading/cues.ts";
import type { Understanding as Reading } from "../reading/read.ts";

export type PartnerAspect = "when" | "where" | "who" | "duration" | "commitments" | "ordinal" | "has-signed" | "agreement";
const ASPECTS: readonly PartnerAspect[] = ["when", "where", "who", "duration", "commitments", "ordinal"];

/** The partner aspects a reading's cues ask, strongest first, each once. */
export function aspectsOf(reading: Reading): PartnerAspect[] {
  const aspects = reading.cues.map((cue) => cue.intent).filter((intent): intent is PartnerAspect => (ASPECTS as readonly string[]).includes(intent));
  // "Which Dutch prime minister signed?": an office names who signed.
  if (reading.role && reading.onTopic && !aspects.includes("who")) aspects.unshift("who");
  // "and France?": what the conversation asked before.
  if (aspects.length === 0) aspects.push(...reading.carriedAspects.filter((aspect): aspect is PartnerAspect => (ASPECTS as readonly string[]).includes(aspect) || aspect === "has-signed"));
  return [...new Set(aspects)];
}

export function topCue(reading: Reading): CueIntent | undefined {
  return reading.cues[0]?.intent;
}

export function hasCue(reading: Reading, intent: CueIntent): boolean {
  return reading.cues.some((cue) => cue.intent === intent);
}

export function intentOf(aspects: readonly PartnerAspect[]): Intent {
  const [first = "agreement"] = aspects;
  // The Answer contract has no "ordinal" intent; a place in the count is part of the agreement's record.
  return first === "ordinal" ? "agreement" : first;
}
