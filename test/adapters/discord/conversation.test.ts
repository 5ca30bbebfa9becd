/**
 * Follow-up questions in Discord, end to end: the real discord.js client
 * against the fake Discord. Each person keeps one conversation per channel
 * (a DM is a channel), for /ask and the suggestion buttons; a conversation
 * left idle is forgotten.
 */
import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryConversationStore } from "../../../adapters/shared/conversation-store.ts";
import { startDiscordBot, type DiscordBot } from "../../../adapters/discord/start.ts";
import { createLogger } from "../../../adapters/shared/logger.ts";
import type { Engine } from "../../../src/index.ts";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord-fake.ts";
import { isReply, messageOf } from "../../fakes/discord-requests.ts";
import { buttonClick, chatInput, FRIEND, type Built, type Where } from "../../fakes/discord-payloads.ts";
import type { MessagePayload } from "./limits.ts";
import { sharedEngine } from "../../shared-engine.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-tests-only";

interface Running {
  fake: FakeDiscord;
  bot: DiscordBot;
}

let engine: Engine;
let running: Running;

async function startBot(conversations?: MemoryConversationStore): Promise<Running> {
  const fake = await FakeDiscord.start();
  const logger = createLogger("silent");
  const bot = await startDiscordBot({ engine, config: { token: TOKEN, applicationId: fake.applicationId, apiRoot: fake.apiRoot }, logger, ...(conversations ? { conversations } : {}) });
  return { fake, bot };
}

async function stopBot({ fake, bot }: Running): Promise<void> {
  await bot.stop();
  await fake.close();
}

beforeAll(async () => {
  engine = sharedEngine();
  running = await startBot();
});

afterAll(async () => {
  if (running) await stopBot(running);
});

/** Sends an interaction and returns the reply the user sees. */
async function send(built: Built, on: Running = running): Promise<MessagePayload> {
  on.fake.interact(built.payload);
  const reply = await on.fake.waitForRequest((request: RecordedRequest) => request.path.split("/").includes(built.token) && isReply(request));
  return messageOf<MessagePayload>(reply);
}

/** `/ask` as someone somewhere; returns the answer's embed. */
async function ask(question: string, where: Where = {}, on: Running = running): Promise<APIEmbed> {
  return (await send(chatInput("ask", { question }, where), on)).embeds?.[0] ?? {};
}

const japanDate = /Japan signed its security agreement with Ukraine on 13 June 2024/;
const franceDate = /France signed its security agreement with Ukraine on 16 February 2024/;
/** Somewhere else the same person uses the app: a server channel of another server (user install). */
const otherChannel: Where = { userInstall: "server" };

describe("follow-up questions in Discord", () => {
  it("answers /ask's follow-up in the light of the asker's question before it", async () => {
    expect((await ask("When did Japan sign?")).description).toMatch(japanDate);
    expect((await ask("and France?")).description).toMatch(franceDate);
    expect((await ask("who signed it?")).description).toContain("Emmanuel Macron");
  });

  it("keeps one subject per channel for the same person, a DM included", async () => {
    expect((await ask("When did Japan sign?")).description).toMatch(japanDate);
    expect((await ask("When did France sign?", { dm: true })).description).toMatch(franceDate);
    expect((await ask("When did Germany sign?", otherChannel)).description).toMatch(/Germany signed/);

    expect((await ask("who signed it?")).description).toContain("Fumio Kishida");
    expect((await ask("who signed it?", { dm: true })).description).toContain("Emmanuel Macron");
    expect((await ask("who signed it?", otherChannel)).description).toContain("Olaf Scholz");
  });

  it("keeps one subject per person in a channel, also when their questions interleave", async () => {
    expect((await ask("When did Japan sign?")).description).toMatch(japanDate);
    expect((await ask("When did France sign?", { user: FRIEND })).description).toMatch(franceDate);
    expect((await ask("who signed it?")).description).toContain("Fumio Kishida");
    const bobs = (await ask("who signed it?", { user: FRIEND })).description;
    expect(bobs).toContain("Emmanuel Macron");
    expect(bobs).not.toContain("Kishida");
  });

  it("makes a suggestion button's question the subject that follows, for whoever clicked it", async () => {
    expect((await ask("When did France sign?", { user: FRIEND })).description).toMatch(franceDate);
    const noAnswer = await send(chatInput("ask", { question: "what's the weather in Kyiv" }));
    const japan = noAnswer.components?.[0]?.components.find((button) => button.label?.startsWith("When did Japan sign"));
    expect(japan?.custom_id).toBeTruthy();

    // Bob clicks the suggestion under Alice's answer: his next question follows it, not his France.
    const clicked = await send(buttonClick(japan?.custom_id ?? "", running.fake.messageObject(noAnswer, "700000000000000101"), { user: FRIEND }));
    expect(clicked.embeds?.[0]?.description).toMatch(japanDate);
    const bobs = (await ask("who signed it?", { user: FRIEND })).description;
    expect(bobs).toContain("Fumio Kishida");
    expect(bobs).not.toContain("Macron");
  });

  it("forgets a conversation left idle longer than the idle time", async () => {
    const quick = await startBot(new MemoryConversationStore({ idleMs: 300 }));
    try {
      expect((await ask("When did Japan sign?", {}, quick)).description).toMatch(japanDate);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await ask("who signed it?", {}, quick)).description).toMatch(/^Which agreement do you mean\?/);
    } finally {
      await stopBot(quick);
    }
  });
});
