/**
 * Hostile input through the Discord adapter: what the engine answers to it,
 * rendered as embeds and buttons, stays within every Discord limit, never
 * turns the user's text into a link, and never enables a mention; any
 * custom_id is read without failing. Then the same input through the real
 * discord.js client, against the fake Discord.
 */
import { embedLength, type APIEmbed } from "discord.js";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDiscordClient } from "../../adapters/discord/client.ts";
import { parseButtonId } from "../../adapters/discord/custom-ids.ts";
import { renderAnswer, renderPages, type RenderedMessage } from "../../adapters/discord/render.ts";
import { startDiscordBot, type DiscordBot } from "../../adapters/discord/start.ts";
import { createLogger } from "../../adapters/shared/logger.ts";
import type { Answer, Engine } from "../../src/index.ts";
import { FakeDiscord } from "../fakes/discord-fake.ts";
import { autocomplete, chatInput } from "../fakes/discord-payloads.ts";
import { callbackType, isCallback, isReply, messageOf } from "../fakes/discord-requests.ts";
import { limitViolations, type MessagePayload } from "../adapters/discord/limits.ts";
import { hostileString, LONE_SURROGATE } from "./hostile-strings.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

const answersTo = (input: string): Answer[] => [engine.answer(input), engine.agreement(input), engine.quotes(input)];

/** URLs of the masked links Discord would render (`[label](url)` not escaped). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[(?:\\.|[^\\\]])*\]\(([^)\s]*)\)/g)].map((match) => match[1] ?? "");
}

function embedTexts(embed: APIEmbed): string[] {
  return [embed.title, embed.description, embed.footer?.text, embed.author?.name, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])].filter(
    (text): text is string => text !== undefined,
  );
}

/**
 * The limits `message` breaks. Half a surrogate pair counts only when the input had none: Discord
 * never delivers one, so one the input holds is a test artefact the bot may echo.
 */
function violations(message: MessagePayload, input: string): string[] {
  const echoed = LONE_SURROGATE.test(input);
  return limitViolations(message).filter((problem) => !(echoed && problem.endsWith("half a surrogate pair")));
}

/** Everything a rendered message must satisfy, whatever the input. */
function expectAcceptable(message: RenderedMessage, input: string): void {
  expect(violations(message, input)).toEqual([]);
  expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(6000);
  // The client's default (no mention ever parsed) applies only if no message overrides it.
  expect(Object.keys(message)).not.toContain("allowed_mentions");
  expect(Object.keys(message)).not.toContain("allowedMentions");
  for (const text of message.embeds.flatMap(embedTexts)) for (const url of linkTargets(text)) expect(url).not.toContain("evil.example");
}

it("the client never lets a message mention anyone", () => {
  expect(createDiscordClient({}).options.allowedMentions).toEqual({ parse: [] });
});

it("renders any answer to hostile input within every limit, without links or mentions from the user's text", () => {
  fc.assert(
    fc.property(hostileString, (input) => {
      for (const answer of answersTo(input)) {
        expectAcceptable(renderAnswer(answer, { key: "k7Zq2" }), input);
        expectAcceptable(renderAnswer(answer, { key: "k7Zq2", title: input, examples: [input] }), input);
        const pages = renderPages(answer);
        expect(pages.length).toBeGreaterThan(0);
        for (const page of pages) expectAcceptable(page, input);
      }
    }),
    { numRuns: 80 },
  );
});

it("reads any custom_id without failing, and only its own as an action", () => {
  fc.assert(
    fc.property(hostileString, (customId) => {
      const action = parseButtonId(customId);
      if (action !== undefined) expect(customId.startsWith("pd:")).toBe(true);
    }),
    { numRuns: 300 },
  );
});

let fake: FakeDiscord | undefined;
let bot: DiscordBot | undefined;

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

it("the real bot answers hostile /ask questions, /agreement arguments and autocomplete text within Discord's limits, pinging no one", async () => {
  const server = await FakeDiscord.start();
  fake = server;
  const errors: string[] = [];
  const logger = createLogger("warn", { write: (line: string) => void errors.push(line) });
  bot = await startDiscordBot({ engine, config: { token: "hostile-input-test-token", applicationId: server.applicationId, apiRoot: server.apiRoot }, logger });

  await fc.assert(
    fc.asyncProperty(hostileString, async (input) => {
      const interactions = [
        { built: chatInput("ask", { question: input }), done: isReply },
        { built: chatInput("agreement", { partner: input }), done: isReply },
        { built: autocomplete("agreement", "partner", input), done: isCallback },
      ];
      for (const { built, done } of interactions) {
        server.interact(built.payload);
        await server.waitForRequest((request) => request.path.includes(built.token) && done(request));
        for (const request of server.requestsFor(built.token)) {
          expect(request.status).toBeLessThan(300);
          if (callbackType(request) !== undefined && callbackType(request) !== 4) continue; // a choice list or a deferral carries no message
          const message = messageOf<MessagePayload & { allowed_mentions: unknown }>(request);
          expect(message.allowed_mentions).toEqual({ parse: [] });
          expect(violations(message, input)).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
    }),
    { numRuns: 15 },
  );
});
