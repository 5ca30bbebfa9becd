/**
 * The interactive console chat (`npm start` without bot tokens): a prompt,
 * cited answers, a few commands, and the timeline chart written as a PNG.
 * Its own words follow the language of the last answer (English at first).
 * Ends on `quit`/`exit`, Ctrl-D, Ctrl-C or when `signal` aborts.
 */
import { createInterface } from "node:readline";
import { logAnswered } from "../shared/log-answer.ts";
import type { Logger } from "../shared/logger.ts";
import { LangSchema, uiWords, type Answer, type Engine, type Lang } from "../../src/index.ts";
import { parseTimelineRequest, type TimelineRequest } from "../shared/timeline-request.ts";
import { formatDate } from "../shared/format-date.ts";
import { renderAnswer } from "./render-answer.ts";
import { createStyle, wantsColour, type Style } from "./style.ts";
import { renderTimelineReport, TIMELINE_FILE_NAME, userDirectory, writeTimeline } from "./timeline.ts";
import { wrap } from "./wrap.ts";

/** Options for {@link startConsole}. */
export interface ConsoleOptions {
  logger: Logger;
  /** Where lines are read from. Default `process.stdin`. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where answers are written. Default `process.stdout`. */
  output?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Ends the session when aborted (SIGINT/SIGTERM from the entry point). */
  signal?: AbortSignal;
  /** Where `timeline` writes its picture. Default: the directory the user started the program in. */
  dir?: string;
}

/** Widest line the console writes even on a wide terminal; long lines are hard to read. */
const MAX_WIDTH = 100;

/** What asks for `more`, in any language of the packs. */
const MORE_WORDS = new Set(LangSchema.options.flatMap((lang) => uiWords(lang).text.console.moreWords.map((word) => word.toLowerCase())));

/** The commands as help lists them; their words are the packs' `ui.console.commands`. */
const COMMANDS = ["help", "sources", "about", "agreement", "more", "timeline", "quit"] as const;

/** A line the console answers. */
type Request =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "about" }
  | { kind: "agreement"; partner: string }
  | { kind: "more" }
  | { kind: "timeline"; request: TimelineRequest }
  | { kind: "question"; text: string };
type Command = Request | { kind: "quit" } | { kind: "empty" };

/** Runs the chat until the user leaves; resolves once the session has closed. */
export async function startConsole(engine: Engine, options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = input.isTTY === true && output.isTTY === true;
  // Read per answer so that resizing the terminal takes effect.
  const width = () => Math.min(output.isTTY === true && output.columns ? output.columns : 80, MAX_WIDTH);
  const style = createStyle(wantsColour(output));
  const { logger } = options;
  const dir = options.dir ?? userDirectory();

  const rl = createInterface({ input, output, terminal: interactive, prompt: style.accent("> ") });
  rl.on("SIGINT", () => rl.close());
  options.signal?.addEventListener("abort", () => rl.close(), { once: true });
  const prompt = () => {
    if (interactive) rl.prompt();
  };

  const session: Session = { conversation: undefined, more: undefined, lang: "en" };
  output.write(`${banner(engine, width(), style, session.lang)}\n\n`);
  prompt();
  logger.info("console session started");
  for await (const line of rl) {
    const command = parseCommand(line, engine);
    if (command.kind === "quit") break;
    if (command.kind !== "empty") output.write(`${await reply(engine, command, { width: width(), style, logger, dir, session })}\n\n`);
    prompt();
  }
  rl.close();
  if (interactive) output.write("\n");
  logger.info("console session ended");
}

