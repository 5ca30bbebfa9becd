/**
 * The one-shot CLI (`npm run --silent ask -- …`): one answer for a person, one
 * `Answer` as JSON, a batch of questions as JSON lines, or the timeline chart
 * written as a PNG. stdout carries only answers (and the timeline's path and
 * text); logs and errors go to stderr.
 */
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Engine } from "../../src/index.ts";
import { readEnv } from "../shared/env.ts";
import { logAnswered } from "../shared/log-answer.ts";
import { createLogger, type Logger } from "../shared/logger.ts";
import { openEngine } from "../shared/open-engine.ts";
import { parseTimelineRequest, type TimelineRequest } from "../shared/timeline-request.ts";
import { renderAnswer } from "./render-answer.ts";
import { createStyle, wantsColour } from "./style.ts";
import { renderTimelineReport, TIMELINE_FILE_NAME, userDirectory, writeTimeline } from "./timeline.ts";

const USAGE = `Ask Pact Desk about Ukraine's bilateral security agreements.

Usage:
  npm run --silent ask -- "question"           print one answer, for a person
  npm run --silent ask -- --json "question"    print the Answer as one JSON object
  npm run --silent ask -- --jsonl < file.txt   one question per line in, one Answer JSON per line out; a line
                                               {"question": "…", "conversation": "ID"} continues conversation ID
  npm run --silent ask -- timeline [--year 2024] [--partner Japan]
                                               write a chart of the agreements over time to
                                               ./${TIMELINE_FILE_NAME}, print its path and the timeline as text
  npm run --silent ask -- --help               print this text

Environment:
  PACT_DESK_DATA_DIR   corpus directory (default: data/)
  LOG_LEVEL            log level for stderr (default: warn)

Exit status: 0 when answered (whatever the answer says), 1 when the data or
environment is invalid, 2 on bad usage (including a timeline year without
signings or a partner not in the registry).
`;

const EXIT = { ok: 0, invalidData: 1, usage: 2 } as const;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: "boolean" },
        jsonl: { type: "boolean" },
        year: { type: "string" },
        partner: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  // `timeline`, alone or followed by a year and a partner ("timeline 2024 Japan"), asks for the chart.
  const timeline = positionals[0]?.toLowerCase() === "timeline" ? timelineRequest(positionals.slice(1).join(" "), values) : undefined;
  if (typeof timeline === "string") return usageError(timeline);
  if (timeline === undefined && (values.year !== undefined || values.partner !== undefined)) return usageError("--year and --partner go with timeline");
  if (timeline && (values.json || values.jsonl)) return usageError("--json and --jsonl do not apply to timeline");
  if (values.json && values.jsonl) return usageError("--json and --jsonl cannot be used together");
  if (values.jsonl && positionals.length > 0) return usageError("--jsonl reads its questions from stdin, one per line; give no question argument");
  if (!values.jsonl && positionals.length === 0) return usageError("give a question, or --jsonl to read questions from stdin");

  const env = readEnv();
  if (!env.ok) {
    process.stderr.write(`${env.message}\n`);
    return EXIT.invalidData;
  }
  const logger = createLogger(env.env.LOG_LEVEL ?? "warn");
  const opened = openEngine(env.env.PACT_DESK_DATA_DIR, logger);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return EXIT.invalidData;
  }
  const { engine } = opened;

  if (values.jsonl) {
    await answerLines(engine, logger);
    return EXIT.ok;
  }
  if (timeline) {
    const written = await writeTimeline(engine, timeline, userDirectory());
    if (!written.ok) {
      process.stderr.write(`${written.message}\n`);
      return EXIT.usage;
    }
    const width = process.stdout.isTTY ? Math.min(process.stdout.columns, 100) : 80;
    process.stdout.write(`${renderTimelineReport(written.path, written.image, { width, style: createStyle(wantsColour(process.stdout)) })}\n`);
    return EXIT.ok;
  }
  const started = performance.now();
  const answer = engine.answer(positionals.join(" "));
  logAnswered(logger, "console", answer, performance.now() - started);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  } else {
    const width = process.stdout.isTTY ? Math.min(process.stdout.columns, 100) : 80;
    process.stdout.write(`${renderAnswer(answer, { width, style: createStyle(wantsColour(process.stdout)) })}\n`);
  }
  return EXIT.ok;
}

/** The timeline's year and partner from flags, else from the words after `timeline`; a usage error message when `--year` is not a year. */
function timelineRequest(words: string, flags: { year?: string; partner?: string }): TimelineRequest | string {
  const typed = parseTimelineRequest(words);
  if (flags.year !== undefined && !/^\d{4}$/.test(flags.year.trim())) return `--year takes a year such as 2024, not "${flags.year}"`;
  const year = flags.year !== undefined ? Number(flags.year) : typed.year;
  const partner = flags.partner ?? typed.partner;
  return { ...(year !== undefined ? { year } : {}), ...(partner !== undefined ? { partner } : {}) };
}

/** A JSON line `{"question": "…", "conversation": "ID"}`: a turn of conversation ID. */
const TurnLineSchema = z.object({ question: z.string(), conversation: z.string().optional() });

/**
 * Answers stdin line by line in one process. A plain line is a question on its
 * own; a JSON object line with the same `conversation` id as earlier lines is
 * the next turn of that conversation. A blank line yields the engine's
 * `rejected` answer so line numbers stay aligned.
 */
async function answerLines(engine: Engine, logger: Logger): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const conversations = new Map<string, unknown>();
  let count = 0;
  for await (const line of lines) {
    count += 1;
    const turn = line.trimStart().startsWith("{") ? turnOf(line) : undefined;
    const id = turn?.conversation;
    const answer = engine.answer(turn?.question ?? line, id === undefined ? {} : { conversation: conversations.get(id) });
    if (id !== undefined) conversations.set(id, answer.conversation);
    if (!process.stdout.write(`${JSON.stringify(answer)}\n`)) await once(process.stdout, "drain");
  }
  logger.info({ count, conversations: conversations.size }, "batch answered");
}

function turnOf(line: string): z.infer<typeof TurnLineSchema> | undefined {
  try {
    const parsed = TurnLineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function usageError(message: string): number {
  process.stderr.write(`ask: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.ok);
});

process.exitCode = await main(process.argv.slice(2));
