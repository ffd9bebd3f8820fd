import type { ClassFact, MemberFact, TypeName } from "../../../graph/facts.js";
import { mergeMembers, type FieldRank, type RankedField } from "../../../graph/merge-members.js";
import { Watch, WatchedTypes } from "./watched-names.js";

export type { FieldRank };

/** What one member's walk added to its class (see MemberLog). */
export interface ClassPart {
  methods: readonly MemberFact[];
  fields: readonly { rank: FieldRank; fact: MemberFact }[];
}

/** The members of one class, interface, enum, type alias or namespace as the walk finds them. */
export class ClassCollector {
  readonly bases: TypeName[] = [];
  /** Sees what a member's walk reads and writes of elementTypes. */
  readonly watch = new Watch();
  /** Field types as written that are arrays or iterables, by field name: element types for `for (const x of this.items)`. */
  readonly elementTypes = new WatchedTypes(this.watch);
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

  /** How many methods and fields it holds now. */
  counts(): { methods: number; fields: number } {
    return { methods: this.methods.length, fields: this.fields.length };
  }

  /** The methods and fields added since it held `from`. */
  partSince(from: { methods: number; fields: number }): ClassPart {
    return { methods: this.methods.slice(from.methods), fields: this.fields.slice(from.fields).map(({ rank, fact }) => ({ rank, fact })) };
  }

  /**
   * Methods, constructors and accessors first, then one field per name that is no method: in rank
   * order, the first with a declared type, else the first with a value, else the first.
   */
  toFact(): ClassFact {
    return { blockId: this.blockId, name: this.name, bases: this.bases, members: mergeMembers(this.methods, this.fields) };
  }
}
