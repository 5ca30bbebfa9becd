/**
 * The Telegram bot end to end: the real engine and the real grammY client
 * (runner, auto-retry, rate limiter) talking HTTP to a fake Bot API server on
 * 127.0.0.1. Assertions are about what users see in their chats, answers
 * included as rendered from the engine's blocks (never from its text).
 */
import type { Message, MessageEntity, Update, User } from "grammy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatCorpusDate, type Engine } from "../../../src/index.ts";
import { FakeTelegramBotApi, type RecordedCall } from "../../fakes/telegram-bot-api.ts";
import { alice, bob, buttons, group, LogCapture, olena, otherBot, privateChat, seen, startHarness, visible, type Harness } from "./harness.ts";
import { sharedEngine } from "../../shared-engine.ts";

let engine: Engine;
const running: Harness[] = [];

beforeAll(() => {
  engine = sharedEngine();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  const harness = await startHarness(engine, options);
  running.push(harness);
  return harness;
}

const japanQuestion = "When did Japan sign its security agreement with Ukraine?";

describe("start-up", () => {
  it("checks the token, leaves webhook mode and registers the command menu in English and Ukrainian", async () => {
    const { fake } = await start();
    expect(fake.succeeded("getMe")).toHaveLength(1);
    expect(fake.succeeded("deleteWebhook")).toHaveLength(1);
    const menus = fake.succeeded("setMyCommands").map((call) => ({ language: call.payload.language_code, commands: call.payload.commands.map((c: { command: string }) => c.command) }));
    expect(menus).toEqual([
      { language: undefined, commands: ["ask", "agreement", "timeline", "sources", "about", "help"] },
      { language: "uk", commands: ["ask", "agreement", "timeline", "sources", "about", "help"] },
    ]);
  });

  it("refuses to start with a token Telegram rejects, naming the variable but not the token", async () => {
    const fake = await FakeTelegramBotApi.start();
    try {
      const starting = startHarness(engine, { fake, config: { token: "999:wrong-token-value" } });
      await expect(starting).rejects.toThrow(/^Telegram rejected TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/);
      await expect(starting).rejects.not.toThrow(/wrong-token-value/);
    } finally {
      await fake.close();
    }
  });
});

describe("private chat", () => {
  it("answers any text with the cited date, links to the sources, and Sources and More buttons", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const reply = await fake.nextMessageTo(alice.id, 1);
    const { text, links } = seen(reply);
    expect(text).toContain("13 June 2024");
    expect(links.length).toBeGreaterThan(0);
    for (const [, url] of links) expect(url).toMatch(/^https?:\/\//);
    const call = fake.succeeded("sendMessage")[0];
    expect(call?.payload).toMatchObject({ parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    expect(buttons(reply).map((button) => button.text)).toEqual(["Sources", "More"]);
    expect(reply.reply_markup?.inline_keyboard).toHaveLength(1);
  });

  it("keeps the user's own markup characters as text (no broken HTML)", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), `<b>& ${japanQuestion}`);
    fake.userSends(alice, privateChat(alice), `<b>&amp; "zzqx" </i> qwrtz?`);
    await fake.nextMessageTo(alice.id, 2);
    expect(fake.calls.filter((call) => call.method === "sendMessage" && !call.ok)).toEqual([]);
    expect(seen((await fake.nextMessageTo(alice.id, 1)) as Message).text).toContain("13 June 2024");
  });

  it("greets on /start with three example questions as buttons that ask them", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/start");
    const greeting = await fake.nextMessageTo(alice.id, 1);
    const examples = buttons(greeting);
    expect(examples).toHaveLength(3);
    expect(examples.map((button) => button.text)).toEqual(engine.examples({ lang: "en" }).slice(0, 3));

    fake.userPresses(alice, greeting, examples[0]?.data as string);
    const answer = await fake.nextMessageTo(alice.id, 2);
    const pressed = await fake.waitFor((call) => call.method === "answerCallbackQuery");
    expect(pressed.ok).toBe(true);
    expect(seen(answer).text.startsWith(`❓ ${examples[0]?.text}`)).toBe(true);
    expect(fake.calls.indexOf(pressed)).toBeLessThan(fake.calls.findIndex((call) => call.method === "sendMessage" && call.message === answer));
  });

  it("shows the full sources when Sources is pressed, then removes that button and keeps More", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const reply = await fake.nextMessageTo(alice.id, 1);
    const sourcesButton = buttons(reply).find((button) => button.text === "Sources");
    expect(Buffer.byteLength(sourcesButton?.data ?? "")).toBeLessThanOrEqual(64);

    fake.userPresses(alice, reply, sourcesButton?.data as string);
    const sources = seen(await fake.nextMessageTo(alice.id, 2));
    expect(sources.text.startsWith("Sources for this answer")).toBe(true);
    for (const [, url] of seen(reply).links) expect(sources.text).toContain(url);
    const edit = await fake.waitFor((call) => call.method === "editMessageReplyMarkup");
    expect(edit.ok).toBe(true);
    expect(edit.payload.reply_markup.inline_keyboard.flat().map((button: { text: string }) => button.text)).toEqual(["More"]);
    expect(fake.succeeded("answerCallbackQuery")).toHaveLength(1);
  });

  it("answers every button press, even one it cannot act on", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/start");
    const greeting = await fake.nextMessageTo(alice.id, 1);
    fake.userPresses(alice, greeting, "t:ffffff0");
    fake.userPresses(alice, greeting, "s:000000:1.2");
    fake.userPresses(alice, greeting, "something-else");
    await fake.waitFor((call) => call.method === "answerCallbackQuery", { count: 3 });
    expect(fake.calls.filter((call) => call.method === "answerCallbackQuery").map((call) => [call.ok, call.payload.text])).toEqual([
      [true, "This button has expired. Please type the question instead."],
      [true, "The sources have been updated since this answer. Please ask again."],
      [true, "This button has expired. Please type the question instead."],
    ]);
    expect(fake.sentTo(alice.id)).toHaveLength(1);
  });

  it("offers suggestions as buttons when it has no answer, and a pressed suggestion is answered", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "What is the airspeed velocity of an unladen swallow?");
    const reply = await fake.nextMessageTo(alice.id, 1);
    expect(seen(reply).text).toMatch(/\n\nQuestions I can answer:$/);
    const suggestions = buttons(reply).filter((button) => button.text !== "Sources");
    expect(suggestions.length).toBeGreaterThan(0);
    for (const button of suggestions) expect(Buffer.byteLength(button.data)).toBeLessThanOrEqual(64);

    fake.userPresses(alice, reply, suggestions[0]?.data as string);
    const answer = await fake.nextMessageTo(alice.id, 2);
    expect(seen(answer).text.startsWith("❓ ")).toBe(true);
    expect(fake.calls.filter((call) => call.method === "answerCallbackQuery").every((call) => call.ok)).toBe(true);
  });

  it("speaks Ukrainian to a Ukrainian client and asks the engine for Ukrainian answers", async () => {
    const { fake } = await start();
    fake.userSends(olena, privateChat(olena), "/start");
    expect(seen(await fake.nextMessageTo(olena.id, 1)).text).toMatch(/^Вітаю! Я відповідаю на запитання про двосторонні безпекові угоди України/);
    fake.userSends(olena, privateChat(olena), "/help");
    expect(seen(await fake.nextMessageTo(olena.id, 2)).text).toContain(`Дані станом на ${formatCorpusDate(engine.asOf, "uk")}.`);
    const question = "Коли Японія підписала безпекову угоду з Україною?";
    fake.userSends(olena, privateChat(olena), question);
    const expected = engine.answer(question, { lang: "uk" });
    expect(seen(await fake.nextMessageTo(olena.id, 3)).text).toContain(expected.text.replace(/\s*\[\d+\].*$/s, "").slice(0, 60));
  });
});

