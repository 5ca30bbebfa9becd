/**
 * The adapter's long-lived state: handled update ids (dedupe.ts), button
 * tokens and callback data (keyboard.ts, callback-data.ts). All bounded, all
 * surviving or failing safely across restarts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../../adapters/telegram/callback-data.ts";
import { UpdateDedupe } from "../../../adapters/telegram/dedupe.ts";
import { askButtonData, QuestionTokens, resolveButton, SourceCatalogue } from "../../../adapters/telegram/keyboard.ts";
import type { Citation } from "../../../src/answer.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "pact-desk-telegram-"));

describe("UpdateDedupe", () => {
  it("handles an update id once", () => {
    const dedupe = new UpdateDedupe();
    expect(dedupe.claim(10)).toBe(true);
    expect(dedupe.claim(11)).toBe(true);
    expect(dedupe.claim(10)).toBe(false);
    expect(dedupe.highest).toBe(11);
  });

  it("stays within its capacity over a long run", () => {
    const dedupe = new UpdateDedupe({ capacity: 100 });
    for (let id = 1; id <= 20_000; id++) dedupe.claim(id);
    expect(dedupe.size).toBe(100);
    expect(dedupe.claim(20_000)).toBe(false);
    expect(dedupe.claim(19_901)).toBe(false);
  });

  it("remembers handled ids across a restart through its file, and keeps the file bounded", () => {
    const file = join(scratch(), "nested", "updates");
    const first = new UpdateDedupe({ capacity: 50, file });
    for (let id = 1; id <= 1_000; id++) first.claim(id);
    first.close();
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(100);

    const second = new UpdateDedupe({ capacity: 50, file });
    expect(second.claim(1_000)).toBe(false);
    expect(second.claim(951)).toBe(false);
    expect(second.claim(1_001)).toBe(true);
    expect(second.highest).toBe(1_001);
    second.close();
  });

  it("has claimed ids on disk by the end of the event-loop turn, so a crash after it forgets none", async () => {
    const file = join(scratch(), "updates");
    const dedupe = new UpdateDedupe({ file });
    for (const id of [41, 42, 43]) dedupe.claim(id);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(file, "utf8").trim().split("\n")).toEqual(["41", "42", "43"]);
    dedupe.close();
  });

  it("skips damaged lines in its file", () => {
    const file = join(scratch(), "updates");
    writeFileSync(file, "5\ngarbage\n\n7\n12x\n");
    const dedupe = new UpdateDedupe({ file });
    expect(dedupe.claim(5)).toBe(false);
    expect(dedupe.claim(7)).toBe(false);
    expect(dedupe.claim(12)).toBe(true);
    dedupe.close();
  });

  it("keeps working in memory when its file cannot be used, and says so", () => {
    const errors: unknown[] = [];
    const directory = scratch();
    const dedupe = new UpdateDedupe({ file: directory, onError: (error) => errors.push(error) });
    expect(errors.length).toBeGreaterThan(0);
    expect(dedupe.claim(1)).toBe(true);
    expect(dedupe.claim(1)).toBe(false);
  });
});

const sources: Citation[] = ["a", "b", "c"].map((id, index) => ({
  n: index + 1,
  id: `source-${id}`,
  title: `Title ${id}`,
  publisher: "Publisher",
  published: "2024",
  url: `https://example.org/${id}`,
}));

describe("callback data", () => {
  it("round-trips and refuses what would not fit in 64 bytes", () => {
    const sourcesData = encodeCallbackData({ kind: "sources", corpus: "abc123", positions: [0, 35, 1295] });
    expect(sourcesData).toBe("s:abc123:0.z.zz");
    expect(decodeCallbackData(sourcesData as string)).toEqual({ kind: "sources", corpus: "abc123", positions: [0, 35, 1295] });
    expect(encodeCallbackData({ kind: "ask", question: "я".repeat(32) })).toBeUndefined();
    expect(encodeCallbackData({ kind: "ask", question: "я".repeat(31) })).toBe(`q:${"я".repeat(31)}`);
    expect(decodeCallbackData("other-bot:thing")).toBeUndefined();
    expect(decodeCallbackData("s:abc:")).toBeUndefined();
    expect(decodeCallbackData("q:   ")).toBeUndefined();
  });
});

describe("question buttons", () => {
  it("encode short questions directly and long ones as tokens, all within 64 bytes", () => {
    const context = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    const short = askButtonData("When did Japan sign?", context);
    const long = askButtonData("Коли Україна підписала безпекову угоду з Японією і на який строк?", context);
    for (const data of [short, long]) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(resolveButton(short, context)).toEqual({ kind: "ask", question: "When did Japan sign?" });
    expect(resolveButton(long, context)).toEqual({ kind: "ask", question: "Коли Україна підписала безпекову угоду з Японією і на який строк?" });
  });

  it("forget the oldest long questions first, so the map stays bounded", () => {
    const context = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens(10) };
    const first = askButtonData(`${"long question ".repeat(5)}0`, context);
    for (let i = 1; i <= 5_000; i++) askButtonData(`${"long question ".repeat(5)}${i}`, context);
    expect(context.tokens.size).toBe(10);
    expect(resolveButton(first, context)).toEqual({ kind: "expired" });
  });

  it("read a token from before a restart as expired, never as another question", () => {
    const before = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    const data = askButtonData(`${"long question ".repeat(5)}?`, before);
    const after = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    askButtonData(`${"another long question ".repeat(5)}?`, after);
    expect(resolveButton(data, after)).toEqual({ kind: "expired" });
  });
});

describe("sources buttons", () => {
  it("show the answer's sources in its own numbering, and refuse after the corpus changed", () => {
    const catalogue = new SourceCatalogue(sources);
    const data = encodeCallbackData({ kind: "sources", corpus: catalogue.fingerprint, positions: [2, 0] }) as string;
    const request = resolveButton(data, { catalogue, tokens: new QuestionTokens() });
    expect(request).toEqual({ kind: "sources", citations: [{ ...sources[2], n: 1 }, { ...sources[0], n: 2 }] });

    const changed = new SourceCatalogue([sources[0] as Citation, { ...(sources[1] as Citation), url: "https://example.org/moved" }]);
    expect(resolveButton(data, { catalogue: changed, tokens: new QuestionTokens() })).toEqual({ kind: "outdated" });
  });
});
