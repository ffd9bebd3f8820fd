import type { Block, ParsedFile } from "../../model/block.js";
import type { RawDefinition } from "../language-support.js";
import { PreviousDefinitions } from "../previous-definitions.js";
import type { PythonScope } from "./function-kind.js";

/**
 * The definitions of a file's previous version that a new version may take over: those of the
 * module and the members of classes, by scope and text. A definition with the same text in the
 * same kind of scope is the same definition with the same nested ones, only moved — as long as
 * neither version has a syntax error (one can change how the same text parses).
 */
export class ReusableDefinitions {
  private readonly byText = new Map<string, Block>();
  private readonly definitions: PreviousDefinitions;

  private constructor(previous: ParsedFile) {
    this.definitions = new PreviousDefinitions(previous.blocks);
    const byId = new Map(previous.blocks.map((block) => [block.id, block]));
    for (const block of previous.blocks) {
      if (block.kind === "module") continue;
      const parent = block.parentId === undefined ? undefined : byId.get(block.parentId);
      const scope: PythonScope | undefined = !parent || parent.kind === "module" ? "module" : parent.kind === "class" ? "class" : undefined;
      if (!scope) continue;
      const key = keyOf(scope, previous.text.slice(block.span.start, block.span.end));
      if (!this.byText.has(key)) this.byText.set(key, block);
    }
  }

  /** Undefined when the previous version cannot be used (it, or the new one, has a syntax error). */
  static of(previous: ParsedFile | undefined, hasError: boolean): ReusableDefinitions | undefined {
    return previous && !hasError && previous.problems.length === 0 ? new ReusableDefinitions(previous) : undefined;
  }

  /** The previous version's definition with this text in this scope, moved to start at `start`. */
  find(scope: PythonScope, text: string, start: number): RawDefinition | undefined {
    const block = this.byText.get(keyOf(scope, text));
    return block && this.definitions.moved(block, start - block.span.start);
  }
}

function keyOf(scope: PythonScope, text: string): string {
  return `${scope}\u0000${text}`;
}
