/**
 * CONVERSATION_IDLE_MINUTES through `npm start` (adapters/main.ts) as a real
 * process: start-up creates the conversation store with that idle time and
 * hands it to the bots; a value that is not a positive number of minutes
 * stops start-up, naming the variable.
 */
import { join } from "node:path";
import type { Message } from "grammy/types";
import { expect, it } from "vitest";
import { FakeTelegramBotApi } from "../../fakes/telegram-bot-api.ts";
import { readEnv } from "../../../adapters/shared/env.ts";
import { runMain } from "../../faults/run-main.ts";
import { alice, privateChat, scratchDir, seen } from "../telegram/harness.ts";

it.concurrent("the bots remember a conversation for CONVERSATION_IDLE_MINUTES after its last question, then forget it", async () => {
  const fake = await FakeTelegramBotApi.start();
  // 0.02 minutes: 1.2 seconds.
  const main = runMain({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_DEDUPE_FILE: join(scratchDir(), "updates"),
    CONVERSATION_IDLE_MINUTES: "0.02",
    LOG_LEVEL: "silent",
  });
  try {
    fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    // The first answer waits for the process to start (tsx, the corpus): seconds on a busy machine.
    const first = await fake.waitFor((call) => call.method === "sendMessage" && call.ok, { timeoutMs: 15_000 });
    expect(seen(first.message as Message).text).toContain("13 June 2024");
    fake.userSends(alice, privateChat(alice), "who signed it?");
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toContain("Fumio Kishida");

    await new Promise((resolve) => setTimeout(resolve, 1_600));
    fake.userSends(alice, privateChat(alice), "how long does it last?");
    expect(seen(await fake.nextMessageTo(alice.id, 3)).text).toMatch(/^Which agreement do you mean\?/);
  } finally {
    main.child.kill("SIGTERM");
    await main.exited;
    await fake.close();
  }
});

it.concurrent("a CONVERSATION_IDLE_MINUTES that is not a positive number of minutes stops start-up, naming it", async () => {
  const { code, stdout, stderr } = await runMain({ CONVERSATION_IDLE_MINUTES: "half an hour" }).exited;
  expect(code, stderr).toBe(1);
  expect(stderr).toContain("CONVERSATION_IDLE_MINUTES: must be a number of minutes");
  expect(stdout).toBe("");
  // The same check, without another process start for each value.
  const zero = readEnv({ CONVERSATION_IDLE_MINUTES: "0" });
  expect(zero.ok ? "" : zero.message).toContain("CONVERSATION_IDLE_MINUTES: must be more than 0");
});
