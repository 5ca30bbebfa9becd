/**
 * One Telegram user floods a group with 100 questions in under a second:
 * the bot answers up to the per-user limit, tells them once, drops the rest,
 * and still answers someone else asking in the same second.
 */
import { expect, it } from "vitest";
import { alice, bob, group, olena, seen, startHarness } from "../adapters/telegram/harness.ts";
import { sharedEngine } from "../shared-engine.ts";

const rateLimitNotice = "You're sending messages faster than I can answer. Please wait a few seconds — until then I'll skip new ones.";

it("100 questions from one user in a second: the limit's worth answered, one notice, the rest dropped; another user is answered", async () => {
  const { fake, close } = await startHarness(sharedEngine());
  try {
    const flood: Array<number | undefined> = [];
    let fromBob: number | undefined;
    for (let i = 0; i < 100; i++) {
      flood.push(fake.userSends(alice, group, `/ask When did Japan sign? (${i})`).message?.message_id);
      // Bob asks in the middle of the flood.
      if (i === 49) fromBob = fake.userSends(bob, group, "/ask Where did the UK sign its agreement?").message?.message_id;
    }
    // Updates in one chat are handled in order, so once this is answered every message before it has been handled.
    const marker = fake.userSends(olena, group, "/about").message?.message_id;
    await fake.waitFor((call) => call.ok && call.payload.reply_parameters?.message_id === marker);

    const replyTo = (id: number | undefined) => fake.sentTo(group.id).filter((message) => message.reply_to_message?.message_id === id);
    const repliesToAlice = flood.flatMap(replyTo).map((message) => seen(message).text);
    expect(repliesToAlice.filter((text) => text.includes("13 June 2024"))).toHaveLength(5);
    expect(repliesToAlice.filter((text) => text === rateLimitNotice)).toHaveLength(1);
    expect(repliesToAlice).toHaveLength(6);
    expect(replyTo(fromBob).map((message) => seen(message).text).join("\n")).toContain("Kyiv");
  } finally {
    await close();
  }
});
