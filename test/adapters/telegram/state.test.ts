/**
 * The adapter's long-lived state: claimed and finished updates (update-store.ts), button
 * tokens and callback data (keyboard.ts, callback-data.ts). All bounded, all
 * surviving or failing safely across restarts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../../adapters/telegram/callback-data.ts";
import { FileUpdateStore } from "../../../adapters/telegram/update-store.ts";
import { askButtonData, QuestionTokens, resolveButton, SourceCatalogue } from "../../../adapters/telegram/keyboard.ts";
import type { Citation } from "../../../src/answer.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "pact-desk-telegram-"));

const update = (id: number, text = `question ${id}`): Update => ({ update_id: id, message: { message_id: id, date: 1, chat: { id: 7, type: "private", first_name: "A" }, text } }) as Update;

describe("FileUpdateStore", () => {
  it("lets an update be handled once: a second claim, while handling or after, is a duplicate", async () => {
    const store = new FileUpdateStore();
    expect(await store.claim(update(10))).toBe(true);
    expect(await store.claim(update(10))).toBe(false);
    await store.finish(10);
    expect(await store.claim(update(10))).toBe(false);
    expect(await store.claim(update(11))).toBe(true);
  });

  it("stays within its capacity over a long run", () => {
    const store = new FileUpdateStore({ capacity: 100 });
    for (let id = 1; id <= 20_000; id++) {
      store.claimNow(update(id));
      store.finishNow(id);
    }
    expect(store.size).toBe(100);
    expect(store.claimNow(update(20_000))).toBe(false);
    expect(store.claimNow(update(19_901))).toBe(false);
  });

  it("hands a claimed, unfinished update to the next process, and remembers finished ones; the file stays bounded", async () => {
    const file = join(scratch(), "nested", "updates");
    const first = new FileUpdateStore({ capacity: 50, file });
    for (let id = 1; id <= 1_000; id++) {
      first.claimNow(update(id));
      if (id !== 999) first.finishNow(id);
    }
    first.flush(); // as before the next Bot API call; then the process dies without closing
    expect(readFileSync(file, "utf8").trim().split("\n").length).toBeLessThanOrEqual(2 * 51);

    const second = new FileUpdateStore({ capacity: 50, file });
    expect(await second.unfinished()).toEqual([update(999)]);
    expect(second.claimNow(update(1_000))).toBe(false);
    expect(second.claimNow(update(999))).toBe(true);
    expect(await second.unfinished()).toEqual([]); // being handled here now
    expect(second.claimNow(update(1_001))).toBe(true);
    await second.close();
  });

  it("gives up an update no process could finish, after three tries", async () => {
    const file = join(scratch(), "updates");
    const givenUp: Update[] = [];
    for (let run = 1; run <= 3; run++) {
      const store = new FileUpdateStore({ file, onGiveUp: (gone) => givenUp.push(gone) });
      const left = await store.unfinished();
      if (run > 1) expect(left).toEqual([update(5)]);
      store.claimNow(update(5));
      store.flush(); // and the process dies
    }
    const last = new FileUpdateStore({ file, onGiveUp: (gone) => givenUp.push(gone) });
    expect(await last.unfinished()).toEqual([]);
    expect(givenUp).toEqual([update(5)]);
    expect(last.claimNow(update(5))).toBe(false);
  });

  it("has claims on disk by the end of the event-loop turn, so a crash after it forgets none", async () => {
    const file = join(scratch(), "updates");
    const store = new FileUpdateStore({ file });
    for (const id of [41, 42, 43]) store.claimNow(update(id));
    await new Promise((resolve) => setImmediate(resolve));
    expect((await new FileUpdateStore({ file }).unfinished()).map((left) => left.update_id)).toEqual([41, 42, 43]);
    await store.close();
  });

  it("reads the older file of handled ids, and skips damaged lines", async () => {
    const file = join(scratch(), "updates");
    writeFileSync(file, '5\ngarbage\n\n7\n12x\n{"claim":{"update_id":9,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"hi"}},"attempt":1}\n{"claim":{"update_id":1');
    const store = new FileUpdateStore({ file });
    expect(store.claimNow(update(5))).toBe(false);
    expect(store.claimNow(update(7))).toBe(false);
    expect(store.claimNow(update(12))).toBe(true);
    expect((await store.unfinished()).map((left) => left.update_id)).toEqual([9]);
    await store.close();
  });

  it("keeps working in memory when its file cannot be used, and says so", () => {
    const errors: unknown[] = [];
    const directory = scratch();
    const store = new FileUpdateStore({ file: directory, onError: (error) => errors.push(error) });
    expect(errors.length).toBeGreaterThan(0);
    expect(store.claimNow(update(1))).toBe(true);
    expect(store.claimNow(update(1))).toBe(false);
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
  it("encode short questions directly and long ones as tokens, all within 64 bytes", async () => {
    const context = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    const short = askButtonData("When did Japan sign?", context);
    const long = askButtonData("Коли Україна підписала безпекову угоду з Японією і на який строк?", context);
    for (const data of [short, long]) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(await resolveButton(short, context)).toEqual({ kind: "ask", question: "When did Japan sign?" });
    expect(await resolveButton(long, context)).toEqual({ kind: "ask", question: "Коли Україна підписала безпекову угоду з Японією і на який строк?" });
  });

  it("forget the oldest long questions first, so the map stays bounded", async () => {
    const context = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens(10) };
    const first = askButtonData(`${"long question ".repeat(5)}0`, context);
    for (let i = 1; i <= 5_000; i++) askButtonData(`${"long question ".repeat(5)}${i}`, context);
    expect(context.tokens.size).toBe(10);
    expect(await resolveButton(first, context)).toEqual({ kind: "expired" });
  });

  it("read a token from before a restart as expired, never as another question", async () => {
    const before = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    const data = askButtonData(`${"long question ".repeat(5)}?`, before);
    const after = { catalogue: new SourceCatalogue(sources), tokens: new QuestionTokens() };
    askButtonData(`${"another long question ".repeat(5)}?`, after);
    expect(await resolveButton(data, after)).toEqual({ kind: "expired" });
  });
});

describe("sources buttons", () => {
  it("show the answer's sources in its own numbering, and refuse after the corpus changed", async () => {
    const catalogue = new SourceCatalogue(sources);
    const data = encodeCallbackData({ kind: "sources", corpus: catalogue.fingerprint, positions: [2, 0] }) as string;
    const request = await resolveButton(data, { catalogue, tokens: new QuestionTokens() });
    expect(request).toEqual({ kind: "sources", citations: [{ ...sources[2], n: 1 }, { ...sources[0], n: 2 }] });

    const changed = new SourceCatalogue([sources[0] as Citation, { ...(sources[1] as Citation), url: "https://example.org/moved" }]);
    expect(await resolveButton(data, { catalogue: changed, tokens: new QuestionTokens() })).toEqual({ kind: "outdated" });
  });
});
