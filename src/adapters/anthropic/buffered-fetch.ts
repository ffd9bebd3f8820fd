import { raceAbort } from "./cancelled.js";

/**
 * `fetch` that resolves only once the whole body has arrived, and rejects as soon as `init.signal`
 * aborts, body read included. The SDK arms its per-attempt timeout around `fetch` alone, so with
 * plain `fetch` a response whose headers came and whose body then stalled would never time out.
 * Fit for non-streaming calls only.
 */
export async function bufferedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const body = await readBody(response, init?.signal ?? undefined);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The whole body, or a rejection with the signal's reason the moment it aborts (the body stream is cancelled then). */
function readBody(response: Response, signal: AbortSignal | undefined): Promise<ArrayBuffer | null> {
  if (response.body === null) return Promise.resolve(null);
  return raceAbort(response.arrayBuffer(), signal, () => {
    response.body?.cancel().catch(() => undefined);
    return signal?.reason;
  });
}
