/**
 * The Discord adapter's configuration, read from the environment and checked
 * with zod. Error messages name the variable and what is wrong with it, and
 * never repeat a value (the token must not reach a terminal or a log).
 */
import { z } from "zod";
import { ConfigError, describeProblems, pickVariables } from "../shared/platform-config.ts";

const Snowflake = z.string().trim().regex(/^\d{1,20}$/, "must be a Discord id (digits only)");

export const DiscordEnvSchema = z.object({
  /** The bot token from the developer portal (Bot → Reset Token). Required. */
  DISCORD_TOKEN: z
    .string({ error: "is not set" })
    .trim()
    .min(1, "is empty")
    .refine((value) => !/\s/.test(value), "must not contain spaces"),
  /** The application id (General Information → Application ID). Required. */
  DISCORD_APPLICATION_ID: z.string({ error: "is not set" }).pipe(Snowflake),
  /** A server id: when set, `npm run discord:deploy` registers the commands there only (instant); otherwise globally. */
  DISCORD_GUILD_ID: Snowflake.optional(),
  /**
   * A REST base URL to use instead of https://discord.com/api, e.g.
   * `http://127.0.0.1:8080/api`; the gateway URL is then discovered from its
   * `GET /gateway/bot`. Unset means Discord itself.
   */
  DISCORD_API_ROOT: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:8080/api" })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Undefined means "deploy commands globally". */
  guildId?: string;
  /** Undefined means Discord's own API. */
  apiRoot?: string;
}

export class DiscordConfigError extends ConfigError {
  override readonly name = "DiscordConfigError";
  constructor(problems: string[]) {
    super("Discord", problems);
  }
}

/**
 * Reads and validates the Discord variables; throws `DiscordConfigError`
 * listing every problem at once. Empty strings count as unset for the
 * optional variables.
 */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const input = pickVariables(DiscordEnvSchema, env, "DISCORD_TOKEN");
  const parsed = DiscordEnvSchema.safeParse(input, { reportInput: false });
  if (!parsed.success) {
    throw new DiscordConfigError(describeProblems(parsed.error));
  }
  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_ROOT } = parsed.data;
  return {
    token: DISCORD_TOKEN,
    applicationId: DISCORD_APPLICATION_ID,
    ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}),
    ...(DISCORD_API_ROOT ? { apiRoot: DISCORD_API_ROOT } : {}),
  };
}
