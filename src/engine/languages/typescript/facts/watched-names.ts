import type { TypeName } from "../../../graph/facts.js";

/** A write to watched names: what the module's scope shares with module-level callbacks, or a class's element types. */
export type WatchedWrite = { kind: "declared"; name: string } | { kind: "element"; name: string; type: TypeName };

/** What a walk read and wrote of watched names since it began. */
export class Watch {
  read = false;
  writes: WatchedWrite[] = [];

  /** Starts watching anew. */
  begin(): void {
    this.read = false;
    // A log keeps the writes it saw: start a new list only when the last one was used.
    if (this.writes.length > 0) this.writes = [];
  }
}

/** Element types by name whose reads and writes a Watch sees. */
export class WatchedTypes extends Map<string, TypeName> {
  constructor(private readonly watch: Watch) {
    super();
  }

  override get(name: string): TypeName | undefined {
    this.watch.read = true;
    return super.get(name);
  }

  override has(name: string): boolean {
    this.watch.read = true;
    return super.has(name);
  }

  override set(name: string, type: TypeName): this {
    this.watch.writes.push({ kind: "element", name, type });
    return super.set(name, type);
  }

  /** Writes without being watched. */
  replay(name: string, type: TypeName): void {
    super.set(name, type);
  }
}

class WatchedSet extends Set<string> {
  constructor(private readonly watch: Watch) {
    super();
  }

  override has(name: string): boolean {
    this.watch.read = true;
    return super.has(name);
  }

  override add(name: string): this {
    this.watch.writes.push({ kind: "declared", name });
    return super.add(name);
  }

  /** Adds without being watched. */
  replay(name: string): void {
    super.add(name);
  }
}

/**
 * What the module's scope shares with the callbacks at module level (see Scope.elementTypes and
 * Scope.declared), watched while one top-level statement is walked: a statement that reads them
 * may read what another statement wrote, so its facts cannot be taken over on their own; what it
 * writes must be written again when they are.
 */
export class WatchedNames {
  private readonly watch = new Watch();
  readonly elementTypes = new WatchedTypes(this.watch);
  readonly declared = new WatchedSet(this.watch);

  /** Starts watching the walk of one statement. */
  begin(): void {
    this.watch.begin();
  }

  /** Whether the walk since `begin` read the names. */
  get read(): boolean {
    return this.watch.read;
  }

  /** What the walk since `begin` wrote. */
  get writes(): readonly WatchedWrite[] {
    return this.watch.writes;
  }

  /** Writes again what a statement taken over wrote (not watched: no statement is being walked). */
  replay(writes: readonly WatchedWrite[]): void {
    for (const write of writes) {
      if (write.kind === "declared") this.declared.replay(write.name);
      else this.elementTypes.replay(write.name, write.type);
    }
  }
}
