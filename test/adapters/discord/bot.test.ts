/**
 * The Discord bot end to end: the real discord.js client and the real engine,
 * against the local fake Discord (REST + gateway on 127.0.0.1). Each test
 * sends interactions through the gateway and reads what the bot sent back,
 * i.e. what a user would see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIEmbed } from "discord.js";
import { startDiscordBot, type DiscordBot } from "../../../adapters/discord/start.ts";
import { formatDate } from "../../../adapters/shared/format-date.ts";
import { escapeText } from "../../../adapters/discord/text.ts";
import { createLogger } from "../../../adapters/shared/logger.ts";
import type { Engine } from "../../../src/index.ts";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord-fake.ts";
import { callbackType, isCallback, isReply, messageOf } from "../../fakes/discord-requests.ts";
import { autocomplete, buttonClick, chatInput, type Built } from "../../fakes/discord-payloads.ts";
import { limitViolations, type MessagePayload } from "./limits.ts";
import { sharedEngine } from "../../shared-engine.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.fake-bot-token.for-tests-only";
/** Questions the bot cannot answer (the engine says no_answer and offers suggestions). */
const OFF_TOPIC = ["who won the World Cup", "what's the weather in Kyiv", "how do I bake bread"];

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

let engine: Engine;
let fake: FakeDiscord;
let bot: DiscordBot;
const logLines: string[] = [];
const logs = () => logLines.map((line) => JSON.parse(line) as LogLine);