describe("a Ukrainian client", () => {
  it("gets Ukrainian buttons, and help that names partners and dates as the Ukrainian answers do", async () => {
    const { fake } = await start();
    fake.userSends(olena, privateChat(olena), "/help");
    const help = seen(await fake.nextMessageTo(olena.id, 1)).text;
    expect(help).toContain("Команди");
    expect(help).toContain("/agreement Велика Британія");
    expect(help).toMatch(/Дані станом на \d{1,2} [а-яґєії]+ \d{4} року\./);
    expect(help).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    fake.userSends(olena, privateChat(olena), "Скільки угод підписано?");
    expect(buttons(await fake.nextMessageTo(olena.id, 2)).map((button) => button.text)).toEqual(["Джерела", "Хронологія"]);
    fake.userSends(olena, privateChat(olena), "Коли Японія підписала безпекову угоду з Україною?");
    expect(buttons(await fake.nextMessageTo(olena.id, 3)).map((button) => button.text)).toEqual(["Джерела", "Докладніше"]);
    fake.userSends(olena, privateChat(olena), "/agreement");
    expect(seen(await fake.nextMessageTo(olena.id, 4)).text).toBe("Надішліть /agreement і назву партнера, наприклад: /agreement Велика Британія");
  });
});

describe("commands", () => {
  it("/agreement shows one agreement's card, and explains itself when the partner is missing", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/agreement Japan");
    expect(seen(await fake.nextMessageTo(alice.id, 1)).text).toContain("13 June 2024");
    fake.userSends(alice, privateChat(alice), "/agreement");
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toMatch(/^Send \/agreement followed by a partner's name/);
  });

  it("/sources lists every source across several messages, each within Telegram's limit", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/sources");
    // Same chat, so handled after /sources is done: everything before the help text is the list.
    fake.userSends(alice, privateChat(alice), "/help");
    const help = await fake.waitFor((call) => call.method === "sendMessage" && call.ok && Boolean(call.message?.text?.includes("Commands")));
    const list = fake.sentTo(alice.id).slice(0, fake.sentTo(alice.id).indexOf(help.message as Message));
    expect(list.length).toBeGreaterThan(1);
    const texts = list.map((message) => seen(message).text);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    const linked = new Set(list.flatMap((message) => seen(message).links.map(([, url]) => url)));
    for (const source of engine.sources().citations) {
      expect(linked).toContain(source.url);
      expect(texts.join("\n")).toContain(source.title);
    }
  });

  it("/help and /about say what is covered and how current it is", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/help");
    fake.userSends(alice, privateChat(alice), "/about");
    const help = seen(await fake.nextMessageTo(alice.id, 1)).text;
    expect(help).toContain(`Information as of ${formatCorpusDate(engine.asOf)}.`);
    expect(help).toContain("@PactDeskTestBot");
    expect(help).toContain("/agreement");
    const about = seen(await fake.nextMessageTo(alice.id, 2)).text;
    expect(about).toContain(engine.about().text.split("\n")[0]?.replace(/\s*\[\d+\]/g, "").slice(0, 40));
  });
});

