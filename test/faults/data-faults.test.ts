/**
 * Start-up on a malformed copy of the real corpus: for each kind of
 * malformation the engine refuses to open with a message that names the
 * file, the record and the field; `npm start`, a real process, then exits 1
 * with that message and no stack trace before serving anything. The bot is
 * configured against a fake Telegram, so serving would show as calls to it.
 * (The loader on the small fixture corpus: test/dataset/load.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.ts";
import { openEngine } from "../../adapters/shared/open-engine.ts";
import { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { repositoryRoot, runMain } from "./run-main.ts";

interface Malformation {
  name: string;
  file: string;
  /** Changes the file's text. */
  edit: (text: string) => string;
  /** What stderr must name: the file, the record and the field (or the line, where YAML cannot be read at all). */
  expected: RegExp[];
}

/** Edits one record of a YAML list, found by id, keeping the rest of the file as written. */
function editRecord(id: string, change: (record: { set(key: string, value: unknown): void; delete(key: string): boolean }) => void) {
  return (text: string) => {
    const doc = parseDocument(text);
    const index = (doc.toJS() as Array<{ id: string }>).findIndex((record) => record.id === id);
    if (index < 0) throw new Error(`no record "${id}"`);
    const record = doc.getIn([index]) as Parameters<typeof change>[0];
    change(record);
    return doc.toString();
  };
}

const malformations: Malformation[] = [
  {
    name: "bad YAML syntax",
    file: "agreements.yaml",
    edit: (text) => text.replace("  partner: United Kingdom\n", '  partner: "United Kingdom\n'),
    expected: [/agreements\.yaml:\d+/],
  },
  {
    name: "a missing required field",
    file: "agreements.yaml",
    edit: editRecord("japan", (record) => record.delete("place")),
    expected: [/agreements\.yaml/, /"japan"/, /place/],
  },
  {
    name: "a field of the wrong type",
    file: "agreements.yaml",
    edit: editRecord("japan", (record) => record.set("durationYears", "ten")),
    expected: [/agreements\.yaml/, /"japan"/, /durationYears/],
  },
  {
    name: "a date that does not exist",
    file: "agreements.yaml",
    edit: editRecord("united-kingdom", (record) => record.set("signed", "2024-02-30")),
    expected: [/agreements\.yaml/, /"united-kingdom"/, /signed/],
  },
  {
    name: "a duplicate id",
    file: "facts.yaml",
    edit: editRecord("seventeen-agreements-june-2024", (record) => record.set("id", "seed-ten-more-countries")),
    expected: [/facts\.yaml/, /"seed-ten-more-countries"/, /\bid\b/],
  },
  {
    name: "a reference to a source that does not exist",
    file: "facts.yaml",
    edit: editRecord("seed-ten-more-countries", (record) => record.set("sources", ["no-such-source-2024"])),
    expected: [/facts\.yaml/, /"seed-ten-more-countries"/, /sources\[0\]/, /no-such-source-2024/],
  },
  {
    name: "an empty file",
    file: "tallies.yaml",
    edit: () => "",
    expected: [/tallies\.yaml/, /empty/i],
  },
];

let scratch: string;
let fake: FakeTelegramBotApi;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "pact-desk-data-faults-"));
  fake = await FakeTelegramBotApi.start();
});

afterAll(async () => {
  await fake.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the repository's data/ in its own directory under `scratch`, with `malformation` applied. */
function corpusWith(malformation: Malformation, copy = malformation.name): string {
  const dataDir = join(scratch, copy.replace(/\W+/g, "-"), "data");
  cpSync(join(repositoryRoot, "data"), dataDir, { recursive: true });
  const path = join(dataDir, malformation.file);
  const edited = malformation.edit(readFileSync(path, "utf8"));
  expect(edited, "the malformation changed the file").not.toBe(readFileSync(path, "utf8"));
  writeFileSync(path, edited);
  return dataDir;
}

// A start-up costs over a second of CPU, so the process-level check runs on one kind (declared first, to run beside the rest): once the
// engine refuses to open, start-up treats every kind alike. telegram-faults.test.ts shows this set-up on an intact corpus does serve.
it.concurrent("a dangling reference: `npm start` exits 1 with the message and no stack trace, and never contacts Telegram", async () => {
  const malformation = malformations.find((candidate) => candidate.name === "a reference to a source that does not exist");
  if (!malformation) throw new Error("the dangling-reference malformation is missing");
  const { code, stdout, stderr } = await runMain({
    PACT_DESK_DATA_DIR: corpusWith(malformation, "process"),
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_DEDUPE_FILE: join(scratch, "process.updates"),
  }).exited;
  expect(code, stderr).toBe(1);
  for (const pattern of malformation.expected) expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain(fake.token);
  expect(stdout).toBe("");
  expect(fake.calls).toEqual([]);
});

it.concurrent.for(malformations)("$name: the engine refuses to open, naming the file, record and field", (malformation) => {
  const opened = openEngine(corpusWith(malformation), createLogger("silent"));
  expect(opened.ok).toBe(false);
  const message = opened.ok ? "" : opened.message;
  for (const pattern of malformation.expected) expect(message).toMatch(pattern);
  expect(message).not.toMatch(/^\s+at /m);
});
