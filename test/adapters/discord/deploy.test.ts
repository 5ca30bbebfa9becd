/**
 * `npm run discord:deploy`: one bulk-overwrite PUT with every command, to the
 * test server when DISCORD_GUILD_ID is set and globally otherwise, checked on
 * the wire against the local fake Discord.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands, runDeployCli } from "../../../adapters/discord/deploy-commands.ts";
import { FakeDiscord } from "../../fakes/discord-fake.ts";
import { entryPointArgs } from "../../entry-points.ts";
import { uiWords } from "../../../src/index.ts";

const run = promisify(execFile);
const TOKEN = "deploy-test-token-0123456789";
const APP = "111111111111111111";
const GUILD = "222222222222222222";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationId: APP });
});
afterAll(async () => {
  await fake.close();
});

function capture(): { text: string; write(chunk: string): void } {
  return {
    text: "",
    write(chunk) {
      this.text += chunk;
    },
  };
}

interface CommandJson {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  contexts?: number[];
  integration_types?: number[];
  options?: Array<{ name: string; type: number; required?: boolean; max_length?: number; autocomplete?: boolean }>;
}

describe("deploying the slash commands", () => {
  it("overwrites the guild's commands with all six when DISCORD_GUILD_ID is set", async () => {
    const result = await deployCommands({ token: TOKEN, applicationId: APP, guildId: GUILD, apiRoot: fake.apiRoot });
    expect(result).toEqual({ scope: "guild", route: `/applications/${APP}/guilds/${GUILD}/commands`, registered: 6 });

    const put = await fake.waitForRequest((request) => request.method === "PUT" && request.path === `/applications/${APP}/guilds/${GUILD}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    const body = put.body as CommandJson[];
    expect(body.map((command) => command.name)).toEqual(["ask", "agreement", "timeline", "quote", "sources", "about"]);
    for (const command of body) {
      expect(command.contexts).toEqual([0, 1, 2]); // servers, DMs with the bot, other DMs and group DMs
      expect(command.integration_types).toEqual([0, 1]); // installed on a server, or by a user for themselves
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.description_localizations?.uk).toBeTruthy();
      expect(command.options?.find((option) => option.name === "private")).toMatchObject({ type: 5 });
      expect(command.options?.find((option) => option.name === "private")?.required).not.toBe(true);
    }
    const option = (name: string, option: string) => body.find((command) => command.name === name)?.options?.find((o) => o.name === option);
    expect(option("ask", "question")).toMatchObject({ type: 3, required: true, max_length: 500 });
    expect(option("agreement", "partner")).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(option("quote", "topic")).toMatchObject({ type: 3, required: true });
    expect(option("timeline", "year")).toMatchObject({ type: 4, autocomplete: true });
    expect(option("timeline", "year")?.required).not.toBe(true);
    expect(option("timeline", "partner")).toMatchObject({ type: 3, autocomplete: true, max_length: 100 });
    expect(option("timeline", "partner")?.required).not.toBe(true);
  });

  it("describes every command and option in English and in Ukrainian (Discord's locale uk), in the packs' words", async () => {
    await deployCommands({ token: TOKEN, applicationId: APP, guildId: GUILD, apiRoot: fake.apiRoot });
    const put = await fake.waitForRequest((request) => request.method === "PUT" && request.path === `/applications/${APP}/guilds/${GUILD}/commands`);
    const body = put.body as Array<CommandJson & { options?: Array<{ name: string; description: string; description_localizations?: Record<string, string> }> }>;
    const en = uiWords("en").text.discord;
    const uk = uiWords("uk").text.discord;
    const ask = body.find((command) => command.name === "ask");
    expect(ask).toMatchObject({ description: en.commands.ask, description_localizations: { uk: uk.commands.ask } });
    expect(ask?.options?.find((option) => option.name === "question")).toMatchObject({ description: en.options.question, description_localizations: { uk: uk.options.question } });
    const partner = body.find((command) => command.name === "timeline")?.options?.find((option) => option.name === "partner");
    expect(partner).toMatchObject({ description: en.options.highlight, description_localizations: { uk: uk.options.highlight } });
    for (const command of body) for (const option of command.options ?? []) expect(option.description_localizations?.uk, `${command.name} ${option.name}`).toBeTruthy();
  });

  it("overwrites the global commands when no guild is given", async () => {
    const result = await deployCommands({ token: TOKEN, applicationId: APP, apiRoot: fake.apiRoot });
    expect(result.scope).toBe("global");
    const put = await fake.waitForRequest((request) => request.method === "PUT" && request.path === `/applications/${APP}/commands`);
    expect((put.body as CommandJson[]).map((command) => command.name)).toEqual(["ask", "agreement", "timeline", "quote", "sources", "about"]);
  });

  it("runs as a script (`npm run discord:deploy`) and reports where it registered the commands", async () => {
    const env = { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: GUILD, DISCORD_API_ROOT: fake.apiRoot };
    const before = fake.requests.length;
    const { stdout, stderr } = await run(process.execPath, entryPointArgs("adapters/discord/deploy-commands.ts"), { env });
    expect(stdout).toContain(`Registered 6 commands to server ${GUILD} (available now).`);
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(fake.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([`PUT /applications/${APP}/guilds/${GUILD}/commands`]);
  });

  it("with --dry-run prints the body and the route and sends nothing", async () => {
    const out = capture();
    const err = capture();
    const before = fake.requests.length;
    const code = await runDeployCli(["--dry-run"], { env: { DISCORD_APPLICATION_ID: APP }, out, err });
    expect(code).toBe(0);
    expect((JSON.parse(out.text) as CommandJson[]).map((command) => command.name)).toEqual(["ask", "agreement", "timeline", "quote", "sources", "about"]);
    expect(err.text).toBe(`Dry run: would PUT /applications/${APP}/commands\n`);
    expect(fake.requests.length).toBe(before);
  });

  it("refuses to run without a token, naming the variable", async () => {
    const err = capture();
    const code = await runDeployCli([], { env: { DISCORD_TOKEN: "", DISCORD_APPLICATION_ID: APP }, out: capture(), err });
    expect(code).toBe(1);
    expect(err.text).toContain("DISCORD_TOKEN is empty");
  });
});
