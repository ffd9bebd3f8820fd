import type Anthropic from "@anthropic-ai/sdk";
import type { EditPrompt } from "../../engine/index.js";

/** The exact JSON body of one Messages API call: what is sent, and what the response cache is keyed by. */
export type MessageBody = Anthropic.MessageCreateParamsNonStreaming;

/**
 * The request for one prompt. The parts that stay the same come first and are marked for the
 * provider's prompt cache: the system text (every call) and the instruction (every call of a run).
 * No sampling parameters: API version 2026-10-21, which the SDK sends, refuses `temperature`.
 */
export function messageBody(params: { prompt: EditPrompt; model: string; maxTokens: number }): MessageBody {
  const { prompt } = params;
  return {
    model: params.model,
    max_tokens: params.maxTokens,
    system: [{ type: "text", text: prompt.system, cache_control: { type: "ephemeral" } }],
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: prompt.shared, cache_control: { type: "ephemeral" } },
          { type: "text", text: prompt.specific },
        ],
      },
    ],
  };
}
