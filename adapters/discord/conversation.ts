/**
 * Follow-up questions in Discord: each person keeps one conversation per
 * channel (a DM, a group DM and a server channel are each a channel), so
 * "and France?" follows what that person last asked there, and two people in
 * one channel never share a subject.
 */
import type { RepliableInteraction } from "discord.js";
import type { Answer } from "../../src/index.ts";
import { keepConversation, recallConversation } from "../shared/conversation-store.ts";
import type { CommandContext } from "./commands/types.ts";

type Conversations = Pick<CommandContext, "conversations" | "logger">;

/** The asker's conversation in the channel the interaction came from. */
export function conversationKey(interaction: RepliableInteraction): string {
  return `discord:${interaction.channelId ?? "-"}:${interaction.user.id}`;
}

/** The state of the asker's conversation in this channel (undefined: none, it expired, or the store failed). */
export function recallFor(interaction: RepliableInteraction, ctx: Conversations): Promise<unknown> {
  return recallConversation(ctx.conversations, conversationKey(interaction), ctx.logger);
}

/** Keeps the state `answer` left as the asker's conversation in this channel. */
export function keepFor(interaction: RepliableInteraction, answer: Answer, ctx: Conversations): Promise<void> {
  return keepConversation(ctx.conversations, conversationKey(interaction), answer.conversation, ctx.logger);
}
