/**
 * The Discord part of `npm run bench`: `/ask` through the real adapter —
 * `startDiscordBot` as `npm start` runs it (discord.js client, the
 * dispatcher, the engine, embed rendering, the answer store, one log line per
 * answer) — beside a bare discord.js client that replies to each question with
 * the same embed and buttons precomputed before the run, each against its own
 * copy of the local fake gateway and REST API (`test/fakes/discord-fake.ts`,
 * in a separate process).
 */
import { Client, Events, GatewayIntentBits } from "discord.js";
import { AnswerStore } from "../adapters/discord/answer-store.ts";
import { renderAnswer, type RenderedMessage } from "../adapters/discord/render.ts";
import { startDiscordBot } from "../adapters/discord/start.ts";
import { createLogger } from "../adapters/shared/logger.ts";
import { loadEngine, type Engine } from "../src/index.ts";
import { benchQuestions, measurePaths, PATH_PLANS, pathReport } from "./bot-path.ts";
import { startPlatformFakes } from "./platform-fakes.ts";
import type { BenchSection } from "./table.ts";

/** Any token does for the fake; the real format keeps discord.js's own checks happy. */
const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-the-bench";

/** Discord's global REST limit; interaction replies do not count against it, so it is the least a bot can send. */
const DISCORD_SEND_LIMIT = { perSecond: 50, what: "Discord lets a bot make 50 REST requests a second in all (interaction replies are not counted)" };

/** What the real bot replies to each question: its embed and buttons. */
async function precomputedReplies(engine: Engine): Promise<Map<string, RenderedMessage>> {
  const answers = new AnswerStore();
  const questions = new Set(benchQuestions(PATH_PLANS.full.perRound));
  return new Map(
    await Promise.all(
      [...questions].map(async (question): Promise<[string, RenderedMessage]> => {
        const answer = engine.answer(question);
        return [question, renderAnswer(answer, { key: await answers.remember(answer) })];
      }),
    ),
  );
}

export const discordSection: BenchSection = {
  name: "Discord",
  async run(options, progress) {
    const plan = options.quick ? PATH_PLANS.quick : PATH_PLANS.full;
    progress("discord: loading the engine, starting the fake gateway and REST servers");
    const engine = loadEngine();
    const replies = await precomputedReplies(engine);
    const fakes = await startPlatformFakes("discord");
    const stops: (() => Promise<void>)[] = [];
    try {
      // Log lines are formatted as in production, then dropped.
      const logger = createLogger("info", { write: () => {} });
      const real = await startDiscordBot({ engine, config: { token: TOKEN, applicationId: fakes.endpoints.real.id, apiRoot: fakes.endpoints.real.apiRoot }, logger });
      stops.push(() => real.stop());

      const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fakes.endpoints.bare.apiRoot } });
      bare.on(Events.InteractionCreate, async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await interaction.reply(replies.get(interaction.options.getString("question", true)) ?? "ok");
      });
      const ready = new Promise<void>((resolve) => bare.once(Events.ClientReady, () => resolve()));
      await bare.login(TOKEN);
      await ready;
      stops.push(() => bare.destroy());

      const figures = await measurePaths(fakes, plan, (line) => progress(`discord: ${line}`));
      return pathReport(
        "Discord",
        { real: "Pact Desk (startDiscordBot: dispatcher, engine, embeds)", bare: "bare discord.js client (the same reply precomputed)" },
        DISCORD_SEND_LIMIT,
        figures,
        plan,
        options,
        ["an update: an /ask INTERACTION_CREATE on the gateway; its answer's request: the interaction's reply callback (embed and buttons);", "  the fake gateway and REST API run in a separate process (one copy per bot)."],
      );
    } finally {
      for (const stop of stops.reverse()) await stop();
      await fakes.close();
    }
  },
};
