import { CodeGraph } from "../../src/engine/graph/code-graph.js";
import type { Edge } from "../../src/engine/graph/edge.js";
import { isRelation, type Relation } from "../../src/engine/graph/relation.js";
import { MemorySourceTree } from "../../src/engine/source/memory-source-tree.js";

/**
 * Stack-graphs style fixtures: several files in one string, each introduced by a line
 * `# --- path: pkg/a.py ---` (or `// --- path: src/a.ts ---`), with assertion comments under the
 * line they talk about:
 *
 *     client.send(msg)
 *     # ^ Calls: pkg/b.py::Client.send
 *     # ^ !Calls: pkg/c.py::Other.send          (must NOT exist)
 *     # ^ Calls(name-only): pkg/b.py::Client.send
 *
 * An assertion says: the block that contains the line above has an edge of that relation to the
 * target, recorded on that line (and with that confidence when given). Relations are stored ones
 * (Calls, Instantiates, Uses, Imports, Overrides, DerivedClassOf, Construct, ChildOf).
 */
export interface Assertion {
  file: string;
  line: number;
  relation: Relation;
  target: string;
  negated: boolean;
  confidence?: string;
  text: string;
}

const FILE_HEADER = /^\s*(?:#|\/\/)\s*---\s*path:\s*(\S+)\s*---\s*$/;
const ASSERTION = /^\s*(?:#|\/\/)\s*\^\s*(!?)(\w+)(?:\((resolved|name-only)\))?:\s*(\S+)\s*$/;

export function splitFixture(fixture: string): { files: Record<string, string>; assertions: Assertion[] } {
  const files: Record<string, string> = {};
  const assertions: Assertion[] = [];
  let current: string | undefined;
  let lines: string[] = [];
  let lastCodeLine = 0;
  const flush = () => {
    if (current) files[current] = lines.join("\n") + "\n";
  };
  for (const raw of fixture.split("\n")) {
    const header = FILE_HEADER.exec(raw);
    if (header) {
      flush();
      current = header[1];
      lines = [];
      lastCodeLine = 0;
      continue;
    }
    if (!current) continue;
    lines.push(raw);
    const assertion = ASSERTION.exec(raw);
    if (assertion) {
      const [, bang, relation, confidence, target] = assertion;
      if (!relation || !isRelation(relation)) throw new Error(`unknown relation in fixture: ${raw}`);
      assertions.push({ file: current, line: lastCodeLine, relation, target: target ?? "", negated: bang === "!", confidence, text: raw.trim() });
    } else if (raw.trim() !== "") {
      lastCodeLine = lines.length;
    }
  }
  flush();
  return { files, assertions };
}

export async function buildFixtureGraph(files: Record<string, string>): Promise<CodeGraph> {
  return CodeGraph.build(new MemorySourceTree(files));
}

function innermostBlockAt(graph: CodeGraph, file: string, line: number): string | undefined {
  let best: { id: string; size: number } | undefined;
  for (const block of graph.graph.allBlocks()) {
    if (block.file !== file || block.span.startLine > line || block.span.endLine < line) continue;
    const size = block.span.endLine - block.span.startLine;
    if (!best || size < best.size || (size === best.size && block.kind !== "module")) best = { id: block.id, size };
  }
  return best?.id;
}

/** Returns one message per failed assertion (empty when all hold), so a test shows every failure at once. */
export async function checkFixture(fixture: string): Promise<string[]> {
  const { files, assertions } = splitFixture(fixture);
  if (assertions.length === 0) throw new Error("fixture has no assertions");
  const graph = await buildFixtureGraph(files);
  const failures: string[] = [];
  for (const assertion of assertions) {
    const from = innermostBlockAt(graph, assertion.file, assertion.line);
    const edges: Edge[] = from ? graph.graph.edgesFrom(from) : [];
    const matching = edges.filter(
      (edge) =>
        edge.relation === assertion.relation &&
        edge.to === assertion.target &&
        edge.line === assertion.line &&
        (!assertion.confidence || edge.confidence === assertion.confidence),
    );
    const holds = assertion.negated ? matching.length === 0 : matching.length > 0;
    if (!holds) {
      const seen = edges.filter((edge) => edge.line === assertion.line).map((edge) => `${edge.relation}(${edge.confidence}) ${edge.to}`);
      failures.push(`${assertion.file}:${assertion.line} in ${from ?? "no block"}: ${assertion.text} — edges on that line: ${seen.join(", ") || "none"}`);
    }
  }
  return failures;
}
