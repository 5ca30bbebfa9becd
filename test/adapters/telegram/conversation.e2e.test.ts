/**
 * Follow-up questions in Telegram, end to end: the real bot against the fake
 * Bot API. "and France?" after "When did Japan sign?" gets France's date; each
 * person in a group (and each forum topic) keeps their own subject; a reply to
 * an older answer continues that answer; a conversation left idle is forgotten.
 */
import type { Message, Update } from "grammy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { MemoryConversationStore, type ConversationStore } from "../../../adapters/shared/conversation-store.ts";
import type { Engine } from "../../../src/index.ts";
import type { FakeTelegramBotApi } from "../../fakes/telegram-bot-api.ts";
import { sharedEngine } from "../../shared-engine.ts";
import { alice, bob, buttons, group, privateChat, seen, startHarness, type Harness } from "./harness.ts";

let engine: Engine;
const running: Harness[] = [];

beforeAll(() => {
  engine = sharedEngine();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(bot: NonNullable<Parameters<typeof startHarness>[1]>["bot"] = {}): Promise<FakeTelegramBotApi> {
  // A person asking a few follow-ups in a row stays well under the limit; the tests ask faster than people do.
  const harness = await startHarness(engine, { bot: { rateLimit: 50, ...bot } });
  running.push(harness);
  return harness.fake;
}

/** The bot's answer to a message in a group (answers there quote the question they answer). */
async function answerTo(fake: FakeTelegramBotApi, update: Update): Promise<Message> {
  const question = update.message ?? update.edited_message;
  const call = await fake.waitFor(
    (c) => c.method === "sendMessage" && c.ok && c.payload.chat_id === question?.chat.id && c.payload.reply_parameters?.message_id === question?.message_id,
  );
  return call.message as Message;
}

/** Asks in a private chat and waits for the answer (the `count`-th message the bot sent there). */
async function askPrivately(fake: FakeTelegramBotApi, text: string, count: number): Promise<string> {
  fake.userSends(alice, privateChat(alice), text);
  return seen(await fake.nextMessageTo(alice.id, count)).text;
}

const japanDate = /^Japan signed its security agreement with Ukraine on 13 June 2024/;
const franceDate = /^France signed its security agreement with Ukraine on 16 February 2024/;

describe("follow-up questions in Telegram", () => {
  it("answers a follow-up in a private chat in the light of the question before it", async () => {
    const fake = await start();
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    expect(await askPrivately(fake, "and France?", 2)).toMatch(franceDate);
    expect(await askPrivately(fake, "who signed it?", 3)).toContain("Emmanuel Macron");
  });

  it("continues from a photo's caption as from text", async () => {
    const fake = await start();
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    fake.userSendsPhoto(alice, privateChat(alice), "and France?");
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toMatch(franceDate);
  });

  it("keeps a subject per person in a group, also when their questions interleave", async () => {
    const fake = await start();
    const aliceJapan = fake.userSends(alice, group, "@PactDeskTestBot When did Japan sign?");
    expect(seen(await answerTo(fake, aliceJapan)).text).toMatch(japanDate);
    const bobFrance = fake.userSends(bob, group, "/ask When did France sign?");
    expect(seen(await answerTo(fake, bobFrance)).text).toMatch(franceDate);

    const aliceWho = fake.userSends(alice, group, "@PactDeskTestBot who signed it?");
    expect(seen(await answerTo(fake, aliceWho)).text).toContain("Fumio Kishida");
    const bobWho = fake.userSends(bob, group, "/ask@PactDeskTestBot who signed it?");
    const bobAnswer = seen(await answerTo(fake, bobWho)).text;
    expect(bobAnswer).toContain("Emmanuel Macron");
    expect(bobAnswer).not.toContain("Kishida");
  });

  it("keeps a subject per forum topic in a group", async () => {
    const fake = await start();
    const inJapanTopic = fake.userSends(alice, group, "@PactDeskTestBot When did Japan sign?", { topic: 7 });
    expect(seen(await answerTo(fake, inJapanTopic)).text).toMatch(japanDate);
    const inFranceTopic = fake.userSends(alice, group, "@PactDeskTestBot When did France sign?", { topic: 9 });
    expect(seen(await answerTo(fake, inFranceTopic)).text).toMatch(franceDate);

    const backInJapanTopic = fake.userSends(alice, group, "@PactDeskTestBot how long does it last?", { topic: 7 });
    const answer = await answerTo(fake, backInJapanTopic);
    expect(answer.message_thread_id).toBe(7);
    expect(seen(answer).text).toMatch(/agreement with Japan was concluded for 10 years/);
  });

  it("continues the conversation of the answer a reply is to, not the latest one", async () => {
    const fake = await start();
    fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    const japanAnswer = await fake.nextMessageTo(alice.id, 1);
    expect(await askPrivately(fake, "When did France sign?", 2)).toMatch(franceDate);

    fake.userSends(alice, privateChat(alice), "who signed it?", { replyTo: japanAnswer });
    const reply = seen(await fake.nextMessageTo(alice.id, 3)).text;
    expect(reply).toContain("Fumio Kishida");
    expect(reply).not.toContain("Macron");
    // The reply's answer is now the latest: the next question follows it.
    expect(await askPrivately(fake, "how long does it last?", 4)).toMatch(/agreement with Japan was concluded for 10 years/);
  });

  it("lets someone in a group reply to another person's answer and continue that subject", async () => {
    const fake = await start();
    const aliceJapan = fake.userSends(alice, group, "@PactDeskTestBot When did Japan sign?");
    const japanAnswer = await answerTo(fake, aliceJapan);
    const bobFrance = fake.userSends(bob, group, "@PactDeskTestBot When did France sign?");
    await answerTo(fake, bobFrance);

    const bobReply = fake.userSends(bob, group, "who signed it?", { replyTo: japanAnswer });
    expect(seen(await answerTo(fake, bobReply)).text).toContain("Fumio Kishida");
  });

  it("answers an edited question in the conversation it was first asked in", async () => {
    const fake = await start();
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    const typo = fake.userSends(alice, privateChat(alice), "and Germany?");
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toMatch(/^Germany signed/);
    expect(await askPrivately(fake, "who signed it?", 3)).toContain("Olaf Scholz");

    fake.userEdits(typo.message as Message, "and France?");
    expect(seen(await fake.nextMessageTo(alice.id, 4)).text).toMatch(franceDate);
  });

  it("makes a suggestion button's question the subject that follows", async () => {
    const fake = await start();
    expect(await askPrivately(fake, "When did France sign?", 1)).toMatch(franceDate);
    const unknown = await askPrivately(fake, "what is the weather in kyiv", 2);
    expect(unknown).toMatch(/^I don't know/);
    const noAnswer = (await fake.nextMessageTo(alice.id, 2)) as Message;
    const japan = buttons(noAnswer).find((button) => button.text.startsWith("When did Japan sign"));
    fake.userPresses(alice, noAnswer, japan?.data as string);
    expect(seen(await fake.nextMessageTo(alice.id, 3)).text).toContain("13 June 2024");
    const who = await askPrivately(fake, "who signed it?", 4);
    expect(who).toContain("Fumio Kishida");
    expect(who).not.toContain("Macron");
  });

  it("forgets a conversation left idle longer than the idle time", async () => {
    const fake = await start({ conversations: new MemoryConversationStore({ idleMs: 300 }) });
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await askPrivately(fake, "who signed it?", 2)).toMatch(/^Which agreement do you mean\?/);
  });

  it("still answers when the conversation store fails, the question then standing on its own", async () => {
    const down: ConversationStore = {
      read: () => Promise.reject(new Error("store unreachable")),
      write: () => Promise.reject(new Error("store unreachable")),
      delete: () => Promise.reject(new Error("store unreachable")),
    };
    const fake = await start({ conversations: down });
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    expect(await askPrivately(fake, "who signed it?", 2)).toMatch(/^Which agreement do you mean\?/);
  });

  it("answers inline queries on their own, whatever was asked in a chat", async () => {
    const fake = await start();
    expect(await askPrivately(fake, "When did Japan sign?", 1)).toMatch(japanDate);
    fake.userTypesInline(alice, "who signed it?");
    const inline = await fake.waitFor((call) => call.method === "answerInlineQuery" && call.ok);
    const [first] = inline.payload.results as Array<{ title: string; description: string }>;
    expect(first).toMatchObject({ title: "who signed it?", description: expect.stringMatching(/^Which agreement do you mean\?/) });
  });
});
