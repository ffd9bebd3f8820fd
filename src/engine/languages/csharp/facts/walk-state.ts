import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, BlockFacts, ClassFact, FileFacts, Reference, TypeName } from "../../../graph/facts.js";
import type { DefinitionBlocks } from "./definition-blocks.js";
import { typeName } from "./type-name.js";
import { typeReferences } from "./type-references.js";

/** The class whose body is being walked (in this file). */
export interface ClassScope {
  fact: ClassFact;
  /** Declared type nodes of its fields and properties, for `foreach` element types and target-typed `new()`. */
  memberTypes: Map<string, SyntaxNode>;
  /** The namespace key its nested types are indexed under (`Shop.Orders.Outer`). */
  nestedNamespace: string;
}

/** The block whose text is being walked: where references and locals go. */
export interface Scope {
  facts: BlockFacts;
  kind: "callable" | "class" | "module";
  /** Names bound in this block so far (a bare use of one needs no reference). */
  names: Set<string>;
  /** Declared type nodes of parameters and locals. */
  types: Map<string, SyntaxNode>;
  /** Generic type parameters in scope: never class references. */
  typeParameters: ReadonlySet<string>;
  /** Declared return type, for a target-typed `return new(…)`. */
  returns?: TypeName;
  owner?: ClassScope;
  namespace: string;
}

/** A node to visit with the scope it is in; `expected` is the declared type it is assigned to. */
export interface Visit {
  node: SyntaxNode;
  scope: Scope;
  expected?: TypeName;
}

export interface FactWalk {
  facts: FileFacts;
  blocks: DefinitionBlocks;
  /** Nodes the current handler wants visited next, in source order. */
  later: Visit[];
}

/** How a local is typed: by its declaration, or by the access path of its value. */
export interface Typing {
  type?: TypeName;
  value?: AccessPath;
}

export function visitLater(walk: FactWalk, node: SyntaxNode | null | undefined, scope: Scope, expected?: TypeName): void {
  if (node) walk.later.push(expected ? { node, scope, expected } : { node, scope });
}

export function addTypeReferences(scope: Scope, type: SyntaxNode | null | undefined): void {
  if (type) scope.facts.references.push(...typeReferences(type, scope.typeParameters));
}

export function addReference(scope: Scope, reference: Reference): void {
  scope.facts.references.push(reference);
}

/**
 * Binds a name in the block: a local of a method (or of a class block, for accessor bodies and
 * initializer lambdas), a module-level value for top-level statements. One fact per typing; an
 * untyped name is still recorded, so that it shadows members and globals.
 */
export function declare(walk: FactWalk, scope: Scope, params: { name: SyntaxNode; typings: Typing[]; typeNode?: SyntaxNode }): void {
  const { name, typings, typeNode } = params;
  const text = name.text;
  scope.names.add(text);
  if (typeNode) scope.types.set(text, typeNode);
  const known = typings.filter((typing) => !isTypeParameter(scope, typing));
  const facts = known.length > 0 ? known : [{}];
  for (const typing of facts) {
    if (scope.kind === "module") walk.facts.values.push({ name: text, ...typing, line: name.startPosition.row + 1 });
    else scope.facts.locals.push({ name: text, ...typing });
  }
}

/** `T x` or `new T()` where `T` is a generic parameter: says nothing about the class. */
function isTypeParameter(scope: Scope, typing: Typing): boolean {
  const name = typing.type ?? (typing.value?.[0]?.new ? typing.value[0].name : undefined);
  return name !== undefined && scope.typeParameters.has(name);
}

/** A declared type as resolution needs it (see typeName); a generic parameter of the scope names no class. */
export function declaredType(scope: Scope, type: SyntaxNode | null | undefined): TypeName | undefined {
  const name = typeName(type);
  return name !== undefined && scope.typeParameters.has(name) ? undefined : name;
}

/** The declared type node of a name in scope: a local or parameter, else a member of the enclosing class. */
export function declaredTypeNode(scope: Scope, name: string): SyntaxNode | undefined {
  return scope.types.get(name) ?? scope.owner?.memberTypes.get(name);
}

/** A child scope for a nested definition block. */
export function childScope(parent: Scope, params: Pick<Scope, "facts" | "kind"> & Partial<Scope>): Scope {
  return {
    names: new Set(),
    types: new Map(),
    typeParameters: parent.typeParameters,
    owner: parent.owner,
    namespace: parent.namespace,
    ...params,
  };
}
