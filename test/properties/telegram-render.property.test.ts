/**
 * Hostile input through the Telegram adapter: what the engine answers to it,
 * rendered as HTML, always parses as Telegram parses it (balanced tags, every
 * `<`, `>` and `&` of user text escaped, so the user reads exactly their own
 * text back), each message within 4096 characters; button data never breaks
 * Telegram's 64 bytes. Then the same input through the real bot, against the
 * fake Bot API that rejects what Telegram would.
 */
import fc from "fast-check";
import type { Message } from "grammy/types";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBot } from "../../adapters/telegram/bot.ts";
import { TELEGRAM_MAX_MESSAGE_LENGTH } from "../../adapters/telegram/html.ts";
import { answerKeyboard, askButtonData, QuestionTokens, resolveButton, SourceCatalogue, type KeyboardContext } from "../../adapters/telegram/keyboard.ts";
import { renderAnswer, renderCitations, renderInlineAnswer } from "../../adapters/telegram/render.ts";
import type { Answer, Engine } from "../../src/index.ts";
import { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { parseTelegramHtml } from "../fakes/telegram-html.ts";
import { alice, group, LogCapture, privateChat } from "../adapters/telegram/harness.ts";
import { hostileString, LONE_SURROGATE } from "./hostile-strings.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
let keyboards: KeyboardContext;

beforeAll(() => {
  engine = sharedEngine();
  keyboards = { catalogue: new SourceCatalogue(engine.sources().citations), tokens: new QuestionTokens() };
});

/** The engine's answers to `input` used as a question, an /agreement argument and a quote topic. */
const answersTo = (input: string): Answer[] => [engine.answer(input), engine.agreement(input), engine.quotes(input)];

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** Parses each message as Telegram would (throws on bad HTML) and checks its length; returns what the user reads. */
function readMessages(messages: string[]): string {
  return messages
    .map((html) => {
      const { text } = parseTelegramHtml(html);
      expect(text.length).toBeLessThanOrEqual(TELEGRAM_MAX_MESSAGE_LENGTH);
      expect(text.trim()).not.toBe("");
      return text;
    })
    .join("\n");
}

it("renders any answer to hostile input as valid HTML within 4096 characters, the user's text shown exactly", () => {
  fc.assert(
    fc.property(hostileString, (input) => {
      for (const answer of answersTo(input)) {
        const messages = renderAnswer(answer, { showQuestion: true, introduceSuggestions: true });
        const read = readMessages(messages);
        // Escaped, not interpreted: the question and the text (which echoes the user's words) read exactly as written.
        if (answer.question.trim() !== "") expect(read.startsWith(`❓ ${answer.question}`)).toBe(true);
        expect(squeeze(read)).toContain(squeeze(answer.text));
        readMessages([renderInlineAnswer(answer)]);
        if (answer.citations.length > 0) readMessages(renderCitations(answer.citations, answer.lang));
        // The renderer never cuts an emoji in half (a lone surrogate the user sent is theirs to keep).
        if (!LONE_SURROGATE.test(input)) for (const html of messages) expect(html).not.toMatch(LONE_SURROGATE);
      }
    }),
    { numRuns: 120 },
  );
});

it("keeps every button's callback data within 64 bytes, and reads any callback data without failing", async () => {
  await fc.assert(
    fc.asyncProperty(hostileString, async (input) => {
      for (const answer of answersTo(input)) {
        for (const button of answerKeyboard(answer, keyboards)?.inline_keyboard.flat() ?? []) {
          expect(button.text.trim()).not.toBe("");
          if ("callback_data" in button) expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
        }
      }
      const data = askButtonData(input, keyboards);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(await resolveButton(data, keyboards)).toEqual(input.trim() === "" && !data.startsWith("t:") ? { kind: "unknown" } : { kind: "ask", question: input });
      expect(["sources", "ask", "expired", "outdated", "unknown"]).toContain((await resolveButton(input, keyboards)).kind);
    }),
    { numRuns: 200 },
  );
});

let fake: FakeTelegramBotApi;
afterAll(async () => {
  await fake?.close();
});

it("the real bot answers hostile messages, /agreement arguments, inline queries and button data, and Telegram accepts every reply", async () => {
  fake = await FakeTelegramBotApi.start();
  const logs = new LogCapture();
  const bot = createBot(engine, { token: fake.token, apiRoot: fake.apiRoot }, logs.logger, { botInfo: fake.bot, rateLimit: 1_000_000, inlineRateLimit: 1_000_000 });
  await bot.handleUpdate(fake.userSends(alice, privateChat(alice), "When did Japan sign?"));
  const answerMessage = fake.sentTo(alice.id)[0] as Message;

  await fc.assert(
    fc.asyncProperty(hostileString, async (input) => {
      const before = fake.calls.length;
      await bot.handleUpdate(fake.userSends(alice, privateChat(alice), input));
      await bot.handleUpdate(fake.userSends(alice, group, `/agreement ${input}`));
      await bot.handleUpdate(fake.userTypesInline(alice, input));
      await bot.handleUpdate(fake.userPresses(alice, answerMessage, input));
      await bot.handleUpdate(fake.userPresses(alice, answerMessage, `q:${input}`));
      const failed = fake.calls.slice(before).filter((call) => !call.ok);
      expect(failed.map((call) => `${call.method}: ${call.error?.description}`)).toEqual([]);
      expect(logs.lines().filter((line) => (line.level as number) >= 50)).toEqual([]);
    }),
    { numRuns: 25 },
  );
});
