/** The Discord environment: what a misconfigured start-up tells the operator, and that it never shows the token. */
import { describe, expect, it } from "vitest";
import { DiscordConfigError, loadDiscordConfig } from "../../../adapters/discord/config.ts";

const TOKEN = "MTExMTExMTExMTExMTExMTEx.Gabcde.secret-token-value";

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    if (error instanceof DiscordConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a DiscordConfigError");
}

describe("loadDiscordConfig", () => {
  it("reads the variables, treating empty optional ones as unset and trimming the API root's trailing slash", () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "111111111111111111", DISCORD_GUILD_ID: "", DISCORD_API_ROOT: "http://127.0.0.1:8080/api/" })).toEqual({
      token: TOKEN,
      applicationId: "111111111111111111",
      apiRoot: "http://127.0.0.1:8080/api",
    });
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "1", DISCORD_GUILD_ID: "222" }).guildId).toBe("222");
  });

  it("names every missing or malformed variable at once", () => {
    const message = problemsOf({ DISCORD_GUILD_ID: "my-server", DISCORD_API_ROOT: "ftp://example.org" });
    expect(message).toContain("DISCORD_TOKEN is not set");
    expect(message).toContain("DISCORD_APPLICATION_ID is not set");
    expect(message).toContain("DISCORD_GUILD_ID must be a Discord id");
    expect(message).toContain("DISCORD_API_ROOT must be an http(s) URL");
  });

  it("never repeats the token or other values in its errors", () => {
    const badToken = `${TOKEN} with spaces`;
    const message = problemsOf({ DISCORD_TOKEN: badToken, DISCORD_APPLICATION_ID: `${TOKEN}-as-id` });
    expect(message).toContain("DISCORD_TOKEN must not contain spaces");
    expect(message).toContain("DISCORD_APPLICATION_ID must be a Discord id");
    expect(message).not.toContain("secret-token-value");
  });
});
