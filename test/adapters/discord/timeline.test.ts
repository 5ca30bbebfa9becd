/**
 * `/timeline` and the Timeline button end to end: the real discord.js client
 * against the fake Discord. The picture must arrive as a multipart upload
 * (`files[0]`) that the embed shows through `attachment://timeline.png`.
 */
import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordBot, type DiscordBot } from "../../../adapters/discord/start.ts";
import { escapeText } from "../../../adapters/discord/text.ts";
import { PHONE_WIDTH } from "../../../adapters/shared/timeline-request.ts";
import { createLogger } from "../../../adapters/shared/logger.ts";
import { renderTimeline, type Engine, type TimelineImage } from "../../../src/index.ts";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord-fake.ts";
import { autocomplete, buttonClick, chatInput, type Built, type Where } from "../../fakes/discord-payloads.ts";
import { isCallback, isOriginalEdit, isReply, messageOf } from "../../fakes/discord-requests.ts";
import { limitViolations, type MessagePayload } from "./limits.ts";
import { sharedEngine } from "../../shared-engine.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-tests-only";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Body = MessagePayload & {
  type?: number;
  data?: { flags?: number; choices?: Array<{ name: string; value: string | number }> };
  attachments?: Array<{ id: number | string; filename?: string; description?: string }>;
};

let engine: Engine;
let everything: TimelineImage;
let fake: FakeDiscord;
let bot: DiscordBot;
const logLines: string[] = [];

