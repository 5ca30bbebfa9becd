/**
 * Answers as people see them in Telegram, rendered from the engine's blocks
 * (never from its text): citation markers as links to their sources, notes in
 * italics, a bracketed number the asker typed left as their words, the inline
 * result's description the answer's summary, and "More" under a short answer
 * giving the full agreement card.
 */
import type { Message, MessageEntity } from "grammy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/index.ts";
import { alice, buttons, olena, privateChat, seen, startHarness, type Harness } from "./harness.ts";
import { sharedEngine } from "../../shared-engine.ts";

let engine: Engine;
const running: Harness[] = [];

beforeAll(() => {
  engine = sharedEngine();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(): Promise<Harness> {
  const harness = await startHarness(engine);
  running.push(harness);
  return harness;
}

/** The text each entity of a type covers. */
function covered(message: Message, type: MessageEntity["type"]): string[] {
  const text = message.text ?? "";
  return (message.entities ?? []).filter((entity) => entity.type === type).map((entity) => text.slice(entity.offset, entity.offset + entity.length));
}

describe("answers from blocks", () => {
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

  it("leaves a bracketed number the asker typed as their words, not a link", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "/agreement [1] Atlantis");
    const reply = await fake.nextMessageTo(alice.id, 1);
    expect(seen(reply).text).toContain("“[1] Atlantis”");
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

describe("More", () => {
  it("sits under a short answer and gives the full card, its note in italics", async () => {
    const { fake } = await start();
    fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    const short = await fake.nextMessageTo(alice.id, 1);
    const more = buttons(short).find((button) => button.text === "More");
    expect(more).toBeDefined();

    fake.userPresses(alice, short, more?.data as string);
    const card = await fake.nextMessageTo(alice.id, 2);
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
  });

  it("is «Докладніше» for a Ukrainian client, and gives the Ukrainian card", async () => {
    const { fake } = await start();
    fake.userSends(olena, privateChat(olena), "Коли Японія підписала безпекову угоду з Україною?");
    const short = await fake.nextMessageTo(olena.id, 1);
    const more = buttons(short).find((button) => button.text === "Докладніше");
    expect(more).toBeDefined();
    fake.userPresses(olena, short, more?.data as string);
    expect(seen(await fake.nextMessageTo(olena.id, 2)).text).toContain("Фуміо Кісіда");
  });
});
