/**
 * One Telegram instance in webhook mode with its own Redis connection, as a
 * process of its own would have, against a shared fake Bot API: updates are
 * POSTed to it as Telegram (or a load balancer) would.
 */
import type { Update } from "grammy/types";
import { SharedRedis, type SharedRedisOptions } from "../../adapters/shared/redis.ts";
import { LogCapture, startHarness, type Harness } from "../adapters/telegram/harness.ts";
import type { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { sharedEngine } from "../shared-engine.ts";

const webhook = { url: "https://bot.example.org/telegram/hook", secret: "hook-secret_123", port: 0 };

export interface WebhookInstance {
  harness: Harness;
  redis: SharedRedis;
  logs: LogCapture;
  /** POSTs `update` to the instance's webhook; resolves with the status once the instance is done with it. */
  post(update: Update): Promise<number>;
  /** Stops the bot, then its Redis connection (not the fake, which others share). */
  stop(): Promise<void>;
}

export async function startWebhookInstance(fake: FakeTelegramBotApi, redisOptions: Omit<SharedRedisOptions, "logger">): Promise<WebhookInstance> {
  const logs = new LogCapture();
  const redis = await SharedRedis.connect({ ...redisOptions, logger: logs.logger });
  const harness = await startHarness(sharedEngine(), { fake, logs, redis, config: { webhook } });
  const post = async (update: Update) => {
    const response = await fetch(`http://127.0.0.1:${harness.handle.port}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": webhook.secret },
      body: JSON.stringify(update),
    });
    return response.status;
  };
  const stop = async () => {
    await harness.handle.stop();
    await redis.close();
  };
  return { harness, redis, logs, post, stop };
}
