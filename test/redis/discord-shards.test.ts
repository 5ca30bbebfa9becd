/**
 * `npm run start:discord:sharded` with two shards (discord.js's
 * `ShardingManager`, each shard a process of its own) against the fake
 * gateway, which sends each server's interactions to that server's shard,
 * and one real redis-server: both shards answer, and a button under an
 * answer from one shard works when its click lands on the other.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeDiscord, type RecordedRequest } from "../fakes/discord-fake.ts";
import { buttonClick, chatInput, GUILD_ID, type Built } from "../fakes/discord-payloads.ts";
import { isReply, messageOf } from "../fakes/discord-requests.ts";
import { until } from "../faults/until.ts";
import { runMain, type MainRun } from "../faults/run-main.ts";
import { RedisServer } from "./redis-server.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-tests-only";
/** A server on the other shard than `GUILD_ID`'s (checked below). */
const OTHER_SHARD_GUILD = "777777777777777777";

interface Message {
  flags?: number;
  content?: string;
  embeds?: Array<{ title?: string; description?: string }>;
  components?: Array<{ components: Array<{ label?: string; custom_id?: string }> }>;
}

let server: RedisServer;
let fake: FakeDiscord;
let run: MainRun;

beforeAll(async () => {
  server = await RedisServer.start();
  // max_concurrency 16: both shards may identify at once, so the manager starts them without its 5-second wait.
  fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
  run = runMain(
    { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.apiRoot, REDIS_URL: server.url, LOG_LEVEL: "info" },
    "",
    "adapters/discord/sharded.ts",
  );
  // Each shard is a new process that loads the engine (seconds each, more on a busy machine).
  await until(() => fake.shardsConnected.join(",") === "0,1", "both shards are connected", 80_000);
}, 90_000);

afterAll(async () => {
  run?.child.kill("SIGTERM");
  const exited = await run?.exited;
  await fake?.close();
  await server?.close();
  expect(exited?.code).toBe(0);
}, 20_000);

async function send(built: Built): Promise<RecordedRequest> {
  fake.interact(built.payload);
  return fake.waitForRequest((request) => request.path.split("/").includes(built.token) && isReply(request), 10_000);
}

it("answers on both shards, and a button from one shard works on the other", async () => {
  expect(fake.shardOf(GUILD_ID)).not.toBe(fake.shardOf(OTHER_SHARD_GUILD));
  const question = "When did Japan sign its security agreement with Ukraine?";
  const onOne = messageOf<Message>(await send(chatInput("ask", { question })));
  const onOther = messageOf<Message>(await send(chatInput("ask", { question: "When did France sign?" }, { guildId: OTHER_SHARD_GUILD })));
  expect(onOne.embeds?.[0]?.description).toContain("13 June 2024");
  expect(onOther.embeds?.[0]?.description).toContain("16 February 2024");

  const sources = onOne.components?.[0]?.components.find((button) => button.label === "Sources");
  expect(sources?.custom_id).toBeTruthy();
  // The answer was remembered by GUILD_ID's shard; the click comes through the other one.
  const clicked = messageOf<Message>(await send(buttonClick(sources?.custom_id ?? "", fake.messageObject(onOne, "700000000000000001"), { guildId: OTHER_SHARD_GUILD })));
  expect(clicked.content ?? "").not.toContain("expired");
  expect(clicked.flags).toBe(64);
  expect((clicked.embeds ?? []).map((embed) => embed.description ?? "").join("\n")).toContain("http");
});
