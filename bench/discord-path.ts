/**
 * The Discord part of `npm run bench`: `/ask` interactions per second through
 * the real adapter — `startDiscordBot` as `npm start` runs it (discord.js
 * client, the dispatcher, the engine, embed rendering, the answer
 * store, one log line per answer) — beside a bare discord.js client that
 * replies "ok", each against its own copy of the local fake gateway and REST
 * API (`test/fakes/discord-fake.ts`, in a separate process).
 */
import { Client, Events, GatewayIntentBits } from "discord.js";
import { startDiscordBot } from "../adapters/discord/start.ts";
import { createLogger } from "../adapters/shared/logger.ts";
import { loadEngine } from "../src/index.ts";
import { measurePaths, PATH_PLANS, pathReport, TimedEngine } from "./bot-path.ts";
import { answeredCounter, Completions, startPlatformFakes } from "./platform-fakes.ts";
import type { BenchSection } from "./table.ts";

/** Any token does for the fake; the real format keeps discord.js's own checks happy. */
const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-the-bench";

export const discordSection: BenchSection = {
  name: "Discord",
  async run(options, progress) {
    const plan = options.quick ? PATH_PLANS.quick : PATH_PLANS.full;
    progress("discord: loading the engine, starting the fake gateway and REST servers");
    const engine = new TimedEngine(loadEngine());
    const fakes = await startPlatformFakes("discord");
    const completions = { real: new Completions(), bare: new Completions() };
    const stops: (() => Promise<void>)[] = [];
    try {
      const logger = createLogger("info", answeredCounter(completions.real));
      const real = await startDiscordBot({ engine: engine.engine, config: { token: TOKEN, applicationId: fakes.endpoints.real.id, apiRoot: fakes.endpoints.real.apiRoot }, logger });
      stops.push(() => real.stop());

      const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fakes.endpoints.bare.apiRoot } });
      bare.on(Events.InteractionCreate, async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await interaction.reply("ok");
        completions.bare.add();
      });
      const ready = new Promise<void>((resolve) => bare.once(Events.ClientReady, () => resolve()));
      await bare.login(TOKEN);
      await ready;
      stops.push(() => bare.destroy());

      const figures = await measurePaths(fakes, completions, engine, plan, (line) => progress(`discord: ${line}`));
      return pathReport(
        "Discord",
        "interactions",
        { real: "Pact Desk (startDiscordBot: dispatcher, engine, embeds)", bare: "bare discord.js client (interaction.reply(\"ok\"))" },
        figures,
        plan,
        options,
        [
          "an interaction: an /ask INTERACTION_CREATE on the gateway, until the bot's last REST call for it has been answered",
          "  (both: one reply callback, the real one carrying the answer's embed and buttons);",
          "the fake gateway and REST API run in a separate process (one copy per bot);",
          "the real bot's log lines are formatted as in production but not written anywhere (the bench counts the \"answered\" ones).",
        ],
      );
    } finally {
      for (const stop of stops.reverse()) await stop();
      await fakes.close();
    }
  },
};