describe("groups", () => {
  it("answers /ask, /ask@ThisBot, a reply to the bot and a mention, and ignores everything else", async () => {
    const { fake } = await start();
    const asked = [
      fake.userSends(alice, group, `/ask ${japanQuestion}`),
      fake.userSends(bob, group, `/ask@PactDeskTestBot ${japanQuestion}`),
    ];
    const ignored = [
      fake.userSends(alice, group, "Good morning everyone, when did Japan sign?"),
      fake.userSends(bob, group, `/ask@OtherHelperBot ${japanQuestion}`),
      fake.userSends(otherBot, group, `@PactDeskTestBot ${japanQuestion}`),
      fake.userSends(alice, group, "/unknown@PactDeskTestBot"),
    ];
    const firstAnswer = await fake.nextMessageTo(group.id, 1);
    asked.push(fake.userSends(alice, group, "and who signed it?", { replyTo: firstAnswer }));
    asked.push(fake.userSends(bob, group, `@PactDeskTestBot ${japanQuestion}`));
    const replyTo = (update: Update) => (call: RecordedCall) => call.ok && call.payload.reply_parameters?.message_id === update.message?.message_id;
    const last = await fake.waitFor(replyTo(asked.at(-1) as Update));
    // Handled in order per chat, so everything sent before the last question has been seen by now.
    // Long answers come in several messages; the first of each quotes the question.
    const repliedTo = fake
      .succeeded("sendMessage")
      .filter((call) => call.payload.chat_id === group.id && call.payload.reply_parameters)
      .map((call) => call.payload.reply_parameters.message_id);
    expect(repliedTo).toEqual(asked.map((update) => update.message?.message_id));
    expect(ignored.every((update) => !repliedTo.includes(update.message?.message_id))).toBe(true);
    expect(seen(last.message as Message).text).toContain("13 June 2024");
    expect(seen(firstAnswer).text).toContain("13 June 2024");
  });

  it("takes the mention out of the question", async () => {
    const { fake, logs } = await start({ logs: new LogCapture("debug") });
    fake.userSends(alice, group, `@PactDeskTestBot ${japanQuestion}`);
    fake.userSends(alice, group, `${japanQuestion} @pactdesktestbot`);
    expect(seen(await fake.nextMessageTo(group.id, 1)).text).toContain("13 June 2024");
    await fake.nextMessageTo(group.id, 2);
    await logs.waitFor(() => logs.answered().length === 2);
    expect(logs.answered().map((line) => line.question)).toEqual([japanQuestion, japanQuestion]);
  });

  it("/ask as a reply asks the replied-to message", async () => {
    const { fake } = await start();
    const question = fake.userSends(bob, group, japanQuestion);
    fake.userSends(alice, group, "/ask", { replyTo: question.message as Message });
    expect(seen(await fake.nextMessageTo(group.id, 1)).text).toContain("13 June 2024");
  });
});

