/**
 * INTERACTION_CREATE payloads as Discord sends them, with every field
 * discord.js 14.28 dereferences (`entitlements` and
 * `authorizing_integration_owners` are mandatory: it crashes without them).
 * Each payload gets a fresh id and token, so a test can pick out the requests
 * made for it with `fake.requestsFor(token)`.
 */
export const GUILD_ID = "222222222222222222";
export const CHANNEL_ID = "333333333333333333";
export const DM_CHANNEL_ID = "555555555555555555";
export const USER = { id: "444444444444444444", username: "alice", discriminator: "0", avatar: null, global_name: "Alice" };
const DEFAULT_USER = USER;
/** A server the bot is not a member of, a channel in it, and a DM between two people: places a user-installed app is used. */
export const OTHER_GUILD_ID = "777777777777777777";
const OTHER_CHANNEL_ID = "888888888888888888";
const OTHER_DM_ID = "999999999999999999";
export const FRIEND = { id: "666666666666666666", username: "bob", discriminator: "0", avatar: null, global_name: "Bob" };
const PERMISSIONS = "2248473465835073";
const DISCORD_EPOCH = 1_420_070_400_000n;

let counter = 0;

/** A snowflake for "now", unique within the process. */
export function snowflake(): string {
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + BigInt(++counter % 4096));
}

export interface Built {
  /** The interaction's token: appears in the path of every request made for it. */
  token: string;
  payload: Record<string, unknown>;
}

export interface Where {
  /** A DM with the bot instead of a server channel. Default false. */
  dm?: boolean;
  /**
   * The user installed the app for themselves and uses it where the bot is not a member:
   * "server" (a server channel), "dm" (a DM with someone else) or "group-dm". Default: not user-installed.
   */
  userInstall?: "server" | "dm" | "group-dm";
  /** The user's client language, e.g. "en-US" (default) or "uk". */
  locale?: string;
  /** Must match the fake's application id. Default "111111111111111111". */
  applicationId?: string;
  /** Who acts. Default `USER` (alice). */
  user?: typeof USER;
  /** The server of a server channel (not a DM or a user install). Default `GUILD_ID`; another one lands on another shard of a sharded bot. */
  guildId?: string;
}

type OptionValue = string | number | boolean;

/** A slash command, e.g. `chatInput("ask", { question: "…", private: true })`. */
export function chatInput(name: string, options: Record<string, OptionValue> = {}, where: Where = {}): Built {
  return interaction(2, { id: snowflake(), name, type: 1, options: toOptions(options) }, where);
}

/** Autocomplete while typing into `focused` (its value is what has been typed so far). */
export function autocomplete(name: string, focused: string, typed: string, others: Record<string, OptionValue> = {}, where: Where = {}): Built {
  const options = [...toOptions(others), { name: focused, type: 3, value: typed, focused: true }];
  return interaction(4, { id: snowflake(), name, type: 1, options }, where);
}

/**
 * A click on the button `customId` under `message` (a message object as the
 * fake returned it, so the button is really there).
 */
export function buttonClick(customId: string, message: Record<string, unknown>, where: Where = {}): Built {
  return interaction(3, { custom_id: customId, component_type: 2 }, where, message);
}

function toOptions(options: Record<string, OptionValue>): Array<Record<string, unknown>> {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === "boolean" ? 5 : typeof value === "number" ? 10 : 3,
    value,
  }));
}

function interaction(type: number, data: Record<string, unknown>, where: Where, message?: Record<string, unknown>): Built {
  const token = `itoken-${snowflake()}`;
  const applicationId = where.applicationId ?? "111111111111111111";
  const locale = where.locale ?? "en-US";
  const USER = where.user ?? DEFAULT_USER;
  const userOwned = { authorizing_integration_owners: { "1": USER.id } };
  const place = where.userInstall === "server"
    ? {
        guild_id: OTHER_GUILD_ID,
        channel_id: OTHER_CHANNEL_ID,
        channel: { id: OTHER_CHANNEL_ID, type: 0, guild_id: OTHER_GUILD_ID, name: "chat" },
        member: { user: USER, roles: [], joined_at: "2024-01-01T00:00:00.000Z", deaf: false, mute: false, permissions: PERMISSIONS, flags: 0 },
        guild_locale: "en-US",
        ...userOwned,
        context: 0,
      }
    : where.userInstall === "dm" || where.userInstall === "group-dm"
    ? {
        channel_id: OTHER_DM_ID,
        channel: { id: OTHER_DM_ID, type: where.userInstall === "dm" ? 1 : 3, recipients: [USER, FRIEND] },
        user: USER,
        ...userOwned,
        context: 2,
      }
    : where.dm
    ? {
        channel_id: DM_CHANNEL_ID,
        channel: { id: DM_CHANNEL_ID, type: 1, recipients: [USER] },
        user: USER,
        authorizing_integration_owners: { "1": USER.id },
        context: 1,
      }
    : {
        guild_id: where.guildId ?? GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: where.guildId ?? GUILD_ID, name: "general" },
        member: { user: USER, roles: [], joined_at: "2024-01-01T00:00:00.000Z", deaf: false, mute: false, permissions: PERMISSIONS, flags: 0 },
        guild_locale: "en-US",
        authorizing_integration_owners: { "0": where.guildId ?? GUILD_ID },
        context: 0,
      };
  return {
    token,
    payload: {
      id: snowflake(),
      application_id: applicationId,
      type,
      token,
      version: 1,
      data,
      ...place,
      ...(message ? { message } : {}),
      app_permissions: PERMISSIONS,
      locale,
      entitlements: [],
      attachment_size_limit: 10_485_760,
    },
  };
}
