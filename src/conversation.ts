/**
 * Conversation state: what the previous turns were about, as small JSON the
 * caller keeps (per chat, per user) and hands back with the next question.
 * The engine itself stays stateless: `answer(question, { conversation })`
 * reads the state and returns the new one in `Answer.conversation`.
 */
import { z } from "zod";

export const ConversationStateSchema = z.object({
  /** Agreement ids the last answer was about. */
  partners: z.array(z.string()).max(30).default([]),
  /** What was asked of them: when, where, who, duration, commitments, ordinal, has-signed, agreement. */
  aspects: z.array(z.string()).max(10).default([]),
  /** Provision topics asked about ("demining"). */
  topics: z.array(z.string()).max(10).default([]),
  /** Agreement ids the conversation has been about, the latest turn's first ("which of them came first?" picks among them). */
  recent: z.array(z.string()).max(30).default([]),
  /** How many of `recent` one turn listed together (a group's members, a day's signings), when it did. */
  listed: z.number().int().min(2).max(30).optional(),
  /** A group of partners asked about ("baltic"). */
  group: z.string().optional(),
  /** The last question counted or listed agreements ("How many by June 2024?"), so "and by November 2025?" does too. */
  collection: z.enum(["count", "list"]).optional(),
  /** What the last question asked about when it named no partner (the words searched for: "paris", "declar"), so "did the US sign it?" asks about that. */
  subject: z.array(z.string()).max(12).optional(),
  /** The last period asked about (its label and mode), for "and a week later?" to move. */
  period: z.object({ label: z.string().max(24), mode: z.enum(["within", "until", "before", "after", "since"]) }).optional(),
  /** The event that bounded the last period asked about ("before the NATO summit"), for "and by the end of it?". */
  event: z.string().max(64).optional(),
  /** The year of the last period asked about, for a month asked next without one ("and by the end of June?"). */
  year: z.string().regex(/^\d{4}$/).optional(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

/** A state from outside (a store, a JSON line): valid, or none at all. */
export function readConversation(value: unknown): ConversationState | undefined {
  // Anything but an object (no state at all: a conversation's first question) cannot parse, so zod is not asked:
  // its failed result's lazy `error` is a getter, which V8 keeps in an accessor pair in the old generation, and
  // the getter with the issues it holds is then promoted at every scavenge until a full GC (about 90 KB a
  // scavenge over the evaluation questions).
  if (typeof value !== "object" || value === null) return undefined;
  const parsed = ConversationStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
