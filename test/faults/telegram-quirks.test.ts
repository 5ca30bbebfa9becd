/**
 * The Telegram bot against what Telegram really sends and answers: late
 * button presses, inaccessible messages, groups upgraded to supergroups,
 * photo captions, anonymous group admins, stickers and voice messages,
 * edited questions, and groups at the 20-messages-a-minute limit. Each test
 * asserts what the user receives: the answer, once, in the right chat.
 */
import type { Chat, Message, Update, User } from "grammy/types";
import { beforeAll, describe, expect, it, type TestContext } from "vitest";
import type { Engine } from "../../src/index.ts";
import { alice, buttons, group, LogCapture, olena, privateChat, seen, startHarness, type Harness } from "../adapters/telegram/harness.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

/** Starts the bot against a fresh fake, with debug logs captured; both stop when the test ends. */
async function start({ onTestFinished }: TestContext, options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  const harness = await startHarness(engine, { logs: new LogCapture("debug"), ...options });
  onTestFinished(() => harness.close());
  return harness;
}

const japanQuestion = "When did Japan sign its security agreement with Ukraine?";
const isJapanAnswer = (message: Message) => seen(message).text.includes("13 June 2024");
const apology = "Sorry, something went wrong while answering. Please try again.";
const texts = (messages: Message[]) => messages.map((message) => seen(message).text);

describe("button presses", () => {
  it.concurrent("a press too late for answerCallbackQuery is still answered, without an apology, and logged at debug", async (context) => {
    const { fake, logs } = await start(context);
    fake.userSends(alice, privateChat(alice), "/start");
    const greeting = await fake.nextMessageTo(alice.id, 1);
    fake.userPresses(alice, greeting, buttons(greeting)[0]?.data as string, { late: true });
    const answer = await fake.nextMessageTo(alice.id, 2);
    expect(seen(answer).text).toContain("[1]");
    expect(fake.calls.filter((call) => call.method === "answerCallbackQuery").map((call) => call.error?.error_code)).toEqual([400]);
    expect(await logs.waitFor((line) => line.msg === "could not answer the button press; going on")).toMatchObject({ level: 20 });
    fake.userSends(alice, privateChat(alice), "/about");
    await fake.nextMessageTo(alice.id, 3);
    expect(texts(fake.sentTo(alice.id))).not.toContain(apology);
    expect(logs.lines().filter((line) => line.msg === "update failed")).toEqual([]);
  });

  it.concurrent("Sources on a message the bot can no longer access shows the sources, and nothing breaks", async (context) => {
    const { fake } = await start(context);
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const reply = await fake.nextMessageTo(alice.id, 1);
    const sources = buttons(reply).find((button) => button.text === "Sources")?.data as string;
    fake.userPresses(alice, reply, sources, { inaccessible: true, late: true });
    const shown = await fake.nextMessageTo(alice.id, 2);
    expect(seen(shown).text).toContain("Sources for this answer");
    fake.userSends(alice, privateChat(alice), "/about");
    await fake.nextMessageTo(alice.id, 3);
    expect(texts(fake.sentTo(alice.id))).not.toContain(apology);
  });

  it.concurrent("an expired button pressed too late says so in the chat, since no toast can show it", async (context) => {
    const { fake } = await start(context);
    fake.userSends(alice, privateChat(alice), "/start");
    const greeting = await fake.nextMessageTo(alice.id, 1);
    fake.userPresses(alice, greeting, "t:ffffff0", { late: true });
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toBe("This button has expired. Please type the question instead.");
  });
});

describe("a group upgraded to a supergroup", () => {
  const basicGroup = { id: -4_200_001, type: "group", title: "Researchers (old)" } as Chat;
  const supergroup = { id: -1_004_200_001, type: "supergroup", title: "Researchers" } as Chat;

  it.concurrent("is answered at migrate_to_chat_id, once, and the move is remembered for the next answer", async (context) => {
    const { fake, logs } = await start(context);
    fake.migrateGroup(basicGroup, supergroup);
    fake.userSends(alice, basicGroup, `/ask ${japanQuestion}`);
    const answer = await fake.nextMessageTo(supergroup.id, 1);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.chat).toMatchObject({ id: supergroup.id, type: "supergroup" });
    expect(await logs.waitFor((line) => line.msg === "the group became a supergroup; sending there")).toMatchObject({ from: basicGroup.id, to: supergroup.id });

    fake.userSends(alice, basicGroup, "/about");
    await fake.nextMessageTo(supergroup.id, 2);
    const refused = fake.calls.filter((call) => call.method === "sendMessage" && !call.ok);
    expect(refused).toHaveLength(1); // only the first answer tried the old id
    expect(fake.sentTo(supergroup.id).filter(isJapanAnswer)).toHaveLength(1);
    expect(fake.sentTo(basicGroup.id)).toEqual([]);
  });
});

