import { CodeplanError } from "../../engine/index.js";

/** The error a cancelled model call rejects with. */
export function cancelledError(): CodeplanError {
  return new CodeplanError({ code: "cancelled", userMessage: "The model call was cancelled." });
}

/**
 * Settles as `promise` does, or rejects with `cancelledError()` the moment `signal` aborts, whatever
 * the promise is waiting for (a response, or a sleep before a retry).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
