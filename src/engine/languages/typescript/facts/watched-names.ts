import type { TypeName } from "../../../graph/facts.js";
import type { ModuleWrite } from "./statement-logs.js";

/**
 * What the module's scope shares with the callbacks at module level (see Scope.elementTypes and
 * Scope.declared), watched while one top-level statement is walked: a statement that reads them
 * may read what another statement wrote, so its facts cannot be taken over on their own; what it
 * writes must be written again when they are.
 */
export class WatchedNames {
  readonly elementTypes: Map<string, TypeName>;
  readonly declared: Set<string>;
  private read = false;
  private writes: ModuleWrite[] = [];

  constructor() {
    const watch = { read: () => (this.read = true), write: (write: ModuleWrite) => this.writes.push(write) };
    this.elementTypes = new (class extends Map<string, TypeName> {
      override get(name: string): TypeName | undefined {
        watch.read();
        return super.get(name);
      }
      override has(name: string): boolean {
        watch.read();
        return super.has(name);
      }
      override set(name: string, type: TypeName): this {
        watch.write({ kind: "element", name, type });
        return super.set(name, type);
      }
    })();
    this.declared = new (class extends Set<string> {
      override has(name: string): boolean {
        watch.read();
        return super.has(name);
      }
      override add(name: string): this {
        watch.write({ kind: "declared", name });
        return super.add(name);
      }
    })();
  }

  /** Starts watching the walk of one statement. */
  begin(): void {
    this.read = false;
    this.writes = [];
  }

  /** Whether the walk since `begin` read the names, and what it wrote. */
  end(): { read: boolean; writes: readonly ModuleWrite[] } {
    return { read: this.read, writes: this.writes };
  }

  /** Writes again what a statement taken over wrote (not watched: no statement is being walked). */
  replay(writes: readonly ModuleWrite[]): void {
    for (const write of writes) {
      if (write.kind === "declared") Set.prototype.add.call(this.declared, write.name);
      else Map.prototype.set.call(this.elementTypes, write.name, write.type);
    }
  }
}
