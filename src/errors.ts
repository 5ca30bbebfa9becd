/** The errors the engine throws at its edges; everything after load returns values instead. */
import type { DataIssue } from "./dataset/data-issue.ts";
import { formatIssues } from "./dataset/format-issues.ts";

/** The corpus (or a language pack) is malformed; nothing was loaded. `message` lists every issue. */
export class DataValidationError extends Error {
  override readonly name = "DataValidationError";
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

/** An engine option has a value the engine cannot work with. */
export class EngineOptionError extends Error {
  override readonly name = "EngineOptionError";
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`engine: option "${option}" ${problem}`);
    this.option = option;
  }
}
