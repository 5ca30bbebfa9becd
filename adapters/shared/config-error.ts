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