beforeAll(async () => {
  engine = sharedEngine();
  fake = await FakeDiscord.start();
  const logger = createLogger("info", { write: (line: string) => void logLines.push(line) });
  bot = await startDiscordBot({ engine, config: { token: TOKEN, applicationId: fake.applicationId, apiRoot: fake.apiRoot }, logger });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

type Message = MessagePayload & { flags?: number; allowed_mentions?: unknown; choices?: Array<{ name: string; value: string }> };
const message = (request: RecordedRequest | undefined) => messageOf<Message>(request);

/** Sends an interaction and waits for the request that finishes it (by default the one that shows the reply). */
async function send(built: Built, finished: (request: RecordedRequest) => boolean = isReply): Promise<RecordedRequest[]> {
  fake.interact(built.payload);
  await fake.waitForRequest((request) => request.path.split("/").includes(built.token) && finished(request));
  return fake.requestsFor(built.token);
}

/** Waits until the bot has logged a line matching `predicate` after the `from`-th line. */
async function logged(predicate: (line: LogLine) => boolean, from = 0): Promise<LogLine> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const found = logs().slice(from).find(predicate);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no matching log line; got:\n${logLines.join("")}`);
}

const embedOf = (request: RecordedRequest | undefined): APIEmbed => message(request).embeds?.[0] ?? {};
const allText = (embed: APIEmbed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join("\n");

describe("/ask", () => {
  it("answers at once, in the interaction's reply, with its date, citation links, Sources button and no mentions", async () => {
    const question = "When did Japan sign its security agreement with Ukraine?";
    const requests = await send(chatInput("ask", { question }));
    // One request: the answer is the callback itself, with no "thinking…" placeholder to edit afterwards.
    expect(requests.map(callbackType)).toEqual([4]);
    const [reply] = requests;
    expect(message(reply).flags ?? 0).toBe(0); // public: everyone in the channel sees it
    expect(reply?.authorization).toBeUndefined();

    const embed = embedOf(reply);
    expect(embed.title).toBe(question);
    expect(embed.description).toContain("13 June 2024");
    const expected = engine.answer(question, { lang: "en" });
    expect(expected.citations.length).toBeGreaterThan(0);
    for (const citation of expected.citations) expect(embed.description).toContain(`**[${citation.n}]** [`);
    expect(embed.description).toMatch(/\]\(https?:\/\/[^)\s]+\)/);
    expect(embed.footer?.text).toContain(`As of ${formatDate(engine.asOf, "en")}`);
    expect(message(reply).allowed_mentions).toEqual({ parse: [] });
    expect(message(reply).components?.[0]?.components[0]?.label).toBe("Sources");
    expect(limitViolations(message(reply))).toEqual([]);

    const line = await logged((l) => l.msg === "answered" && l.command === "ask");
    expect(line).toMatchObject({ platform: "discord", status: "answered", intent: expected.intent, confidence: expected.confidence });
    expect(typeof line.latencyMs).toBe("number");
  });

  it("never pings anyone, whatever the question contains", async () => {
    const question = "Did @everyone and <@&123> and <@444444444444444444> sign with Japan? @here";
    const [reply] = await send(chatInput("ask", { question }));
    expect(message(reply).allowed_mentions).toEqual({ parse: [] });
    expect(message(reply).content ?? "").not.toMatch(/@everyone|@here|<@/);
    expect(embedOf(reply).title).toContain("@everyone");
  });

  it("answers only the asker when private:true (ephemeral flag 64 on the reply)", async () => {
    const [reply] = await send(chatInput("ask", { question: "Where did the UK sign?", private: true }));
    expect(callbackType(reply)).toBe(4);
    expect(message(reply).flags).toBe(64);
    expect(embedOf(reply).description).toBeTruthy();
  });

  it("works in a DM with the bot", async () => {
    const [reply] = await send(chatInput("ask", { question: "When did Japan sign its security agreement with Ukraine?" }, { dm: true }));
    expect(embedOf(reply).description).toContain("13 June 2024");
  });

  it("passes a Ukrainian user's locale to the engine as the language", async () => {
    const question = "When did Japan sign?";
    const [reply] = await send(chatInput("ask", { question }, { locale: "uk" }));
    const expected = engine.answer(question, { lang: "uk" });
    expect(embedOf(reply).description?.startsWith(escapeText(expected.text).slice(0, 40))).toBe(true);
    expect(embedOf(reply).footer?.text).toContain(expected.lang === "uk" ? "Станом на" : "As of");
  });
});

describe("installed by a user for themselves", () => {
  it.each(["server", "dm", "group-dm"] as const)("answers /ask in a %s where the bot is not a member, publicly", async (where) => {
    const [reply] = await send(chatInput("ask", { question: "When did Japan sign its security agreement with Ukraine?" }, { userInstall: where }));
    expect(callbackType(reply)).toBe(4);
    expect(message(reply).flags ?? 0).toBe(0);
    expect(allText(embedOf(reply))).toContain("13 June 2024");
    expect(limitViolations(message(reply))).toEqual([]);
  });
});

describe("/agreement", () => {
  it("suggests partners as the user types, typos and aliases included, within Discord's caps", async () => {
    const choicesFor = async (typed: string) => {
      const [callback] = await send(autocomplete("agreement", "partner", typed), isCallback);
      expect(callbackType(callback)).toBe(8);
      return message(callback).choices ?? [];
    };
    expect((await choicesFor("Japn"))[0]?.name).toBe("Japan");
    expect((await choicesFor("Holland"))[0]?.name).toBe("Netherlands");
    const all = await choicesFor("");
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(25);
    for (const choice of all) {
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("shows the card of the partner picked from the list", async () => {
    const [callback] = await send(autocomplete("agreement", "partner", "Japn"), isCallback);
    const picked = message(callback).choices?.[0]?.value ?? "";
    const [reply] = await send(chatInput("agreement", { partner: picked }));
    const card = engine.agreement(picked, { lang: "en" });
    expect(card.status).toBe("answered");
    const embed = embedOf(reply);
    expect(embed.title).toBe("Japan");
    expect(embed.description).toContain("13 June 2024");
    expect(embed.description).toContain(escapeText(card.text).slice(0, 60));
    expect(limitViolations(message(reply))).toEqual([]);
  });
});

describe("a Ukrainian user (locale uk)", () => {
  const uk = { locale: "uk" };

  it("sees Ukrainian buttons under an answer, and the /about card in Ukrainian", async () => {
    const [reply] = await send(chatInput("ask", { question: "Коли Японія підписала безпекову угоду з Україною?" }, uk));
    expect(message(reply).components?.[0]?.components.map((button) => button.label)).toEqual(["Джерела", "Докладніше"]);
    const [count] = await send(chatInput("ask", { question: "Скільки угод підписано?" }, uk));
    expect(message(count).components?.[0]?.components.map((button) => button.label)).toEqual(["Джерела", "Хронологія"]);
    const [about] = await send(chatInput("about", {}, uk));
    const embed = embedOf(about);
    expect(embed.title).toBe("Про Pact Desk");
    expect(embed.fields?.find((field) => field.name === "Спробуйте запитати")?.value).toContain(escapeText(engine.examples({ lang: "uk" })[0] ?? ""));
    expect(embed.footer?.text).toBe(`Станом на ${formatDate(engine.asOf, "uk")}`);
  });

  it("gets partners named in Ukrainian as it types, and the Ukrainian card of the one picked", async () => {
    const [listed] = await send(autocomplete("agreement", "partner", "", {}, uk), isCallback);
    const names = message(listed).choices?.map((choice) => choice.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[А-ЯҐЄІЇ]/);
    const [typed] = await send(autocomplete("agreement", "partner", "Japan", {}, uk), isCallback);
    expect(message(typed).choices?.[0]).toEqual({ name: "Японія", value: "japan" });
    const [reply] = await send(chatInput("agreement", { partner: "japan" }, uk));
    expect(embedOf(reply).title).toBe("Японія");
    expect(embedOf(reply).description).toContain("13 червня 2024 року");
  });

  it("is told in Ukrainian that a button has expired", async () => {
    const [reply] = await send(buttonClick("pd:src:gone5678", fake.messageObject({ embeds: [], components: [] }, "700000000000000009"), uk));
    expect(message(reply).content).toBe("Ця кнопка застаріла. Будь ласка, запитайте ще раз через /ask.");
  });
});

describe("/quote", () => {
  it("shows the quotes verbatim as fields, each naming its speaker and citation", async () => {
    const [reply] = await send(chatInput("quote", { topic: "Japan" }));
    const expected = engine.quotes("Japan", { lang: "en" });
    expect(expected.quotes.length).toBeGreaterThan(0);
    const fields = embedOf(reply).fields ?? [];
    const first = expected.quotes[0];
    expect(fields[0]?.name).toContain(escapeText(first?.speaker ?? "").slice(0, 40));
    expect(fields[0]?.value.replace(/^> /gm, "")).toContain(escapeText(first?.text ?? "").slice(0, 200));
    expect(limitViolations(message(reply))).toEqual([]);
  });
});

describe("/sources", () => {
  it("lists every source over several messages, each within Discord's limits", async () => {
    const from = logLines.length;
    const built = chatInput("sources", { private: true });
    fake.interact(built.payload);
    await logged((line) => line.msg === "answered" && line.command === "sources", from);
    const [reply, ...followUps] = fake.requestsFor(built.token);
    expect(callbackType(reply)).toBe(4);
    expect(followUps.length).toBeGreaterThan(0);
    for (const followUp of followUps) expect(followUp.method).toBe("POST");
    const messages = [reply, ...followUps].map(message);
    for (const shown of messages) {
      expect(shown.flags).toBe(64); // the first message and every follow-up stay private
      expect(limitViolations(shown)).toEqual([]);
      expect(shown.allowed_mentions).toEqual({ parse: [] });
    }
    const listed = messages.flatMap((shown) => shown.embeds ?? []).map((embed) => embed.description ?? "").join("\n");
    for (const source of engine.dataset.sources) expect(listed).toContain(source.url.replace(/\(/g, "%28").replace(/\)/g, "%29"));
  });
});

describe("/sources visibility", () => {
  /** Runs /sources and returns the flags of its first message and every follow-up. */
  async function flagsOf(built: Built): Promise<number[]> {
    const from = logLines.length;
    fake.interact(built.payload);
    await logged((line) => line.msg === "answered" && line.command === "sources", from);
    return fake.requestsFor(built.token).map((request) => message(request).flags ?? 0);
  }

  it("is private by default in a server (a dozen messages would bury the channel), public when private:false", async () => {
    const byDefault = await flagsOf(chatInput("sources"));
    expect(byDefault.length).toBeGreaterThan(5);
    expect(new Set(byDefault)).toEqual(new Set([64]));
    expect(new Set(await flagsOf(chatInput("sources", { private: false })))).toEqual(new Set([0]));
    expect(new Set(await flagsOf(chatInput("sources", {}, { userInstall: "server" })))).toEqual(new Set([64]));
  });

  it("is public by default in a DM", async () => {
    expect(new Set(await flagsOf(chatInput("sources", {}, { dm: true })))).toEqual(new Set([0]));
  });
});

describe("/about", () => {
  it("says what the bot covers, as of when, with example questions", async () => {
    const [reply] = await send(chatInput("about"));
    const embed = embedOf(reply);
    const about = engine.about({ lang: "en" });
    expect(embed.description).toContain(escapeText(about.text).slice(0, 60));
    expect(embed.footer?.text).toContain(formatDate(engine.asOf, "en"));
    const examples = embed.fields?.find((field) => field.name === "Try asking");
    expect(examples?.value).toContain(escapeText(engine.examples({ lang: "en" })[0] ?? ""));
  });
});

describe("buttons", () => {
  it("asks a suggested question when its button is clicked, and shows all sources privately on Sources", async () => {
    const offTopic = OFF_TOPIC.find((question) => engine.answer(question, { lang: "en" }).status === "no_answer") ?? "";
    expect(offTopic).not.toBe("");
    const [noAnswer] = await send(chatInput("ask", { question: offTopic }));
    const expected = engine.answer(offTopic, { lang: "en" });
    const buttons = message(noAnswer).components?.[0]?.components ?? [];
    const suggestion = buttons.find((button) => button.label === expected.suggestions[0]);
    expect(suggestion?.custom_id).toBeTruthy();

    const clicked = await send(buttonClick(suggestion?.custom_id ?? "", fake.messageObject(message(noAnswer), "700000000000000001")));
    expect(clicked.map(callbackType)).toEqual([4]);
    const [reply] = clicked;
    expect(message(reply).flags ?? 0).toBe(0); // under a public answer, the new answer is public too
    expect(embedOf(reply).title).toBe(escapeText(expected.suggestions[0] ?? ""));
    const suggested = engine.answer(expected.suggestions[0] ?? "", { lang: "en" });
    expect(embedOf(reply).description).toContain(escapeText(suggested.text).slice(0, 60));
    expect(limitViolations(message(reply))).toEqual([]);

    const [japan] = await send(chatInput("ask", { question: "When did Japan sign its security agreement with Ukraine?" }));
    const sourcesButton = message(japan).components?.[0]?.components.find((button) => button.label === "Sources");
    const [sourcesReply] = await send(buttonClick(sourcesButton?.custom_id ?? "", fake.messageObject(message(japan), "700000000000000002")));
    expect(callbackType(sourcesReply)).toBe(4);
    expect(message(sourcesReply).flags).toBe(64); // the sources are shown to the one who clicked
    const shown = (message(sourcesReply).embeds ?? []).map((embed) => embed.description ?? "").join("\n");
    for (const citation of engine.answer("When did Japan sign its security agreement with Ukraine?").citations) expect(shown).toContain(citation.url);
  });

  it("shows a short answer's markers as links to their sources, and More gives the full card, its notes in italics", async () => {
    const question = "When did Japan sign?";
    const [short] = await send(chatInput("ask", { question }));
    const expected = engine.answer(question, { lang: "en" });
    const description = embedOf(short).description ?? "";
    for (const n of expected.blocks.flatMap((block) => block.cites)) expect(description).toContain(`[\\[${n}\\]](${expected.citations[n - 1]?.url})`);
    const more = message(short).components?.[0]?.components.find((button) => button.label === "More");
    expect(more?.custom_id).toBeTruthy();

    const [reply] = await send(buttonClick(more?.custom_id ?? "", fake.messageObject(message(short), "700000000000000004")));
    expect(message(reply).flags ?? 0).toBe(0); // under a public answer, the card is public too
    const card = embedOf(reply).description ?? "";
    expect(card).toContain("Apulia");
    expect(card).toContain("Fumio Kishida");
    expect(card).toContain("Duration: 10 years");
    const notes = engine.agreement("Japan").blocks.filter((block) => block.kind === "note");
    expect(notes.length).toBeGreaterThan(0);
    // Each note is a paragraph of its own, in italics.
    for (const note of notes) expect(card).toContain(`\n\n*${escapeText(note.text.slice(0, 40))}`);
    expect(message(reply).components?.[0]?.components.map((button) => button.label)).not.toContain("More");
    expect(limitViolations(message(reply))).toEqual([]);
  });

  it("says politely, to the clicker only, that a button has expired when its answer is gone or its id is unknown", async () => {
    for (const customId of ["pd:src:gone1234", "from-an-older-version"]) {
      const [reply] = await send(buttonClick(customId, fake.messageObject({ embeds: [], components: [] }, "700000000000000003")));
      expect(message(reply), customId).toMatchObject({ content: expect.stringContaining("expired"), flags: 64 });
    }
  });
});

describe("failures", () => {
  it("logs a 404 on the reply, tells the user politely, and keeps serving", async () => {
    const from = logLines.length;
    const built = chatInput("ask", { question: "When did Japan sign?" });
    fake.failNext((request) => isCallback(request) && request.path.includes(built.token));
    const requests = await send(built, (request) => isReply(request) && request.status < 300);
    expect(requests.map((request) => request.status)).toEqual([404, 204]);
    expect(message(requests[1])).toMatchObject({ content: "Sorry, something went wrong while answering. Please try again in a moment.", flags: 64 });
    const error = await logged((line) => line.msg === "interaction failed", from);
    expect(error.level).toBe(50);
    expect(JSON.stringify(error)).not.toContain(built.token); // interaction tokens are cut out of URLs

    const [next] = await send(chatInput("ask", { question: "When did Japan sign its security agreement with Ukraine?" }));
    expect(embedOf(next).description).toContain("13 June 2024");
  });

  it("survives a failing interaction callback and an unknown interaction (10062) without an error reply storm", async () => {
    const from = logLines.length;
    const broken = chatInput("about");
    fake.failNext((request) => isCallback(request) && request.path.includes(broken.token), undefined, 2);
    fake.interact(broken.payload);
    await logged((line) => line.msg === "could not send the error reply", from);
    expect(fake.requestsFor(broken.token).map((request) => request.status)).toEqual([404, 404]);

    const expired = chatInput("about");
    fake.failNext((request) => isCallback(request) && request.path.includes(expired.token), { status: 404, body: { message: "Unknown interaction", code: 10062 } });
    fake.interact(expired.payload);
    const warning = await logged((line) => line.msg === "interaction can no longer be answered", from);
    expect(warning.level).toBe(40);
    expect(fake.requestsFor(expired.token)).toHaveLength(1);

    const [next] = await send(chatInput("about"));
    expect(allText(embedOf(next))).toContain(formatDate(engine.asOf, "en"));
  });

  it("a command this version no longer has says so privately, without suggesting to try again", async () => {
    const [reply] = await send(chatInput("countries"));
    expect(message(reply).flags).toBe(64);
    expect(message(reply).content).toBe("This command no longer exists. Type / to see the current ones, or ask with /ask.");
    const [uk] = await send(chatInput("countries", {}, { locale: "uk" }));
    expect(message(uk).content).toBe("Цієї команди більше немає. Наберіть /, щоб побачити чинні, або запитайте через /ask.");
    expect(await logged((line) => line.msg === "unknown command (deploy the commands again?)")).toMatchObject({ level: 40, command: "countries" });
  });

  it("never writes the bot token, and writes questions only at debug level", () => {
    const all = logLines.join("");
    expect(all).not.toContain(TOKEN);
    for (const question of OFF_TOPIC) expect(all).not.toContain(question);
    expect(all).not.toContain("Japan sign");
    expect(logs().filter((line) => line.msg === "answered").length).toBeGreaterThan(5);
  });
});
