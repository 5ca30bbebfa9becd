/**
 * The discord.js client as this bot needs it: the Guilds intent only (slash
 * commands need no message content), no mention ever pinging anyone, and an
 * optional REST base for proxies and the local test server.
 */
import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "./config.ts";

export function createDiscordClient(config: Pick<DiscordConfig, "apiRoot">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Answers quote sources and echo questions; neither may ever ping @everyone, a role or a user.
    allowedMentions: { parse: [] },
    // The gateway URL then comes from this API's GET /gateway/bot.
    rest: config.apiRoot ? { api: config.apiRoot } : {},
  });
}
