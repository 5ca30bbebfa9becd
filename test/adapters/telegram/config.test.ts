/** config.ts: what an operator sees when the environment is wrong, and what a right one yields. */
import { describe, expect, it } from "vitest";
import { loadTelegramConfig, TelegramConfigError } from "../../../adapters/telegram/config.ts";

const token = "987654:AAF-secret_token_value_123";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadTelegramConfig(env);
  } catch (error) {
    if (error instanceof TelegramConfigError) {
      expect(error.message).not.toContain("secret_token_value");
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe("loadTelegramConfig", () => {
  it("defaults to long polling against Telegram, with a per-bot dedupe file that does not contain the token", () => {
    const config = loadTelegramConfig({ TELEGRAM_BOT_TOKEN: ` ${token} `, TELEGRAM_API_ROOT: "", TELEGRAM_WEBHOOK_URL: "" });
    expect(config.token).toBe(token);
    expect(config.apiRoot).toBeUndefined();
    expect(config.webhook).toBeUndefined();
    expect(config.dedupeFile).not.toContain("secret_token_value");
    expect(loadTelegramConfig({ TELEGRAM_BOT_TOKEN: "other:token" }).dedupeFile).not.toBe(config.dedupeFile);
  });

  it("reads webhook mode and a self-hosted API root", () => {
    const config = loadTelegramConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      TELEGRAM_WEBHOOK_SECRET: "s3cret_-value",
      PORT: "8443",
      TELEGRAM_DEDUPE_FILE: "/var/lib/pact-desk/updates",
    });
    expect(config).toEqual({
      token,
      apiRoot: "http://127.0.0.1:8081",
      webhook: { url: "https://bot.example.org/telegram", secret: "s3cret_-value", port: 8443 },
      dedupeFile: "/var/lib/pact-desk/updates",
    });
  });

  it("names each bad variable, all at once, and never repeats the token", () => {
    expect(problemsOf({})).toEqual(["TELEGRAM_BOT_TOKEN is not set"]);
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: "  " })).toEqual(["TELEGRAM_BOT_TOKEN is empty"]);
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: `${token} extra` })[0]).toMatch(/^TELEGRAM_BOT_TOKEN must not contain spaces/);
    const problems = problemsOf({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: "not a url",
      TELEGRAM_WEBHOOK_URL: "ftp://example.org/hook",
      PORT: "eighty",
    });
    expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual(["PORT", "TELEGRAM_API_ROOT", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_URL"]);
  });

  it("requires a webhook secret Telegram accepts", () => {
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: "https://x.org/hook" })).toEqual([
      "TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set",
    ]);
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: "https://x.org/hook", TELEGRAM_WEBHOOK_SECRET: "has spaces!" })[0]).toMatch(
      /^TELEGRAM_WEBHOOK_SECRET must be 1–256 characters/,
    );
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: "x".repeat(257) })[0]).toMatch(/^TELEGRAM_WEBHOOK_SECRET/);
  });
});
