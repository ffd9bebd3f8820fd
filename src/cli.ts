import { Command, CommanderError } from "commander";
import { registerBlocksCommand } from "./cli/blocks-command.js";
import { processIO, type CliIO } from "./cli/cli-io.js";
import { registerDiffBlocksCommand } from "./cli/diff-blocks-command.js";
import { registerEvalCommand } from "./cli/eval-command.js";
import { registerGraphCommand } from "./cli/graph-command.js";
import { CliExit } from "./cli/cli-exit.js";
import { registerPlanCommand } from "./cli/plan-command.js";
import { registerPropagateCommand } from "./cli/propagate-command.js";
import { readEnv, type CodeplanEnv } from "./config/env.js";
import { isCodeplanError } from "./engine/index.js";

/** Exit codes: 0 success, 1 a failure the message explains, 2 a usage error. */
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function buildProgram(io: CliIO, env: CodeplanEnv): Command {
  const { maxFileBytes, parseThreads } = env;
  const program = new Command("codeplan")
    .description("carry a code change through a repository (CodePlan)")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerBlocksCommand(program, io, { maxFileBytes });
  registerDiffBlocksCommand(program, io, { maxFileBytes });
  registerGraphCommand(program, io, { maxFileBytes, parseThreads });
  registerPlanCommand(program, io, { parseThreads });
  registerPropagateCommand(program, io, env);
  registerEvalCommand(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/** Runs the command line and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO = processIO, env?: NodeJS.ProcessEnv): Promise<number> {
  try {
    const program = buildProgram(io, readEnv(env));
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (isCodeplanError(error)) {
      io.err(`codeplan: ${error.userMessage}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}
