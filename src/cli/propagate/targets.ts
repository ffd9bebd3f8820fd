import { CodeplanError, type CodeGraph, type Seed } from "../../engine/index.js";

/**
 * The instruction's target blocks as a seed; a CodeplanError naming each id that is not a block of
 * the repository, with the blocks of the same file or name that are (so a typo is quick to fix).
 */
export function targetSeed(graph: CodeGraph, targets: readonly string[]): Seed {
  const unknown = targets.filter((id) => !graph.graph.getBlock(id));
  if (unknown.length > 0) {
    const lines = unknown.map((id) => {
      const [file = "", symbol = ""] = id.split("::");
      const near = [...graph.graph.allBlocks()].filter((block) => block.kind !== "module" && (block.file === file || block.symbol === symbol)).map((block) => block.id);
      return `--target ${id} is not a block of the repository${near.length > 0 ? `; did you mean ${near.slice(0, 5).join(", ")}?` : " (`codeplan blocks <dir>` lists them)."}`;
    });
    throw new CodeplanError({ code: "unknown-target", userMessage: lines.join("\n") });
  }
  return { kind: "instruction", blockIds: [...targets] };
}