describe("captions", () => {
  it.concurrent("a question as a photo's caption is answered like text, in a private chat and with a mention in a group", async (context) => {
    const { fake } = await start(context);
    fake.userSendsPhoto(alice, privateChat(alice), japanQuestion);
    expect(isJapanAnswer(await fake.nextMessageTo(alice.id, 1))).toBe(true);

    const inGroup = fake.userSendsPhoto(alice, group, `@${fake.bot.username} ${japanQuestion}`);
    const answer = await fake.nextMessageTo(group.id, 1);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(inGroup.message?.message_id);
  });

  it.concurrent("/ask in a caption (caption_entities) is answered in a group, and a caption not for the bot is not", async (context) => {
    const { fake } = await start(context);
    fake.userSendsPhoto(alice, group, "Holiday photo, nothing to see");
    const asked = fake.userSendsPhoto(alice, group, `/ask@${fake.bot.username} ${japanQuestion}`);
    const answer = await fake.nextMessageTo(group.id, 1);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(asked.message?.message_id);
    fake.userSends(alice, group, "/about");
    await fake.nextMessageTo(group.id, 2);
    expect(fake.sentTo(group.id)).toHaveLength(2);
  });
});

describe("anonymous group admins", () => {
  it.concurrent("an admin writing as the group (from GroupAnonymousBot) is answered when they mention the bot or reply to it", async (context) => {
    const { fake } = await start(context);
    const mention = fake.adminSendsAnonymously(group, `@${fake.bot.username} ${japanQuestion}`);
    const answer = await fake.nextMessageTo(group.id, 1);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(mention.message?.message_id);

    const reply = fake.adminSendsAnonymously(group, japanQuestion, { replyTo: answer });
    const second = await fake.nextMessageTo(group.id, 2);
    expect(second.reply_to_message?.message_id).toBe(reply.message?.message_id);
    expect(isJapanAnswer(second)).toBe(true);
  });

  it.concurrent("other bots, and a channel's posts in its discussion group, are still ignored", async (context) => {
    const { fake } = await start(context);
    const channel = { id: -1_009_999_000, type: "channel", title: "News" } as Chat;
    fake.push({ message: { message_id: 9, date: 1, chat: group, from: { id: 136817688, is_bot: true, first_name: "Channel" }, sender_chat: channel, text: `@${fake.bot.username} ${japanQuestion}`, entities: [{ type: "mention", offset: 0, length: fake.bot.username.length + 1 }] } as unknown as Update["message"] });
    fake.userSends({ id: 5555, is_bot: true, first_name: "Other", username: "OtherHelperBot" } as User, group, `@${fake.bot.username} ${japanQuestion}`);
    fake.userSends(alice, group, "/about");
    await fake.nextMessageTo(group.id, 1);
    expect(fake.sentTo(group.id)).toHaveLength(1);
    expect(isJapanAnswer(fake.sentTo(group.id)[0] as Message)).toBe(false);
  });
});

describe("edited questions", () => {
  it.concurrent("an edited question in a private chat is answered once more, as a reply to the edit, and once per edit", async (context) => {
    const { fake } = await start(context);
    const sent = fake.userSends(alice, privateChat(alice), "When did Germany sign its security agreement with Ukraine?");
    await fake.nextMessageTo(alice.id, 1);
    const edit = fake.userEdits(sent.message as Message, japanQuestion);
    const answer = await fake.nextMessageTo(alice.id, 2);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(sent.message?.message_id);

    // The same edit again (Telegram re-sends, or an edit that leaves the words as they were): no new answer.
    fake.push({ edited_message: edit.edited_message } as Omit<Update, "update_id">);
    fake.userEdits(sent.message as Message, japanQuestion);
    fake.userSends(alice, privateChat(alice), "/about");
    await fake.nextMessageTo(alice.id, 3);
    expect(fake.sentTo(alice.id).filter(isJapanAnswer)).toHaveLength(1);
    expect(fake.sentTo(alice.id)).toHaveLength(3);
  });

  it.concurrent("in a group, an edit is answered only when the edit itself is addressed to the bot", async (context) => {
    const { fake } = await start(context);
    const chatter = fake.userSends(alice, group, "When did Japan sign, does anyone know?");
    fake.userEdits(chatter.message as Message, "When did Japan sign, does anyone know??");
    const asked = fake.userSends(alice, group, `/ask When did Japn sign?`);
    await fake.nextMessageTo(group.id, 1);
    fake.userEdits(chatter.message as Message, `@${fake.bot.username} ${japanQuestion}`);
    const answer = await fake.nextMessageTo(group.id, 2);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(chatter.message?.message_id);
    fake.userEdits(asked.message as Message, `/ask ${japanQuestion}`);
    const third = await fake.nextMessageTo(group.id, 3);
    expect(third.reply_to_message?.message_id).toBe(asked.message?.message_id);
    fake.userSends(alice, group, "/about");
    await fake.nextMessageTo(group.id, 4);
    expect(fake.sentTo(group.id)).toHaveLength(4);
  });
});

