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

function readBody(response: Response, signal: AbortSignal | undefined): Promise<ArrayBuffer | null> {
  if (response.body === null) return Promise.resolve(null);
  if (signal === undefined) return response.arrayBuffer();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      response.body?.cancel().catch(() => undefined);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    response.arrayBuffer().then(
      (body) => {
        signal.removeEventListener("abort", onAbort);
        resolve(body);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
