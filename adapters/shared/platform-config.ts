/**
 * What the platforms' configurations share: picking their variables out of
 * the environment, and the error start-up prints when one is wrong.
 */
import type { z } from "zod";

/**
 * A platform's environment is missing or malformed. Start-up prints its
 * message (never a stack trace, never a variable's value) and exits 1.
 */
export class ConfigError extends Error {
  constructor(
    /** The platform whose variables are wrong, e.g. "Telegram". */
    readonly platform: string,
    /** One line per problem, each starting with the variable's name. */
    readonly problems: string[],
  ) {
    super(`${platform} configuration is invalid:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  }
}

/**
 * The schema's variables from `env`. An optional variable set to an empty
 * string counts as unset (as `NAME=` in a `.env` file); the token keeps its
 * empty value so the error says "is empty" rather than "is not set".
 */
export function pickVariables(schema: z.ZodObject, env: NodeJS.ProcessEnv, token: string): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key]?.trim() === "" && key !== token ? undefined : env[key]]));
}

/** One line per zod issue: the variable's name, then what is wrong (never the value). */
export function describeProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
}
