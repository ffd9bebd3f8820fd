import nock from "nock";

/** A Messages API response body, as api.anthropic.com sends it. */
export function messageResponse(text: string, usage: Partial<Record<"input_tokens" | "output_tokens" | "cache_read_input_tokens" | "cache_creation_input_tokens", number>> = {}) {
  return {
    id: `msg_01${Math.random().toString(36).slice(2, 12)}`,
    type: "message",
    role: "assistant",
    model: "claude-sonnet-4-5-20250929",
    content: [{ type: "text", text }],
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 1200, output_tokens: 150, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, service_tier: "standard", ...usage },
  };
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
    .reply(200, (_uri, requestBody) => {
      const body = requestBody as MessagesBody;
      bodies.push(body);
      const { targetId, language, code } = codeToChange(body);
      const rewrite = rewrites[targetId];
      return messageResponse(rewrite ? `\`\`\`${language}\n${rewrite(code)}\`\`\`` : "No changes.");
    });
  return { scope, bodies };
}
