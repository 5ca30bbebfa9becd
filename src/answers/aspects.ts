/**
 * What a question can ask about one partner's agreement, read from the cue
 * phrases the reading found.
 */
import type { Intent } from "../answer.ts";
import type { CueIntent } from "../reading/cues.ts";
import type { Understanding as Reading } from "../reading/read.ts";

/** `money` is `commitments` asked as "how much": the commitments that name an amount. `status`: whether it still stands. */
export type PartnerAspect = "when" | "where" | "who" | "duration" | "commitments" | "money" | "ordinal" | "status" | "title" | "has-signed" | "agreement";
const ASPECTS: readonly PartnerAspect[] = ["when", "where", "who", "duration", "commitments", "ordinal", "status", "title"];

/** The partner aspects a reading's cues ask, strongest first, each once. */
export function aspectsOf(reading: Reading): PartnerAspect[] {
  // "does the count of 28 include Croatia?": "include" asks whether the count has it, not what its text commits to.
  if (reading.countedAsked && hasCue(reading, "count") && reading.partners.length > 0 && reading.topics.length === 0) return ["ordinal"];
  const aspects: PartnerAspect[] = reading.cues.map((cue): string => cue.intent).filter(isAspect);
  // "Which Dutch prime minister signed?": an office names who signed, after what else it asks ("where did the Dutch PM sign?" asks where first).
  if (reading.role && reading.onTopic && !aspects.includes("who")) aspects.push("who");
  // "Was the US agreement the 16th or the 17th?": a position said of an agreement asks its place in the count.
  if (reading.position !== undefined && !aspects.includes("ordinal")) aspects.push("ordinal");
  // "When does it end?", «до якого року діє»: the term, not the signing date or the standing.
  if (reading.until) {
    const term = aspects.filter((aspect) => aspect !== "when" && aspect !== "status");
    aspects.splice(0, aspects.length, ...(term.includes("duration") ? term : (["duration", ...term] as PartnerAspect[])));
  }
  // "Which weekday was the Japan agreement signed?" asks its date.
  if (reading.weekday && !aspects.includes("when")) aspects.unshift("when");
  // "and France?": what the conversation asked before.
  if (aspects.length === 0) aspects.push(...reading.carriedAspects.filter(isCarriedAspect));
  // "what % of gdp does Lithuania aim for": words of money alone ask its money.
  if (aspects.length === 0 && reading.money && reading.partners.length > 0 && reading.cues.length === 0) aspects.push("money");
  return [...new Set(reading.money ? aspects.map((aspect): PartnerAspect => (aspect === "commitments" ? "money" : aspect)) : aspects)];
}

function isAspect(intent: string): intent is PartnerAspect {
  return (ASPECTS as readonly string[]).includes(intent);
}

/** What a follow-up may carry over: an aspect asked by a cue, or a yes/no on signing, or the money. */
function isCarriedAspect(aspect: string): aspect is PartnerAspect {
  return isAspect(aspect) || aspect === "has-signed" || aspect === "money";
}

/** True when the aspects ask what an agreement commits to, all of it or its money. */
export function asksCommitments(aspects: readonly PartnerAspect[]): boolean {
  return aspects.includes("commitments") || aspects.includes("money");
}

export function topCue(reading: Reading): CueIntent | undefined {
  return reading.cues[0]?.intent;
}

export function hasCue(reading: Reading, intent: CueIntent): boolean {
  return reading.cues.some((cue) => cue.intent === intent);
}

export function intentOf(aspects: readonly PartnerAspect[]): Intent {
  const [first = "agreement"] = aspects;
  // The Answer contract has no "ordinal", "status", "title" or "money" intent: a place in the count, a standing and a title are part of the agreement's record, money of its commitments.
  if (first === "money") return "commitments";
  return first === "ordinal" || first === "status" || first === "title" ? "agreement" : first;
}
