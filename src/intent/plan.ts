/**
 * Decides how to answer an understood question: from the registry (which
 * aspect of which partner, a count, a list) or by searching the facts.
 */
import type { Event } from "../dataset/schema.ts";
import type { CueIntent } from "./cues.ts";
import type { Period } from "./dates.ts";
import type { PartnerMention, PlaceMention, Understanding } from "./understand.ts";

/** What a question can ask about one partner's agreement. */
export type PartnerAspect = "when" | "where" | "who" | "duration" | "commitments" | "ordinal" | "has-signed" | "agreement";
const ASPECTS: readonly PartnerAspect[] = ["when", "where", "who", "duration", "commitments", "ordinal"];
/** Cues that, with "signed in <place>", ask which agreements were signed there. */
const PLACE_CUES: ReadonlySet<CueIntent> = new Set(["list", "count", "who", "has-signed", "agreement"]);
/** Cues that are ordinary question words, which need a topic word to be about an agreement. */
const GENERIC_CUES: ReadonlySet<CueIntent> = new Set(["when", "where", "who", "duration", "has-signed", "agreement", "list", "count"]);
/** Cues that, with a country that has no agreement, ask whether it has one. */
const NON_PARTNER_CUES: ReadonlySet<CueIntent> = new Set(["has-signed", "when", "where", "who", "duration", "commitments", "ordinal", "agreement"]);

export type Plan =
  | { kind: "partner"; partners: PartnerMention[]; aspects: PartnerAspect[]; lead?: "first" | "latest" }
  | { kind: "superlative"; which: "first" | "latest"; aspects: PartnerAspect[] }
  | { kind: "non-partner"; countries: string[] }
  | { kind: "count"; period: Period | undefined }
  /** `count`: the question asked how many ("How many were signed at the G7 summit?"), so the answer leads with the number. */
  | { kind: "list"; period: Period | undefined; event: Event | undefined; count: boolean }
  | { kind: "place"; place: PlaceMention; count: boolean }
  | { kind: "event-when"; event: Event }
  | { kind: "quote" }
  | { kind: "search" };

export function planAnswer(u: Understanding): Plan {
  const top = u.cues[0]?.intent;
  const has = (intent: CueIntent) => u.cues.some((cue) => cue.intent === intent);
  const aspects = unique(u.cues.map((cue) => cue.intent).filter((intent): intent is PartnerAspect => (ASPECTS as readonly string[]).includes(intent)));
  const event = u.events[0];

  // "Which agreements were signed in Brussels?" (even when the place also names a partner, as Washington does).
  if (u.place !== undefined && u.onTopic && u.partners.every((mention) => mention.agreement.id === u.place?.partner) && (top === undefined || PLACE_CUES.has(top))) {
    // An event held there says where itself: "at the G7 summit in Italy" asks about the summit, not every signing in Italy.
    if (event !== undefined && event.place.toLowerCase().includes(u.place.name.toLowerCase())) return { kind: "list", period: u.period, event, count: top === "count" };
    return { kind: "place", place: u.place, count: top === "count" };
  }
  if (u.partners.length > 0) {
    if (top === "quote") return { kind: "quote" };
    // "What is the population of Japan?", "Who is the president of France?": a partner is named, but not its agreement.
    // Only the cues that say nothing of the agreements on their own ("who", "when") need a topic word.
    if (!u.onTopic && (u.content.length > 0 || u.unknown > 0) && (top === undefined || GENERIC_CUES.has(top))) return { kind: "search" };
    // "How many agreements has Japan signed?" asks whether it signed; "How many F-16s will Belgium give?" asks the facts.
    if (top === "count") return u.content.length > 0 ? { kind: "search" } : { kind: "partner", partners: u.partners, aspects: ["has-signed"] };
    if (aspects.length > 0) return { kind: "partner", partners: u.partners, aspects };
    if (u.content.length > 0 || u.superlative !== undefined || u.events.length > 0) return { kind: "search" };
    return { kind: "partner", partners: u.partners, aspects: [has("has-signed") ? "has-signed" : "agreement"] };
  }
  // "Has China signed?" — but not "What happens if Russia attacks again?", which only mentions a country,
  // nor "What is the capital of Australia?", whose other words the corpus may not even know.
  if (u.countries.length > 0 && (top === undefined ? u.content.length === 0 && u.unknown === 0 : NON_PARTNER_CUES.has(top))) {
    return { kind: "non-partner", countries: u.countries };
  }
  if (top === "quote") return { kind: "quote" };
  // Questions about the registry as a whole must say they are about the agreements.
  if (u.content.length > 0 || (!u.onTopic && event === undefined)) return { kind: "search" };

  if (u.superlative !== undefined && (top === undefined || ["when", "where", "who", "duration", "list", "agreement", "has-signed"].includes(top))) {
    return { kind: "superlative", which: u.superlative, aspects: aspects.length > 0 && top !== "who" ? aspects : top === "who" ? ["who"] : ["when"] };
  }
  if (event !== undefined) {
    if (top === "when" && !has("who") && !has("list")) return { kind: "event-when", event };
    if (top !== undefined && ["count", "list", "who", "has-signed", "agreement", "when"].includes(top)) return { kind: "list", period: u.period, event, count: top === "count" };
    return { kind: "search" };
  }
  if (top === "count") return { kind: "count", period: u.period };
  if (top === "list" || top === "who" || top === "has-signed" || top === "agreement" || (top === "when" && u.period !== undefined)) {
    return { kind: "list", period: u.period, event: undefined, count: false };
  }
  if (top === undefined && u.period !== undefined) return { kind: "list", period: u.period, event: undefined, count: false };
  // "Ukraine security agreements", "agreements": only topic words, so the overview of them all.
  if (top === undefined && u.onTopic && u.unknown === 0) return { kind: "list", period: undefined, event: undefined, count: false };
  return { kind: "search" };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
