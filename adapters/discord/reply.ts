/**
 * How every reply is sent. The engine answers within milliseconds, so a reply
 * normally goes out as the interaction callback itself: one request, well
 * within Discord's 3-second deadline, and one that discord.js does not count
 * against its global limit of 50 requests/s (webhook edits and follow-ups
 * count). Work that can be slow (the timeline picture) is deferred first
 * (`defer`), and its first message then replaces the "thinking…" placeholder.
 * Further messages follow with the same visibility.
 */
import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from "discord.js";
import type { Answer } from "../../src/index.ts";
import type { InteractionContext } from "./commands/types.ts";
import { renderAnswer, type RenderAnswerOptions, type RenderedMessage } from "./render.ts";

/** What a message of a reply can hold. */
export type ReplyMessage = Pick<InteractionReplyOptions, "content" | "embeds" | "components" | "files">;

type Visibility = Pick<InteractionContext, "private">;

/** Acknowledges the interaction with a "thinking…" placeholder, visible to whom the reply will be; for slow work only. */
export async function defer(interaction: RepliableInteraction, ctx: Visibility): Promise<void> {
  await interaction.deferReply(ctx.private ? { flags: MessageFlags.Ephemeral } : {});
}

/** Sends the reply's first message: in place of the placeholder when deferred, otherwise as the interaction's reply. */
export async function send(interaction: RepliableInteraction, message: ReplyMessage, ctx: Visibility): Promise<void> {
  if (interaction.deferred) await interaction.editReply(message);
  else await interaction.reply(ctx.private ? { ...message, flags: MessageFlags.Ephemeral } : message);
}

/** Shows one answer as an embed with its buttons; the answer is stored so the buttons can find it. */
export async function showAnswer(
  interaction: RepliableInteraction,
  answer: Answer,
  ctx: Pick<InteractionContext, "answers" | "private">,
  options: Omit<RenderAnswerOptions, "key"> = {},
): Promise<void> {
  const key = await ctx.answers.remember(answer);
  await send(interaction, renderAnswer(answer, { ...options, key }), ctx);
}

/** Shows several messages: the first as the reply, the rest as follow-ups seen by the same people. */
export async function showPages(interaction: RepliableInteraction, messages: readonly RenderedMessage[], ctx: Visibility): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  await send(interaction, first, ctx);
  for (const message of rest) {
    await interaction.followUp(ctx.private ? { ...message, flags: MessageFlags.Ephemeral } : message);
  }
}
