import { CodeplanError } from "../../engine/index.js";

/** The CodeplanError for a command that could not be started at all. */
export function startError(params: { command: string; cwd: string; error: unknown }): CodeplanError {
  const code = (params.error as NodeJS.ErrnoException | undefined)?.code;
  const program = params.command.split(" ")[0] ?? params.command;
  if (code === "ENOENT") {
    return new CodeplanError({
      code: "oracle-not-found",
      userMessage: `The oracle \`${params.command}\` could not start: \`${program}\` was not found. Install it, or fix the oracle command in .github/codeplan.yml.`,
      cause: params.error,
    });
  }
  const reason = code === "EACCES" ? `\`${program}\` is not executable` : String(params.error);
  return new CodeplanError({
    code: "oracle-cannot-start",
    userMessage: `The oracle \`${params.command}\` could not start in ${params.cwd}: ${reason}.`,
    cause: params.error,
  });
}
