import type Anthropic from "@anthropic-ai/sdk";
import { parseAnswer, type EditAnswer } from "../../engine/index.js";

/**
 * The answer in a Messages API response (without usage) and its text, the text blocks joined.
 * An answer that stopped at the token limit is unusable whatever it holds (a cut-off sketch would
 * delete the rest of the block), and so is a refusal; the reason tells the model what to do
 * differently on the retry.
 */
export function readMessage(message: Anthropic.Message, maxTokens: number): { text: string; answer: EditAnswer } {
  const text = message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
  switch (message.stop_reason) {
    case "max_tokens":
    case "model_context_window_exceeded":
      return { text, answer: unusable(`The answer was cut off at the limit of ${maxTokens} output tokens. Answer with only the whole edited code in exactly one fenced code block and no explanations, or with \`No changes.\`.`) };
    case "refusal":
      return { text, answer: unusable("The answer was stopped as a refusal. The task is an ordinary code edit: answer with the edited code in exactly one fenced code block, or with `No changes.`.") };
    default:
      return { text, answer: parseAnswer(text) };
  }
}

function unusable(reason: string): EditAnswer {
  return { kind: "unusable", reason };
}
