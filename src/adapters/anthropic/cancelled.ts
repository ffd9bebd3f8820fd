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
  return raceAbort(promise, signal, () => cancelledError());
}

/**
 * Settles as `promise` does, or rejects with `onAbort()`'s error the moment `signal` aborts (also
 * when it already has); the abort listener is removed once the promise settles.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onAbort());
    if (signal.aborted) abort();
    signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abort);
        reject(error);
      },
    );
  });
}
