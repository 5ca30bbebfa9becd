/**
 * The console adapter driven as a person or a tool would: the real `ask` CLI and
 * the real `npm start` entry, each a process of its own (node on the run's bundle
 * of the entry point: test/build-entry-points.ts), talking over stdin/stdout.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { AnswerSchema } from "../../../src/answer.ts";
import { formatCorpusDate, type Engine } from "../../../src/index.ts";
import { entryPointArgs, type EntryPoint } from "../../entry-points.ts";
import { sharedEngine } from "../../shared-engine.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../../..");
const ESC = "\u001b";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an entry point as a process, feeding `input` on stdin. Bot tokens are removed so `main.ts` picks the console. */
function run(entry: EntryPoint, args: string[], { input = "", env = {} }: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const { TELEGRAM_BOT_TOKEN, DISCORD_TOKEN, PACT_DESK_DATA_DIR, ...inherited } = process.env;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, entryPointArgs(entry, args), { cwd: root, env: { ...inherited, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const ask = (args: string[], options?: { input?: string; env?: Record<string, string> }) => run("adapters/console/ask.ts", args, options);

/**
 * The worker's engine, for what the processes' output is checked against. Loaded only once a test has its
 * process's output (not in a beforeAll), so the processes start while this worker loads it.
 */
const engine = (): Engine => sharedEngine();

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("ask --json", () => {
  it.concurrent("prints one Answer object that answers the Japan question with its date and a cited URL", async () => {
    const { code, stdout, stderr } = await ask(["--json", "When did Japan sign its security agreement with Ukraine?"]);
    expect(code, stderr).toBe(0);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    const answer = AnswerSchema.parse(JSON.parse(stdout));
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("13 June 2024");
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) expect(citation.url).toMatch(/^https?:\/\/\S+$/);
  });
});

describe("ask --jsonl", () => {
  it.concurrent("answers every line in order in one process, blank lines included, and continues each conversation by its id", async () => {
    const sample = ["When did Japan sign?", "", "whats the weather in kyiv", "who signed for the UK", "   ", "how many agreements are there"];
    const plain = Array.from({ length: 300 }, (_, index) => sample[index % sample.length] ?? "");
    const turn = (question: string, conversation: string) => JSON.stringify({ question, conversation });
    const talk = [turn("When did Japan sign?", "a"), turn("Who signed the agreement with Poland?", "b"), "and France?", turn("and France?", "a"), turn("and Lithuania?", "b")];
    const { code, stdout, stderr } = await ask(["--jsonl"], { input: `${[...plain, ...talk].join("\r\n")}\n` });
    expect(code, stderr).toBe(0);
    const answers = stdout.trimEnd().split("\n").map((line) => AnswerSchema.parse(JSON.parse(line)));
    expect(answers).toHaveLength(plain.length + talk.length);
    plain.forEach((line, index) => {
      expect(answers[index]?.question).toBe(line.trim());
      if (line.trim() === "") expect(answers[index]?.status).toBe("rejected");
    });
    expect(answers[0]?.text).toContain("13 June 2024");
    // Conversation a asked a date; b asked who signed; the plain line has no conversation.
    const [, , alone, a, b] = answers.slice(plain.length);
    expect(a?.text).toMatch(/^France signed its security agreement with Ukraine on 16 February 2024/);
    expect(b?.text).toMatch(/^The agreement with Lithuania was signed on 27 June 2024 by/);
    expect(alone?.text).not.toMatch(/^France signed/);
  });
});

describe("ask for a person", () => {
  it.concurrent("prints the answer, its numbered sources with URLs, no colour codes in a pipe, lines of at most 80 columns", async () => {
    const { code, stdout, stderr } = await ask(["When", "did", "Japan", "sign?"]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("13 June 2024");
    expect(stdout).toMatch(/^Sources$/m);
    expect(stdout).toMatch(/^ {2}\[1\] .+/m);
    expect(stdout).toMatch(/^ +https?:\/\/\S+$/m);
    expect(stdout).not.toContain(ESC);
    const tooLong = stdout.split("\n").filter((line) => line.length > 80 && /\s/.test(line.trim()));
    expect(tooLong).toEqual([]);
  });

  it.concurrent("--help prints the usage on stdout", async () => {
    const { code, stdout } = await ask(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--jsonl");
  });
});

describe("malformed data", () => {
  it.concurrent("stops with exit code 1, names the file, record and field on stderr, and prints nothing on stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pact-desk-broken-"));
    temporary.push(dir);
    const dataDir = join(dir, "data");
    cpSync(join(root, "data"), dataDir, { recursive: true });
    const file = join(dataDir, "agreements.yaml");
    const doc = parseDocument(readFileSync(file, "utf8"));
    const records = doc.toJS() as Array<{ id: string; partner: string }>;
    const index = records.findIndex((record) => record.partner === "Japan");
    const id = records[index]?.id ?? "";
    doc.setIn([index, "signed"], "2024-02-30");
    writeFileSync(file, doc.toString());

    const { code, stdout, stderr } = await ask(["--json", "When did Japan sign?"], { env: { PACT_DESK_DATA_DIR: dataDir } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("agreements.yaml");
    expect(stderr).toContain(id);
    expect(stderr).toContain("signed");
  });
});

describe("interactive console (npm start without tokens)", () => {
  // One process for a whole session: each start loads the engine (a few seconds of the suite).
  // The second session serves two tests: English commands, then a Ukrainian question and help, then end of input.
  let commandsThenUkrainian: Promise<Run> | undefined;
  const secondSession = () =>
    (commandsThenUkrainian ??= run("adapters/main.ts", [], { input: "sources\nagreement Japan\nКоли Японія підписала безпекову угоду з Україною?\nhelp\n" }));

  it.concurrent("shows help with the engine's examples, answers, prints the full agreement on `more`, and stops at quit", async () => {
    const { code, stdout, stderr } = await run("adapters/main.ts", [], { input: "more\nhelp\nWhen did Japan sign?\nmore\nmore\nquit\nWhen did France sign?\n" });
    const examples = engine().examples();
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("Commands:");
    expect(stdout).toContain(examples[0]);
    expect(stdout).not.toContain(ESC);
    const [beforeQuestion = "", afterQuestion = ""] = stdout.split("Japan signed its security agreement");
    expect(beforeQuestion).toContain("There is nothing more to show");
    expect(beforeQuestion).toMatch(/\n {2}more +the whole agreement/);
    expect(afterQuestion).toMatch(/^ with Ukraine on 13 June 2024/);
    expect(afterQuestion).toContain("Type “more” for the full agreement.");
    // The card: where and when, who signed, for how long.
    expect(afterQuestion).toContain("Signatories: Volodymyr Zelenskyy");
    expect(afterQuestion).toContain("Duration: 10 years.");
    // After the card, there is nothing more; after quit, nothing is answered.
    expect(afterQuestion.split("Duration: 10 years.")[1]).toContain("There is nothing more to show");
    expect(stdout).not.toContain("16 February 2024");
  });

  it.concurrent("runs the sources and agreement commands and ends cleanly at end of input (Ctrl-D)", async () => {
    const { code, stdout, stderr } = await secondSession();
    expect(code, stderr).toBe(0);
    const urls = new Set(stdout.split("\n").map((line) => line.trim()).filter((line) => /^https?:\/\//.test(line)));
    for (const source of engine().dataset.sources) expect(urls).toContain(source.url);
    expect(stdout).toContain("13 June 2024");
    expect(stdout).toContain("Kishida");
  });

  it.concurrent("speaks the language of the last answer: Ukrainian help, hints and words after a Ukrainian question", async () => {
    const { code, stdout: whole, stderr } = await secondSession();
    expect(code, stderr).toBe(0);
    // What follows the English agreement card (its last words are its related questions): the Ukrainian answer and help.
    const stdout = whole.slice(whole.lastIndexOf("Related questions:"));
    expect(stdout).not.toMatch(/^(Sources|Commands:)$|Type “more”/m);
    expect(stdout).toContain("Введіть «докладніше», щоб побачити всю угоду.");
    expect(stdout).toContain("Джерела");
    expect(stdout).toContain("Команди:");
    expect(stdout).toMatch(/\n {2}докладніше +уся угода після короткої відповіді/);
    expect(stdout).toContain(`Дані станом на ${formatCorpusDate(engine().asOf, "uk")}`);
  });
});

describe("npm start with a malformed platform environment", () => {
  it.concurrent("names the bad variables, prints no stack trace and no token, and exits 1 before serving anything", async () => {
    const token = "123456:SECRET-telegram-token";
    const { code, stdout, stderr } = await run("adapters/main.ts", [], {
      env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: "not a url", DISCORD_TOKEN: "SECRET-discord-token" },
    });
    expect(code).toBe(1);
    const output = stdout + stderr;
    expect(output).toContain("TELEGRAM_API_ROOT");
    expect(output).toContain("DISCORD_APPLICATION_ID");
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain("SECRET");
  });
});
