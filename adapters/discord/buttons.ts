/**
 * What the buttons under an answer do. "Sources" shows the whole answer (text,
 * quotes, every citation) to the person who clicked, privately; "More" asks the
 * engine's question for more (the full agreement card) and a suggested
 * question is asked as if by /ask, both in the conversation of the answer they
 * are under (while that answer is remembered); "Timeline" shows the chart as if by
 * /timeline; all three visible to the same people as the message they were under.
 */
import { MessageFlags, type ButtonInteraction } from "discord.js";
import type { CommandContext, InteractionContext, Shown } from "./commands/index.ts";
import { keepFor, recallFor } from "./conversation.ts";
import type { ButtonAction } from "./custom-ids.ts";
import { renderPages } from "./render.ts";
import { defer, send, showAnswer, showPages } from "./reply.ts";
import { uiWords } from "../../src/index.ts";
import { langOfLocale } from "./locale.ts";
import { showTimeline } from "./timeline.ts";

/** Handles a click; returns what was shown, or undefined when the button had expired. */
export async function handleButton(interaction: ButtonInteraction, action: ButtonAction, shared: CommandContext): Promise<Shown | undefined> {
  const ctx: InteractionContext = { ...shared, private: action.kind === "sources" || interaction.message.flags.has(MessageFlags.Ephemeral) };
  if (action.kind === "timeline") {
    // Drawing can take seconds, as for /timeline; everything else is answered at once.
    await defer(interaction, ctx);
    return showTimeline(interaction, ctx, {}, langOfLocale(interaction.locale));
  }
  const stored = await ctx.answers.recall(action.key);
  if (action.kind === "sources") {
    if (!stored) return expired(interaction, ctx);
    await showPages(interaction, renderPages(stored), ctx);
    return stored;
  }

  const question = action.kind === "more" ? stored?.more?.question : (stored?.suggestions[action.index] ?? completeLabel(interaction));
  if (!question) return expired(interaction, ctx);
  const conversation = stored ? stored.conversation : await recallFor(interaction, ctx);
  const answer = ctx.engine.answer(question, { lang: langOfLocale(interaction.locale), conversation });
  await keepFor(interaction, answer, ctx);
  await showAnswer(interaction, answer, ctx);
  return answer;
}

async function expired(interaction: ButtonInteraction, ctx: InteractionContext): Promise<undefined> {
  await send(interaction, { content: uiWords(langOfLocale(interaction.locale)).text.discord.expired }, ctx);
  return undefined;
}

/** After a restart the store is empty, but a suggestion's label is the question itself unless it was cut. */
function completeLabel(interaction: ButtonInteraction): string | undefined {
  const component = interaction.component;
  const label = component && "label" in component ? component.label : undefined;
  return label && !label.endsWith("…") ? label : undefined;
}
