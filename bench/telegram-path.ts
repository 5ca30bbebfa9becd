/**
 * The Telegram part of `npm run bench`: the real adapter — `startTelegram` as
 * `npm start` runs it (grammY runner, dedupe, per-chat ordering, flood limits,
 * the engine, HTML rendering, keyboards, retries, one log line per answer) —
 * beside a bare grammY bot on the same runner that sends, for each question,
 * the same messages and keyboard precomputed before the run, each against its
 * own copy of the local fake Bot API (`test/fakes/telegram-bot-api.ts`, in a
 * separate process).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@grammyjs/runner";
import { Bot, type InlineKeyboard } from "grammy";
import { createLogger } from "../adapters/shared/logger.ts";
import { answerKeyboard, QuestionTokens, SourceCatalogue } from "../adapters/telegram/keyboard.ts";
import { renderAnswer } from "../adapters/telegram/render.ts";
import { startTelegram } from "../adapters/telegram/start.ts";
import { loadEngine, type Engine } from "../src/index.ts";
import { benchQuestions, measurePaths, PATH_PLANS, pathReport } from "./bot-path.ts";
import { startPlatformFakes } from "./platform-fakes.ts";
import type { BenchSection } from "./table.ts";

/** Seconds a `getUpdates` waits when nothing is queued; the same for both bots. */
const POLL_TIMEOUT_SECONDS = 1;

/** Telegram's limit on a bot's messages, across all chats (its Bot FAQ: "no more than 30 messages per second"). */
const TELEGRAM_SEND_LIMIT = { perSecond: 30, what: "Telegram lets a bot send about 30 messages a second in all (1 a second per chat)" };

/** What the real bot sends for each question: its HTML messages and the keyboard under the last. */
function precomputedReplies(engine: Engine): Map<string, { chunks: string[]; keyboard: InlineKeyboard | undefined }> {
  const keyboards = { catalogue: new SourceCatalogue(engine.sources().citations), tokens: new QuestionTokens() };
  const questions = new Set(benchQuestions(PATH_PLANS.full.perRound));
  return new Map(
    [...questions].map((question) => {
      const answer = engine.answer(question);
      return [question, { chunks: renderAnswer(answer, { introduceSuggestions: true }), keyboard: answerKeyboard(answer, keyboards, { sources: true }) }];
    }),
  );
}

export const telegramSection: BenchSection = {
  name: "Telegram",
  async run(options, progress) {
    const plan = options.quick ? PATH_PLANS.quick : PATH_PLANS.full;
    progress("telegram: loading the engine, starting the fake Bot API servers");
    const engine = loadEngine();
    const replies = precomputedReplies(engine);
    const fakes = await startPlatformFakes("telegram");
    const scratch = mkdtempSync(join(tmpdir(), "pact-desk-bench-telegram-"));
    const stops: (() => Promise<void>)[] = [];
    try {
      // Log lines are formatted as in production, then dropped.
      const logger = createLogger("info", { write: () => {} }).child({ platform: "telegram" });
      const real = await startTelegram(engine, { token: fakes.endpoints.real.id, apiRoot: fakes.endpoints.real.apiRoot, dedupeFile: join(scratch, "updates") }, logger, {
        pollTimeoutSeconds: POLL_TIMEOUT_SECONDS,
      });
      stops.push(() => real.stop());

      const bare = new Bot(fakes.endpoints.bare.id, { client: { apiRoot: fakes.endpoints.bare.apiRoot } });
      bare.on("message:text", async (ctx) => {
        const reply = replies.get(ctx.message.text);
        const chunks = reply?.chunks ?? ["ok"];
        for (const [index, chunk] of chunks.entries()) {
          const last = index === chunks.length - 1;
          await ctx.reply(chunk, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(last && reply?.keyboard ? { reply_markup: reply.keyboard } : {}) });
        }
      });
      await bare.init();
      const runner = run(bare, { runner: { fetch: { timeout: POLL_TIMEOUT_SECONDS }, silent: true } });
      stops.push(async () => {
        if (runner.isRunning()) await runner.stop();
      });

      const figures = await measurePaths(fakes, plan, (line) => progress(`telegram: ${line}`));
      return pathReport(
        "Telegram",
        { real: "Pact Desk (startTelegram: runner, middleware, engine, rendering)", bare: "bare grammY bot (runner, the same messages precomputed)" },
        TELEGRAM_SEND_LIMIT,
        figures,
        plan,
        options,
        [
          "an update: a private message from a user of its own (so flood limits never hold one back); both bots on @grammyjs/runner,",
          "  long polling the fake Bot API, which runs in a separate process (one copy per bot).",
        ],
      );
    } finally {
      for (const stop of stops.reverse()) await stop();
      await fakes.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
