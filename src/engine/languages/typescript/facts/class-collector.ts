import type { ClassFact, MemberFact, TypeName } from "../../../graph/facts.js";
import { mergeMembers, type FieldRank, type RankedField } from "../../../graph/merge-members.js";

export type { FieldRank };

/** The members of one class, interface, enum, type alias or namespace as the walk finds them. */
export class ClassCollector {
  readonly bases: TypeName[] = [];
  /** Field types as written that are arrays or iterables, by field name: element types for `for (const x of this.items)`. */
  readonly elementTypes = new Map<string, TypeName>();
  private readonly methods: MemberFact[] = [];
  private readonly fields: RankedField[] = [];

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
    return { blockId: this.blockId, name: this.name, bases: this.bases, members: mergeMembers(this.methods, this.fields) };
  }
}
