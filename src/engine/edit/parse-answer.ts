import type { EditAnswer } from "../ports.js";

const FORMAT = "answer with exactly one fenced code block holding the whole edited code (folded members left as they are), or with `No changes.` and nothing else.";

// `No changes.` as models write it: any case, period optional, perhaps in backticks or bold.
const NO_CHANGES = /^[`*_"']*no changes?\.?[`*_"']*$/i;

interface FencedBlock {
  content: string;
  closed: boolean;
}

/**
 * Reads a model's answer in the wire format of DESIGN.md ("Prompt sections"):
 * - exactly one fenced code block (backticks, three or more, opening at the start of a line) →
 *   `edited`, its content exactly: every line between the fences with its own line ending, so a
 *   non-empty sketch ends with the newline before the closing fence. Text before and after that one
 *   block is ignored, since models often introduce their code in a sentence;
 * - `No changes.` alone (case, surrounding whitespace, the period and markdown quotes tolerated),
 *   or as the only content of the one block → `no-change`;
 * - anything else → `unusable`, with a reason addressed to the model for the retry.
 */
export function parseAnswer(text: string): EditAnswer {
  if (text.trim() === "") return unusable(`The answer was empty; ${FORMAT}`);
  if (NO_CHANGES.test(text.trim())) return { kind: "no-change" };
  const blocks = fencedBlocks(text);
  const [only] = blocks;
  if (blocks.length > 1) return unusable(`The answer had ${blocks.length} fenced code blocks; ${FORMAT}`);
  if (only === undefined) return unusable(noBlockReason(text));
  if (!only.closed) return unusable(`The answer's fenced code block was never closed; ${FORMAT}`);
  if (only.content.trim() === "") return unusable(`The answer's fenced code block was empty; ${FORMAT}`);
  if (NO_CHANGES.test(only.content.trim())) return { kind: "no-change" };
  return { kind: "edited", sketch: only.content };
}

function noBlockReason(text: string): string {
  if (/no changes?/i.test(text)) return `The answer said "No changes" together with other text; when the code needs no change, answer with \`No changes.\` and nothing else.`;
  return `The answer had no fenced code block; ${FORMAT}`;
}

function unusable(reason: string): EditAnswer {
  return { kind: "unusable", reason };
}

/** CommonMark's backtick fences at the start of a line; a closing fence is as long or longer, with nothing after it. */
function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { fence: string; lines: string[] } | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const bare = line.replace(/\r?\n$/, "");
    if (open === undefined) {
      const opening = /^(`{3,})[^`]*$/.exec(bare);
      if (opening?.[1] !== undefined) open = { fence: opening[1], lines: [] };
      continue;
    }
    const closing = /^(`{3,})\s*$/.exec(bare);
    if (closing?.[1] !== undefined && closing[1].length >= open.fence.length) {
      blocks.push({ content: open.lines.join(""), closed: true });
      open = undefined;
      continue;
    }
    open.lines.push(line);
  }
  if (open !== undefined) blocks.push({ content: open.lines.join(""), closed: false });
  return blocks;
}
