import nock from "nock";
import { message } from "../adapters/anthropic/messages-api-mock.js";

/** A Messages API response body as api.anthropic.com sends it (the recorded one), with `text` as the answer. */
export function messageResponse(text: string) {
  return message(text, { usage: { input_tokens: 1200, output_tokens: 150, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, service_tier: "standard" } });
}

interface MessagesBody {
  model: string;
  system: { type: string; text: string }[];
  messages: { role: string; content: { type: string; text: string }[] }[];
}

/** The code to change of a request (the last fenced block of the last user message) and its block id. */
export function codeToChange(body: MessagesBody): { targetId: string; language: string; code: string } {
  const text = (body.messages.at(-1)?.content ?? []).map((part) => part.text).join("\n");
  const fences = [...text.matchAll(/^(`{3,})(\w*)\n([\s\S]*?)^\1$/gm)];
  const last = fences.at(-1);
  const targetId = /## Code to change\n\n`([^`]+)`/.exec(text)?.[1] ?? "";
  return { targetId, language: last?.[2] ?? "", code: last?.[3] ?? "" };
}

/**
 * Answers POST /v1/messages the way Claude would: for a target block with a rewrite, one fenced
 * block holding the rewritten code; otherwise `No changes.`. Records the request bodies.
 */
export function claudeAnswering(rewrites: Record<string, (code: string) => string>, times = 50): { scope: nock.Scope; bodies: MessagesBody[] } {
  const bodies: MessagesBody[] = [];
  const scope = nock("https://api.anthropic.com")
    .post("/v1/messages")
    .times(times)
    .reply(async (request) => {
      const body = JSON.parse(await request.text()) as MessagesBody;
      bodies.push(body);
      const { targetId, language, code } = codeToChange(body);
      const rewrite = rewrites[targetId];
      return [200, messageResponse(rewrite ? `\`\`\`${language}\n${rewrite(code)}\`\`\`` : "No changes."), { "content-type": "application/json", "request-id": `req_test_${bodies.length}` }];
    });
  return { scope, bodies };
}
