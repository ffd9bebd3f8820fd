import type { GraphView } from "./graph-view.js";

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Graphviz: one cluster per file, name-only edges dashed. */
export function renderDot(view: GraphView): string {
  const lines = ["digraph codeplan {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"];
  const files = [...new Set(view.blocks.map((block) => block.file))];
  files.forEach((file, index) => {
    lines.push(`  subgraph cluster_${index} {`, `    label=${quote(file)};`);
    for (const block of view.blocks.filter((candidate) => candidate.file === file)) {
      lines.push(`    ${quote(block.id)} [label=${quote(block.symbol)}];`);
    }
    lines.push("  }");
  });
  for (const edge of view.edges) {
    const style = edge.confidence === "name-only" ? ", style=dashed" : "";
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [label=${quote(edge.relation)}${style}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** Mermaid flowchart: nodes numbered (ids are not Mermaid-safe), labelled `file::symbol`. */
export function renderMermaid(view: GraphView): string {
  const ids = new Map(view.blocks.map((block, index) => [block.id, `b${index}`]));
  const label = (text: string) => `"${text.replace(/"/g, "#quot;")}"`;
  const lines = ["flowchart LR"];
  for (const block of view.blocks) lines.push(`  ${ids.get(block.id)}[${label(block.id)}]`);
  for (const edge of view.edges) {
    const arrow = edge.confidence === "name-only" ? "-.->" : "-->";
    lines.push(`  ${ids.get(edge.from)} ${arrow}|${edge.relation}| ${ids.get(edge.to)}`);
  }
  return `${lines.join("\n")}\n`;
}
