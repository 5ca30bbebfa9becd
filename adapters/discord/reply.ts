/**
 * Sending rendered answers on an interaction the dispatcher has already
 * deferred: the first message replaces the "thinking…" placeholder, any
 * further ones follow with the same visibility.
 */
import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { Answer } from "../../src/index.ts";
import type { AnswerStore } from "./answer-store.ts";
import { renderAnswer, type RenderAnswerOptions, type RenderedMessage } from "./render.ts";

/** Shows one answer as an embed with its buttons; the answer is stored so the buttons can find it. */
export async function showAnswer(
  interaction: RepliableInteraction,
  answer: Answer,
  ctx: { answers: AnswerStore },
  options: Omit<RenderAnswerOptions, "key"> = {},
): Promise<void> {
  const key = ctx.answers.remember(answer);
  await interaction.editReply(renderAnswer(answer, { ...options, key }));
}

/** Shows several messages: the first in place of the deferred reply, the rest as follow-ups. */
export async function showPages(interaction: RepliableInteraction, messages: readonly RenderedMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  await interaction.editReply(first);
  for (const message of rest) {
    await interaction.followUp({ ...message, ...(interaction.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}
