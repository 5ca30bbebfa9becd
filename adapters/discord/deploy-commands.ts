/**
 * `npm run discord:deploy`: registers every slash command with one bulk
 * overwrite (PUT), to `DISCORD_GUILD_ID` when set (changes show at once: use
 * it while testing) or globally otherwise. Run it after the commands change,
 * never on every start. `--dry-run` prints the request body and sends nothing.
 */
import { pathToFileURL } from "node:url";
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { commands as allCommands, type DiscordCommand } from "./commands/index.ts";
import { DiscordConfigError, loadDiscordConfig, type DiscordConfig } from "./config.ts";

export type DeployConfig = Pick<DiscordConfig, "token" | "applicationId" | "guildId" | "apiRoot">;

export interface DeployResult {
  scope: "guild" | "global";
  /** The REST route written to, e.g. `/applications/1/guilds/2/commands`. */
  route: `/${string}`;
  /** How many commands Discord now has registered in that scope. */
  registered: number;
}

/** The JSON body of the bulk overwrite. */
export function commandDefinitions(commands: readonly DiscordCommand[] = allCommands): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

export function deployRoute(config: Pick<DiscordConfig, "applicationId" | "guildId">): `/${string}` {
  return config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
}

export async function deployCommands(config: DeployConfig, commands: readonly DiscordCommand[] = allCommands): Promise<DeployResult> {
  const rest = new REST(config.apiRoot ? { api: config.apiRoot } : {}).setToken(config.token);
  const route = deployRoute(config);
  const registered = await rest.put(route, { body: commandDefinitions(commands) });
  return { scope: config.guildId ? "guild" : "global", route, registered: Array.isArray(registered) ? registered.length : 0 };
}

/** Where the script reads its settings and writes its report (injectable for tests). */
export interface DeployIo {
  /** Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Default: `process.stdout`. */
  out?: { write(text: string): unknown };
  /** Default: `process.stderr`. */
  err?: { write(text: string): unknown };
}

/** The command-line entry: returns the exit code. */
export async function runDeployCli(argv: readonly string[], io: DeployIo = {}): Promise<number> {
  const { env = process.env, out = process.stdout, err = process.stderr } = io;
  if (argv.includes("--dry-run")) {
    out.write(`${JSON.stringify(commandDefinitions(), null, 2)}\n`);
    const applicationId = env.DISCORD_APPLICATION_ID?.trim();
    if (applicationId) err.write(`Dry run: would PUT ${deployRoute({ applicationId, guildId: env.DISCORD_GUILD_ID?.trim() || undefined })}\n`);
    return 0;
  }
  let config: DiscordConfig;
  try {
    config = loadDiscordConfig(env);
  } catch (error) {
    if (!(error instanceof DiscordConfigError)) throw error;
    err.write(`${error.message}\n`);
    return 1;
  }
  const result = await deployCommands(config);
  const where = result.scope === "guild" ? `to server ${config.guildId} (available now)` : "globally (can take up to an hour to appear everywhere)";
  out.write(`Registered ${result.registered} commands ${where}.\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDeployCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Deploying the commands failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
