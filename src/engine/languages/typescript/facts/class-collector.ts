import type { ClassFact, MemberFact, TypeName } from "../../../graph/facts.js";

/** Where a field was found, best first: declared (class body, parameter property), assigned in the constructor, in another method. */
export type FieldRank = 0 | 1 | 2;

/** The members of one class, interface, enum, type alias or namespace as the walk finds them. */
export class ClassCollector {
  readonly bases: TypeName[] = [];
  /** Field types as written that are arrays or iterables, by field name: element types for `for (const x of this.items)`. */
  readonly elementTypes = new Map<string, TypeName>();
  private readonly methods: MemberFact[] = [];
  private readonly fields: { rank: FieldRank; order: number; fact: MemberFact }[] = [];

  constructor(
    readonly blockId: string,
    readonly name: string,
  ) {}

  addMember(member: MemberFact): void {
    this.methods.push(member);
  }

  hasMember(name: string): boolean {
    return this.methods.some((member) => member.name === name);
  }

  memberOf(blockId: string): MemberFact | undefined {
    return this.methods.find((member) => member.blockId === blockId);
  }

  addField(rank: FieldRank, fact: MemberFact): void {
    this.fields.push({ rank, order: this.fields.length, fact });
  }

  /**
   * Methods, constructors and accessors first, then one field per name that is no method: in rank
   * order, the first with a declared type, else the first with a value, else the first.
   */
  toFact(): ClassFact {
    const methodNames = new Set(this.methods.map((member) => member.name));
    const ordered = [...this.fields].sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.fact);
    const byName = new Map<string, MemberFact>();
    for (const fact of ordered) {
      if (methodNames.has(fact.name)) continue;
      const chosen = byName.get(fact.name);
      if (!chosen || (!chosen.type && (fact.type || (!chosen.value && fact.value)))) byName.set(fact.name, fact);
    }
    return { blockId: this.blockId, name: this.name, bases: this.bases, members: [...this.methods, ...byName.values()] };
  }
}