describe("a group at Telegram's 20-messages-a-minute limit", () => {
  const slowMode = (seconds: number) => ({ error_code: 429, description: `Too Many Requests: retry after ${seconds}`, parameters: { retry_after: seconds } });
  const toGroup = (payload: Record<string, unknown>) => payload.chat_id === group.id;

  it.concurrent("a 429 with retry_after 35 delays the group's answer instead of losing it, and other chats go on meanwhile", async (context) => {
    // A second of retry_after lasts 20 ms here (quickRetries), so the 35 s wait takes 0.7 s.
    const { fake, logs } = await start(context);
    fake.failNext("sendMessage", slowMode(35), 1, toGroup);
    const question = fake.userSends(alice, group, `/ask ${japanQuestion}`);
    await fake.waitFor((call) => call.method === "sendMessage" && call.error?.error_code === 429);
    fake.userSends(olena, privateChat(olena), "/about");
    await fake.nextMessageTo(olena.id, 1);
    expect(fake.sentTo(group.id)).toHaveLength(0); // the private chat was answered while the group waited

    const answer = await fake.nextMessageTo(group.id, 1);
    expect(isJapanAnswer(answer)).toBe(true);
    expect(answer.reply_to_message?.message_id).toBe(question.message?.message_id);
    expect(fake.sentTo(group.id)).toHaveLength(1);
    expect(await logs.waitFor((line) => line.msg === "Bot API refused a call")).toMatchObject({ code: 429, retryAfterS: 35 });
    expect(logs.lines().filter((line) => line.msg === "update failed")).toEqual([]);
  });

  it.concurrent("questions waiting behind it are bounded: past the limit the oldest waiting is dropped, with a log line", async (context) => {
    const { fake, logs } = await start(context, { bot: { maxWaitingPerChat: 3 } });
    fake.failNext("sendMessage", slowMode(50), 1, toGroup);
    const held = fake.userSends(alice, group, `/ask ${japanQuestion}`);
    await fake.waitFor((call) => call.method === "sendMessage" && call.error?.error_code === 429);
    const waiting = Array.from({ length: 5 }, (_, i) => fake.userSends({ ...alice, id: 40_000 + i }, group, `/ask ${japanQuestion} (${i})`));
    await fake.nextMessageTo(group.id, 4);
    await logs.waitFor((line) => line.msg === "too many questions waiting in one chat; dropped the oldest");
    fake.userSends(bob(), group, "/about");
    await fake.nextMessageTo(group.id, 5);
    const answered = fake.sentTo(group.id).map((message) => message.reply_to_message?.message_id);
    const ids = (updates: typeof waiting) => updates.map((update) => update.message?.message_id);
    expect(answered.slice(0, 4)).toEqual([held.message?.message_id, ...ids(waiting.slice(2))]);
    expect(logs.lines().filter((line) => line.msg === "too many questions waiting in one chat; dropped the oldest")).toHaveLength(2);
  });
});

function bob(): User {
  return { id: 1002, is_bot: false, first_name: "Bob", language_code: "en" };
}

describe("forum topics", () => {
  const forum = { id: -1_007_700_000, type: "supergroup", title: "Research forum", is_forum: true } as Chat;

  it.concurrent("a mention, a caption and an edit in a topic are answered in that topic", async (context) => {
    const { fake } = await start(context);
    fake.userSends(alice, forum, `@${fake.bot.username} ${japanQuestion}`, { topic: 77 });
    const first = await fake.nextMessageTo(forum.id, 1);
    fake.userSendsPhoto(alice, forum, `/ask ${japanQuestion}`, { topic: 78 });
    const second = await fake.nextMessageTo(forum.id, 2);
    const edited = fake.userSends(alice, forum, "Nice weather today", { topic: 79 });
    fake.userEdits(edited.message as Message, `@${fake.bot.username} ${japanQuestion}`);
    const third = await fake.nextMessageTo(forum.id, 3);
    expect([first, second, third].map((message) => message.message_thread_id)).toEqual([77, 78, 79]);
    expect([first, second, third].every(isJapanAnswer)).toBe(true);
  });
});
