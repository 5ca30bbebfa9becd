/**
 * The Telegram part of `npm run bench`: updates per second through the real
 * adapter — `startTelegram` as `npm start` runs it (grammY runner, dedupe,
 * per-chat ordering, flood limits, the engine, HTML rendering, keyboards,
 * retries, one log line per answer) — beside a bare grammY echo bot on the
 * same runner, each against its own copy of the local fake Bot API
 * (`test/fakes/telegram-bot-api.ts`, in a separate process).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { createLogger } from "../adapters/shared/logger.ts";
import { startTelegram } from "../adapters/telegram/start.ts";
import { loadEngine } from "../src/index.ts";
import { measurePaths, PATH_PLANS, pathReport, TimedEngine } from "./bot-path.ts";
import { answeredCounter, Completions, startPlatformFakes } from "./platform-fakes.ts";
import type { BenchSection } from "./table.ts";

/** Seconds a `getUpdates` waits when nothing is queued; the same for both bots. */
const POLL_TIMEOUT_SECONDS = 1;

export const telegramSection: BenchSection = {
  name: "Telegram",
  async run(options, progress) {
    const plan = options.quick ? PATH_PLANS.quick : PATH_PLANS.full;
    progress("telegram: loading the engine, starting the fake Bot API servers");
    const engine = new TimedEngine(loadEngine());
    const fakes = await startPlatformFakes("telegram");
    const scratch = mkdtempSync(join(tmpdir(), "pact-desk-bench-telegram-"));
    const completions = { real: new Completions(), bare: new Completions() };
    const stops: (() => Promise<void>)[] = [];
    try {
      const logger = createLogger("info", answeredCounter(completions.real)).child({ platform: "telegram" });
      const real = await startTelegram(engine.engine, { token: fakes.endpoints.real.id, apiRoot: fakes.endpoints.real.apiRoot, dedupeFile: join(scratch, "updates") }, logger, {
        pollTimeoutSeconds: POLL_TIMEOUT_SECONDS,
      });
      stops.push(() => real.stop());

      const echo = new Bot(fakes.endpoints.bare.id, { client: { apiRoot: fakes.endpoints.bare.apiRoot } });
      echo.on("message:text", async (ctx) => {
        await ctx.reply(ctx.message.text);
        completions.bare.add();
      });
      await echo.init();
      const runner = run(echo, { runner: { fetch: { timeout: POLL_TIMEOUT_SECONDS }, silent: true } });
      stops.push(async () => {
        if (runner.isRunning()) await runner.stop();
      });

      const figures = await measurePaths(fakes, completions, engine, plan, (line) => progress(`telegram: ${line}`));
      return pathReport(
        "Telegram",
        "updates",
        { real: "Pact Desk (startTelegram: runner, middleware, engine, rendering)", bare: "bare grammY echo bot (runner, ctx.reply)" },
        figures,
        plan,
        options,
        [
          "an update: a private message from a user of its own (so flood limits never hold one back), until its answer is sent;",
          "both bots on @grammyjs/runner, long polling the fake Bot API, which runs in a separate process (one copy per bot);",
          "the real bot's log lines are formatted as in production but not written anywhere (the bench counts the \"answered\" ones).",
        ],
      );
    } finally {
      for (const stop of stops.reverse()) await stop();
      await fakes.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
