/** Where the command line writes, and what interrupts it; tests pass a recorder and their own signal. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Aborted when the user interrupts a long command (Ctrl-C): it stops spending and reports. */
  interrupt?(): AbortSignal;
}

let interrupted: AbortController | undefined;

/** The first Ctrl-C aborts the running command, which then reports what it did; a second one ends the process. */
function interruptSignal(): AbortSignal {
  if (!interrupted) {
    const controller = new AbortController();
    interrupted = controller;
    process.once("SIGINT", () => {
      process.stderr.write("\ncodeplan: stopping (Ctrl-C again to quit at once)\n");
      controller.abort();
      process.once("SIGINT", () => process.exit(130));
    });
  }
  return interrupted.signal;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interrupt: interruptSignal,
};