beforeAll(async () => {
  engine = sharedEngine();
  // Chats are read on phones: the picture is the one laid out for a phone's width.
  const result = await renderTimeline(engine.dataset, { lang: "en", width: PHONE_WIDTH });
  if (!result.ok) throw new Error(result.error.message);
  everything = result.image;
  fake = await FakeDiscord.start();
  const logger = createLogger("info", { write: (line: string) => void logLines.push(line) });
  bot = await startDiscordBot({ engine, config: { token: TOKEN, applicationId: fake.applicationId, apiRoot: fake.apiRoot }, logger });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const body = (request: RecordedRequest | undefined) => (request?.body ?? {}) as Body;
const embedOf = (request: RecordedRequest | undefined): APIEmbed => body(request).embeds?.[0] ?? {};

async function send(built: Built, finished: (request: RecordedRequest) => boolean = isReply): Promise<RecordedRequest[]> {
  fake.interact(built.payload);
  await fake.waitForRequest((request) => request.path.split("/").includes(built.token) && finished(request));
  return fake.requestsFor(built.token);
}

/** `/timeline` with its integer `year` option typed as Discord types it (4), which the shared builder does not. */
function timelineCommand(options: { year?: number; partner?: string; private?: boolean }, where: Where = {}): Built {
  const { year, ...rest } = options;
  const built = chatInput("timeline", rest, where);
  const data = built.payload.data as { options: Array<Record<string, unknown>> };
  if (year !== undefined) data.options.push({ name: "year", type: 4, value: year });
  return built;
}

async function loggedLine(message: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const found = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === message);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no "${message}" log line; got:\n${logLines.join("")}`);
}

/** The uploaded picture and the embed that shows it, checked the way Discord would display them. */
function expectPicture(edit: RecordedRequest | undefined): APIEmbed {
  const [file, ...others] = edit?.files ?? [];
  expect(others).toEqual([]);
  expect(file?.field).toBe("files[0]");
  expect(file?.filename).toBe("timeline.png");
  expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(body(edit).attachments).toEqual([expect.objectContaining({ id: "0" })]); // the payload's attachment 0 is files[0]
  const embed = embedOf(edit);
  expect(embed.image?.url).toBe("attachment://timeline.png");
  expect(limitViolations(body(edit))).toEqual([]);
  return embed;
}

describe("/timeline", () => {
  it("defers, then shows the chart as an attachment inside an embed with the caption and every source", async () => {
    const [callback, edit, ...more] = await send(timelineCommand({}));
    expect(body(callback)).toMatchObject({ type: 5 });
    expect(body(callback).data?.flags ?? 0).toBe(0);
    expect(more).toEqual([]);
    expect(isOriginalEdit(edit as RecordedRequest)).toBe(true);

    const embed = expectPicture(edit);
    expect(edit?.files[0]?.data.equals(everything.png)).toBe(true);
    expect(body(edit).attachments?.[0]?.description).toBe(everything.caption);
    expect(embed.title).toBe("The agreements over time");
    expect(embed.description?.startsWith(escapeText(everything.caption))).toBe(true);
    expect(embed.description).toContain("**Sources**");
    for (const citation of everything.citations) expect(embed.description).toContain(`](${citation.url})`);
    expect(await loggedLine("picture shown")).toMatchObject({ platform: "discord", command: "timeline", picture: "timeline" });
  });

  it("narrows to a year, highlights the partner, answers privately and in Ukrainian when asked", async () => {
    const [callback, edit] = await send(timelineCommand({ year: 2024, partner: "japan", private: true }, { locale: "uk" }));
    expect(body(callback)).toEqual({ type: 5, data: { flags: 64 } });
    const embed = expectPicture(edit);
    expect(embed.title).toBe("Угоди в часі");
    expect(embed.description).toMatch(/^2024: \d+ з \d+ угод/);
    expect(embed.description).toContain("Виділено: угоду з Японією, підписану 13 червня 2024 року.");
    expect(embed.description).toContain("**Джерела**");
  });

  it("offers the years with signings and the partners as the user types", async () => {
    const years = [...new Set(engine.dataset.agreements.map((agreement) => Number(agreement.signed.slice(0, 4))))].sort();
    const choices = async (focused: string, typed: string) => {
      const [callback] = await send(autocomplete("timeline", focused, typed), isCallback);
      expect(body(callback).type).toBe(8);
      return body(callback).data?.choices ?? [];
    };
    expect(await choices("year", "")).toEqual(years.map((year) => ({ name: String(year), value: year })));
    expect((await choices("year", String(years.at(-1)))).map((choice) => choice.value)).toEqual([years.at(-1)]);
    expect((await choices("partner", "Japn"))[0]).toEqual({ name: "Japan", value: "japan" });
  });

  it("explains politely, without a picture, when the year has no signings or the partner is unknown", async () => {
    const [, badYear] = await send(timelineCommand({ year: 2023 }));
    expect(body(badYear).content).toMatch(/^I can't draw that timeline\. No agreements were signed in 2023\. Years with agreements: .*\. Try \/timeline/);
    expect(body(badYear).embeds).toEqual([]);
    expect(badYear?.files).toEqual([]);

    const [, unknown] = await send(timelineCommand({ partner: "Atlantis *bold*" }));
    expect(body(unknown).content).toContain('"Atlantis \\*bold\\*"'); // shown as typed, not as markdown
    expect(await loggedLine("picture refused")).toMatchObject({ command: "timeline", refused: "year-without-signings" });
  });
});

describe("the Timeline button", () => {
  it("sits under count and list answers and shows the chart, as public as the answer it was under", async () => {
    const count = messageOf<Body>((await send(chatInput("ask", { question: "How many security agreements has Ukraine signed?" })))[0]);
    const timeline = count.components?.[0]?.components.find((button) => button.label === "Timeline");
    expect(timeline?.custom_id).toBeTruthy();
    expect(limitViolations(count)).toEqual([]);

    const when = messageOf<Body>((await send(chatInput("ask", { question: "When did Japan sign its security agreement with Ukraine?" })))[0]);
    expect(when.components?.[0]?.components.map((button) => button.label)).toEqual(["Sources", "More"]);

    // Drawing can take seconds, so the button's reply is deferred and the chart edited in.
    const [callback, edit] = await send(buttonClick(timeline?.custom_id ?? "", fake.messageObject(count, "700000000000000011")));
    expect(body(callback)).toMatchObject({ type: 5 });
    expect(body(callback).data?.flags ?? 0).toBe(0);
    expect(expectPicture(edit).description?.startsWith(escapeText(everything.caption))).toBe(true);
  });
});