function parseCommand(line: string, engine: Engine): Command {
  const text = line.trim();
  const word = text.replace(/^\//, "").toLowerCase();
  if (text === "") return { kind: "empty" };
  if (word === "help" || word === "?") return { kind: "help" };
  if (word === "sources") return { kind: "sources" };
  if (word === "about") return { kind: "about" };
  if (MORE_WORDS.has(word)) return { kind: "more" };
  if (word === "quit" || word === "exit") return { kind: "quit" };
  const timeline = /^\/?timeline(?:\s+(.*))?$/i.exec(text);
  if (timeline) return { kind: "timeline", request: parseTimelineRequest(timeline[1] ?? "") };
  const agreement = /^\/?agreements?\s+(.+)$/i.exec(text);
  // "agreement with japan" is a question, not a partner name: only a name the engine knows becomes the command.
  if (agreement?.[1] !== undefined && engine.partners(agreement[1], 1).length > 0) return { kind: "agreement", partner: agreement[1] };
  return { kind: "question", text };
}

/** The REPL's conversation: the last answer's state, handed back with the next question, what `more` asks after it, and its language. */
interface Session {
  conversation: unknown;
  more: Answer["more"];
  lang: Lang;
}

async function reply(engine: Engine, command: Request, { width, style, logger, dir, session }: { width: number; style: Style; logger: Logger; dir: string; session: Session }): Promise<string> {
  const { lang } = session;
  try {
    if (command.kind === "help") return help(engine, width, style, lang);
    const started = performance.now();
    if (command.kind === "timeline") {
      const written = await writeTimeline(engine, command.request, dir, lang);
      logger.info({ command: command.kind, ok: written.ok, ms: Math.round(performance.now() - started) }, "timeline");
      return written.ok ? renderTimelineReport(written.path, written.image, { width, style, lang }) : written.message;
    }
    // A question typed, or the one the last answer offers for `more`.
    const question = command.kind === "question" ? command.text : command.kind === "more" ? session.more?.question : undefined;
    if (command.kind === "more" && question === undefined) return uiWords(lang).text.console.nothingMore;
    const answer =
      question !== undefined
        ? engine.answer(question, { lang, conversation: session.conversation })
        : command.kind === "agreement"
          ? engine.agreement(command.partner, { lang })
          : command.kind === "about"
            ? engine.about({ lang })
            : engine.sources({ lang });
    if (question !== undefined) session.conversation = answer.conversation;
    session.more = answer.more;
    session.lang = answer.lang;
    logAnswered(logger, "console", answer, performance.now() - started, { command: command.kind });
    return renderAnswer(answer, { width, style, moreHint: true });
  } catch (error) {
    logger.error({ err: error, command: command.kind }, "console command failed");
    return uiWords(lang).text.console.error;
  }
}

function banner(engine: Engine, width: number, style: Style, lang: Lang): string {
  const words = uiWords(lang);
  const title = style.heading("Pact Desk");
  const lines = wrap(words.fill(words.text.console.banner, { asOf: formatDate(engine.asOf, lang) }), { width });
  return [title, ...lines].join("\n");
}

function help(engine: Engine, width: number, style: Style, lang: Lang): string {
  const words = uiWords(lang);
  const { console: text } = words.text;
  const intro = wrap(words.fill(text.helpIntro, { asOf: formatDate(engine.asOf, lang) }), { width });
  const examples = engine.examples({ lang }).flatMap((example) => wrap(example, { width, indent: "    ", firstIndent: "  • " }));
  const listed = COMMANDS.map((command) => ({ usage: text.commands[command].usage, what: words.fill(text.commands[command].what, { file: TIMELINE_FILE_NAME }) }));
  const column = Math.max(...listed.map(({ usage }) => usage.length)) + 2;
  const commands = listed.flatMap(({ usage, what }) =>
    wrap(what, { width, indent: " ".repeat(column + 2), firstIndent: `  ${usage.padEnd(column)}` }).map((line, index) =>
      index === 0 ? line.replace(usage, style.accent(usage)) : line,
    ),
  );
  return [intro.join("\n"), [style.heading(text.tryAsking), ...examples].join("\n"), [style.heading(text.commandsHeading), ...commands].join("\n")].join("\n\n");
}
