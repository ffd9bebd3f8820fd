import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { MemberFact } from "../../../graph/facts.js";
import type { Block, BlockKind } from "../../../model/block.js";
import { isClassLike } from "../../../model/block-kinds.js";
import { BlockTree } from "./block-tree.js";
import { ClassCollector } from "./class-collector.js";
import type { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";

const FUNCTION_NODES = ["function_declaration", "generator_function_declaration", "arrow_function", "function_expression", "function", "generator_function"];
const SIGNATURE_NODES = ["function_signature", "method_signature", "abstract_method_signature", "method_definition"];

/** The node types that can define a block of each kind. */
const DEFINING_NODES: Readonly<Record<BlockKind, ReadonlySet<string>>> = {
  module: new Set(),
  function: new Set(FUNCTION_NODES),
  method: new Set(["method_definition"]),
  constructor: new Set(["method_definition"]),
  accessor: new Set(["method_definition"]),
  signature: new Set(SIGNATURE_NODES),
  class: new Set(["class_declaration", "abstract_class_declaration", "class", "internal_module", "module", "statement_block"]),
  interface: new Set(["interface_declaration"]),
  enum: new Set(["enum_declaration"]),
  type: new Set(["type_alias_declaration"]),
};

function bodyOf(node: SyntaxNode): SyntaxNode | null {
  if (node.type === "type_alias_declaration") return node.childForFieldName("value");
  if (node.type === "statement_block") return node;
  return node.childForFieldName("body");
}

function memberOf(block: Block, inNamespace: boolean): MemberFact {
  const line = block.span.startLine;
  if (block.kind === "constructor") return { name: block.name, kind: "constructor", blockId: block.id, line };
  if (block.kind === "accessor") return { name: block.name, kind: "property", blockId: block.id, line };
  return { name: block.name, kind: "method", blockId: block.id, ...(inNamespace && { isStatic: true }), line };
}

/**
 * The scopes of a file's blocks: which block a node's text belongs to (by position: the innermost
 * block whose span holds it), one scope per block created on first entry, and which node defines
 * each block.
 */
export class BlockScopes {
  private readonly tree: BlockTree;
  private readonly scopes = new Map<string, Scope>();
  private readonly claimed = new Set<string>();

  constructor(
    blocks: readonly Block[],
    private readonly collector: FileCollector,
  ) {
    this.tree = new BlockTree(blocks);
  }

  /** The scope for the text of `<module>` (or of a file without one), with the names it shares with module-level callbacks. */
  root(moduleBlock: Block | undefined, shared: Pick<Scope, "elementTypes" | "declared">): Scope {
    return {
      kind: "module",
      ...(moduleBlock && { block: moduleBlock, facts: this.collector.factsOf(moduleBlock.id) }),
      ...shared,
    };
  }

  /** The scope of the innermost block inside `scope`'s block that holds `node`, or `scope` itself. */
  enter(node: SyntaxNode, scope: Scope): Scope {
    let current = scope;
    for (let child = this.tree.childContaining(current.block, node); child; child = this.tree.childContaining(child, node)) {
      current = this.scopeOf(child, current);
    }
    return current;
  }

  /** The block directly inside `scope`'s whose span is exactly `node`'s (no scope is entered). */
  blockSpannedBy(node: SyntaxNode, scope: Scope): Block | undefined {
    const block = this.tree.childContaining(scope.block, node);
    return block && block.span.start === node.startIndex && block.span.end === node.endIndex ? block : undefined;
  }

  claims(node: SyntaxNode, scope: Scope, peek: boolean): boolean {
    const block = scope.block;
    if (!block || block.kind === "module" || this.claimed.has(block.id)) return false;
    if (!DEFINING_NODES[block.kind].has(node.type)) return false;
    const body = bodyOf(node);
    const fits = body ? body.startIndex === block.bodyStart : block.bodyStart >= block.span.end;
    if (fits && !peek) this.claimed.add(block.id);
    return fits;
  }

  private scopeOf(block: Block, parent: Scope): Scope {
    const existing = this.scopes.get(block.id);
    if (existing) return existing;
    const facts = this.collector.factsOf(block.id);
    const base = { block, ...(facts && { facts }), ...(parent.typeParams && { typeParams: parent.typeParams }) };
    let scope: Scope;
    if (isClassLike(block.kind)) {
      const classCollector = new ClassCollector(block.id, block.name);
      this.collector.classes.push(classCollector);
      scope = { kind: "class", ...base, classCollector };
    } else {
      scope = { kind: "function", ...base, elementTypes: new Map(), declared: new Set() };
      const isMember = (parent.kind === "class" || parent.kind === "namespace") && parent.block?.id === block.parentId;
      if (isMember && parent.classCollector) {
        parent.classCollector.addMember(memberOf(block, parent.kind === "namespace"));
        if (parent.kind === "class") {
          scope.classCollector = parent.classCollector;
          scope.fieldRank = block.kind === "constructor" ? 1 : 2;
        }
      }
    }
    this.scopes.set(block.id, scope);
    return scope;
  }
}