describe("inline mode", () => {
  it("offers the answer as an article with its citations, within Telegram's limits", async () => {
    const { fake } = await start();
    fake.userTypesInline(alice, "when did Japan sign");
    const call = await fake.waitFor((c) => c.method === "answerInlineQuery");
    expect(call.ok).toBe(true);
    const results = call.payload.results as Array<{ id: string; title: string; description: string; input_message_content: { message_text: string; parse_mode: string } }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(50);
    const [first] = results;
    expect(first?.title).toBe("when did Japan sign");
    expect(first?.description).toContain("13 June 2024");
    expect(first?.description).not.toMatch(/\[\d+\]/);
    expect(first?.input_message_content.parse_mode).toBe("HTML");
    expect(visible(first?.input_message_content.message_text ?? "")).toContain("13 June 2024");
    expect(visible(first?.input_message_content.message_text ?? "")).toMatch(/https?:\/\//);
    for (const result of results) expect(Buffer.byteLength(result.id)).toBeLessThanOrEqual(64);
  });

  it("shows example answers for an empty query", async () => {
    const { fake } = await start();
    fake.userTypesInline(alice, "");
    const call = await fake.waitFor((c) => c.method === "answerInlineQuery");
    expect(call.ok).toBe(true);
    expect(call.payload.results.map((result: { title: string }) => result.title)).toEqual(
      engine.examples({ lang: "en" }).slice(0, 3).filter((example) => engine.answer(example, { lang: "en" }).status !== "rejected"),
    );
  });
});

/** The text each entity of a type covers. */
function covered(message: Message, type: MessageEntity["type"]): string[] {
  const text = message.text ?? "";
  return (message.entities ?? []).filter((entity) => entity.type === type).map((entity) => text.slice(entity.offset, entity.offset + entity.length));
}

describe("answers rendered from blocks", () => {
  it("links each citation marker (the text's, then each quote's) to its source", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    const reply = await fake.nextMessageTo(alice.id, 1);
    const expected = engine.answer("When did Japan sign?", { lang: "en" });
    const markers = seen(reply).links.filter(([label]) => /^\[\d+\]$/.test(label));
    const cited = [...expected.blocks.flatMap((block) => block.cites), ...expected.quotes.map((quote) => quote.citation)];
    expect(markers).toEqual(cited.map((n) => [`[${n}]`, expected.citations[n - 1]?.url]));
    expect(seen(reply).text.startsWith(expected.summary.slice(0, -1))).toBe(true);
  });

  it("repeats a bracketed number the asker typed as words, never as a citation link", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/agreement [1] Atlantis");
    const reply = await fake.nextMessageTo(alice.id, 1);
    expect(seen(reply).text).toContain("“(1) Atlantis”");
    expect(seen(reply).links).toEqual([]);
  });

  it("describes each inline result by the answer's summary", async () => {
    const { fake } = await start();
    fake.userTypesInline(alice, "when did Japan sign");
    const call = await fake.waitFor((c) => c.method === "answerInlineQuery");
    const [first] = call.payload.results as Array<{ description: string }>;
    expect(first?.description).toBe(engine.answer("when did Japan sign", { lang: "en" }).summary);
  });
});

/** Asks `question` in a private chat, presses the button labelled `label` under the answer, and returns the message that follows. */
async function pressMore(fake: FakeTelegramBotApi, user: User, question: string, label: string): Promise<Message> {
  fake.userSends(user, privateChat(user), question);
  const short = await fake.nextMessageTo(user.id, 1);
  const more = buttons(short).find((button) => button.text === label);
  expect(more).toBeDefined();
  fake.userPresses(user, short, more?.data as string);
  return fake.nextMessageTo(user.id, 2);
}

describe("More", () => {
  it("sits under a short answer and gives the full card, its note in italics", async () => {
    const { fake } = await start();
    const card = await pressMore(fake, alice, "When did Japan sign?", "More");
    const { text } = seen(card);
    // Where and when, who signed, for how long: the whole card.
    expect(text).toContain("Apulia");
    expect(text).toContain("Fumio Kishida");
    expect(text).toMatch(/Duration: 10 years/);
    const expected = engine.agreement("Japan");
    const notes = expected.blocks.filter((block) => block.kind === "note");
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(covered(card, "italic").join("")).toContain(note.segments.flatMap((segment) => ("text" in segment ? [segment.text] : [])).join("").trim().slice(0, 60));
    // The card is all there is: no More under it.
    expect(buttons(card).map((button) => button.text)).not.toContain("More");
    // And the short answer loses its More button, so a second press cannot send the card twice.
    const edit = await fake.waitFor((call) => call.method === "editMessageReplyMarkup");
    expect(edit.ok).toBe(true);
    expect(edit.payload.reply_markup.inline_keyboard.flat().map((button: { text: string }) => button.text)).toEqual(["Sources"]);
  });

  it("is «Докладніше» for a Ukrainian client, and gives the Ukrainian card", async () => {
    const { fake } = await start();
    expect(seen(await pressMore(fake, olena, "Коли Японія підписала безпекову угоду з Україною?", "Докладніше")).text).toContain("Фуміо Кісіда");
  });
});
