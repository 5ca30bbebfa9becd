/**
 * The Discord bot when Discord misbehaves: REST answers 429 (with the
 * headers discord.js honours) and 500 on the interaction callback that
 * carries an answer and on the edit of a deferred reply (/timeline), and the
 * gateway connection is closed or cut. Each answer still arrives once, and
 * the bot keeps serving. (A 404 on the callback is covered in
 * test/adapters/discord/bot.test.ts.)
 */
import { beforeAll, expect, it, type TestContext } from "vitest";
import { startDiscordBot } from "../../adapters/discord/start.ts";
import { createLogger } from "../../adapters/shared/logger.ts";
import type { Engine } from "../../src/index.ts";
import { FakeDiscord, type FakeResponse, type RecordedRequest } from "../fakes/discord-fake.ts";
import { chatInput, type Built } from "../fakes/discord-payloads.ts";
import { isCallback, isOriginalEdit, isReply, messageOf } from "../fakes/discord-requests.ts";
import { until } from "./until.ts";
import { sharedEngine } from "../shared-engine.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.fault-test-token.for-tests-only";
const japanQuestion = "When did Japan sign its security agreement with Ukraine?";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

/** A fake Discord and the bot logged in to it; both stop when the test ends. With `logLines`, the bot's log lines go there. */
async function start({ onTestFinished }: TestContext, logLines?: string[]): Promise<{ fake: FakeDiscord }> {
  const fake = await FakeDiscord.start();
  const logger = logLines ? createLogger("info", { write: (line: string) => void logLines.push(line) }) : createLogger("silent");
  const bot = await startDiscordBot({ engine, config: { token: TOKEN, applicationId: fake.applicationId, apiRoot: fake.apiRoot }, logger });
  onTestFinished(async () => {
    await bot.stop();
    await fake.close();
  });
  return { fake };
}

const describeRequest = (request: RecordedRequest) => `${isCallback(request) ? "callback" : isOriginalEdit(request) ? "edit" : request.method} ${request.status}`;
const description = (request: RecordedRequest | undefined) => messageOf<{ embeds: Array<{ description?: string }> }>(request).embeds?.[0]?.description ?? "";

/** Sends an interaction and resolves with the requests made for it, once its reply has gone through (within `timeoutMs`). */
async function interact(fake: FakeDiscord, built: Built, prepare: (token: string) => void = () => {}, timeoutMs?: number): Promise<RecordedRequest[]> {
  prepare(built.token);
  fake.interact(built.payload);
  await fake.waitForRequest((request) => request.path.includes(built.token) && isReply(request) && request.status < 300, timeoutMs);
  return fake.requestsFor(built.token);
}

/** Asks `question` with `/ask`; see `interact`. */
const ask = (fake: FakeDiscord, question: string, prepare?: (token: string) => void) => interact(fake, chatInput("ask", { question }), prepare);

const rateLimited: FakeResponse = {
  status: 429,
  headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
  body: { message: "You are being rate limited.", retry_after: 1, global: false },
};
const serverError: FakeResponse = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };

it.concurrent("a 429 on the interaction callback is logged, waited out, and the answer delivered once", async (context) => {
  const logLines: string[] = [];
  const { fake } = await start(context, logLines);
  let interactionToken = "";
  const requests = await ask(fake, japanQuestion, (token) => {
    interactionToken = token;
    fake.failNext((request) => isCallback(request) && request.path.includes(token), rateLimited);
  });
  expect(requests.map(describeRequest)).toEqual(["callback 429", "callback 204"]);
  expect(description(requests.at(-1))).toContain("13 June 2024");
  const warnings = logLines.map((line) => JSON.parse(line) as { level: number; msg: string; retryAfterS?: number }).filter((line) => line.msg.startsWith("Discord answered 429"));
  expect(warnings).toEqual([expect.objectContaining({ level: 40, retryAfterS: 1 })]);
  expect(logLines.join("")).not.toContain(interactionToken); // the route names no token
});

it.concurrent("a 500 on the callback is retried and the answer delivered once", async (context) => {
  const { fake } = await start(context);
  const requests = await ask(fake, japanQuestion, (token) => fake.failNext((request) => isCallback(request) && request.path.includes(token), serverError, 2));
  expect(requests.map(describeRequest)).toEqual(["callback 500", "callback 500", "callback 204"]);
  expect(description(requests.at(-1))).toContain("13 June 2024");
});

it.concurrent("a 429 and a 500 on the edit of a deferred reply (/timeline) are waited out and the chart delivered once", async (context) => {
  const { fake } = await start(context);
  // The chart is drawn (the first one in a worker also loads Vega and resvg), then Discord's 1 s wait: more than the usual 5 s on a busy machine.
  const requests = await interact(
    fake,
    chatInput("timeline", {}),
    (token) => {
      fake.failNext((request) => isOriginalEdit(request) && request.path.includes(token), rateLimited);
      fake.failNext((request) => isOriginalEdit(request) && request.path.includes(token), serverError);
    },
    15_000,
  );
  expect(requests.map(describeRequest)).toEqual(["callback 204", "edit 429", "edit 500", "edit 200"]);
  expect(requests.at(-1)?.files.map((file) => file.filename)).toEqual(["timeline.png"]);
});

const gatewayDrops: Array<[string, (fake: FakeDiscord) => void]> = [
  ["closes the connection with code 4000 (unknown error)", (fake) => fake.dropConnections(4000)],
  ["cuts the socket without a close frame", (fake) => fake.cutConnections()],
];

// A close that ends the session (e.g. 4007) makes discord.js identify anew, which it throttles to one per 5 s: too slow to test here.
it.concurrent.for(gatewayDrops)("when the gateway %s, the bot resumes its session and answers the next question", async ([, drop], context) => {
  const { fake } = await start(context);
  expect(description((await ask(fake, japanQuestion)).at(-1))).toContain("13 June 2024");
  const resumes = () => fake.gatewayFrames.filter((frame) => frame.op === 6).length;
  const before = resumes();
  drop(fake);
  await until(() => fake.sessions === 0, "the old session is gone");
  await until(() => fake.sessions === 1 && resumes() > before, "the session is resumed");
  expect(description((await ask(fake, "When did the UK sign its agreement?")).at(-1))).toContain("12 January 2024");
});
