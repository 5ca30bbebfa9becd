/**
 * `/timeline` and the Timeline button end to end: the real bot uploads the
 * chart to the fake Bot API as multipart `sendPhoto`, and the tests read the
 * photo and caption as a user would receive them.
 */
import type { Message } from "grammy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderTimeline, type Engine, type TimelineImage } from "../../../src/index.ts";
import { PNG_SIGNATURE, uploadedFile, type RecordedCall } from "../../fakes/telegram-bot-api.ts";
import { alice, buttons, group, olena, privateChat, seen, startHarness, type Harness } from "./harness.ts";
import { sharedEngine } from "../../shared-engine.ts";
import { PHONE_WIDTH } from "../../../adapters/shared/timeline-request.ts";

let engine: Engine;
let everything: TimelineImage;
const running: Harness[] = [];

beforeAll(async () => {
  engine = sharedEngine();
  // Chats are read on phones: the picture is the one laid out for a phone's width.
  const result = await renderTimeline(engine.dataset, { lang: "en", width: PHONE_WIDTH });
  if (!result.ok) throw new Error(result.error.message);
  everything = result.image;
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(): Promise<Harness> {
  const harness = await startHarness(engine);
  running.push(harness);
  return harness;
}

/** The caption as the user reads it, and its links as [text, url]. */
function caption(message: Message | undefined): { text: string; links: Array<[string, string]> } {
  return seen({ ...message, text: message?.caption ?? "", entities: message?.caption_entities ?? [] } as Message);
}

function sentPhoto(fake: Harness["fake"], count = 1): Promise<RecordedCall> {
  return fake.waitFor((call) => call.method === "sendPhoto", { count });
}

describe("/timeline", () => {
  it("uploads the chart as a PNG with the count, the as-of date and every source as a link", async () => {
    const { fake, logs } = await start();
    fake.userSends(alice, privateChat(alice), "/timeline");
    const call = await sentPhoto(fake);
    expect(call.ok, JSON.stringify(call.error)).toBe(true);

    const photo = uploadedFile(call.payload, "photo");
    expect(photo?.filename).toBe("timeline.png");
    expect(photo?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(photo?.data.equals(everything.png)).toBe(true);
    expect(call.message?.photo?.[0]).toMatchObject({ width: everything.width, height: everything.height });

    const { text, links } = caption(call.message);
    expect(text.startsWith(everything.caption)).toBe(true);
    expect(text).toMatch(/^\d+ agreements in Ukraine's official count, as of \d{1,2} \w+ \d{4}\./);
    expect(text.length).toBeLessThanOrEqual(1024);
    expect(links.map(([, url]) => url)).toEqual(everything.citations.map((citation) => citation.url));
    expect(call.payload.parse_mode).toBe("HTML");

    const action = fake.calls.findIndex((c) => c.method === "sendChatAction" && c.payload.action === "upload_photo");
    expect(action).toBeGreaterThanOrEqual(0);
    expect(action).toBeLessThan(fake.calls.indexOf(call));
    expect(fake.sentTo(alice.id)).toEqual([]); // the sources fit in the caption: no extra message
    expect(await logs.waitFor((line) => line.msg === "timeline sent")).toMatchObject({ kind: "timeline", chat: "private" });
  });

  it("narrows to a year and highlights a partner typed by name, in groups and in Ukrainian", async () => {
    const { fake } = await start();
    const command = fake.userSends(alice, group, `/timeline@${fake.bot.username} 2024 Japan`);
    const inGroup = await sentPhoto(fake);
    expect(inGroup.ok, JSON.stringify(inGroup.error)).toBe(true);
    expect(Number(inGroup.payload.chat_id)).toBe(group.id);
    expect(inGroup.payload.reply_parameters).toMatchObject({ message_id: command.message?.message_id });
    expect(caption(inGroup.message).text).toMatch(/^2024: \d+ of the \d+ agreements/);
    expect(caption(inGroup.message).text).toContain("Highlighted: Japan, signed 13 June 2024.");

    fake.userSends(olena, privateChat(olena), "/timeline united kingdom");
    const inUkrainian = await sentPhoto(fake, 2);
    expect(inUkrainian.ok, JSON.stringify(inUkrainian.error)).toBe(true);
    expect(caption(inUkrainian.message).text).toMatch(/^\d+ угод(и|а)? в офіційному підрахунку України станом на/);
    expect(caption(inUkrainian.message).text).toContain("Виділено: угоду з Великою Британією, підписану 12 січня 2024 року.");
    expect(caption(inUkrainian.message).text).toContain("Джерела:");
  });

  it("explains politely, without a picture, when the year has no signings or the partner is unknown", async () => {
    const { fake, logs } = await start();
    const years = [...new Set(engine.dataset.agreements.map((agreement) => Number(agreement.signed.slice(0, 4))))].sort();
    fake.userSends(alice, privateChat(alice), "/timeline 2023");
    const badYear = seen(await fake.nextMessageTo(alice.id, 1)).text;
    expect(badYear).toBe(
      `I can't draw that timeline. No agreements were signed in 2023. Years with agreements: ${years.join(", ")}. ` +
        `Try /timeline, /timeline ${years[0]} or /timeline ${engine.dataset.agreements[0]?.partner}.`,
    );

    fake.userSends(alice, privateChat(alice), "/timeline Atlantis");
    const unknown = seen(await fake.nextMessageTo(alice.id, 2)).text;
    expect(unknown).toMatch(/^I can't draw that timeline\. .*"Atlantis".* Try \/timeline/);

    expect(fake.calls.filter((call) => call.method === "sendPhoto")).toEqual([]);
    await logs.waitFor((line) => line.msg === "timeline refused" && line.error === "unknown-partner");
    const refusals = logs.lines().filter((line) => line.msg === "timeline refused");
    expect(refusals.map((line) => line.error)).toEqual(["year-without-signings", "unknown-partner"]);
    expect(logs.raw.join("")).not.toContain("Atlantis"); // what users type stays out of the logs
  });
});

describe("the Timeline button", () => {
  it("sits under count and list answers only, and sends the chart under the answer when pressed", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "How many security agreements has Ukraine signed?");
    const count = await fake.nextMessageTo(alice.id, 1);
    const timeline = buttons(count).find((button) => button.text === "Timeline");
    expect(timeline).toBeDefined();
    expect(Buffer.byteLength(timeline?.data ?? "")).toBeLessThanOrEqual(64);
    expect(buttons(count).map((button) => button.text)).toEqual(["Sources", "Timeline"]);

    fake.userSends(alice, privateChat(alice), "When did Japan sign its security agreement with Ukraine?");
    expect(buttons(await fake.nextMessageTo(alice.id, 2)).map((button) => button.text)).toEqual(["Sources", "More"]);

    fake.userPresses(alice, count, timeline?.data as string);
    const call = await sentPhoto(fake);
    expect(call.ok, JSON.stringify(call.error)).toBe(true);
    expect(call.payload.reply_parameters).toMatchObject({ message_id: count.message_id });
    expect(caption(call.message).text.startsWith(everything.caption)).toBe(true);
    const pressed = fake.calls.find((c) => c.method === "answerCallbackQuery");
    expect(pressed?.ok).toBe(true);
    expect(fake.calls.indexOf(pressed as RecordedCall)).toBeLessThan(fake.calls.indexOf(call));
  });
});
