import type { ClassFact, MemberFact, TypeName } from "../../../graph/facts.js";
import { mergeMembers, type FieldRank, type RankedField } from "../../../graph/merge-members.js";

export type { FieldRank };

/** The members of one class as the walk finds them; fields assigned in several places are merged at the end. */
export class ClassCollector {
  /** Field annotations as written (`items: list[Item]`, `self.items: list[Item] = []`), for typing loops over them. */
  readonly annotations = new Map<string, string>();
  private readonly methods: MemberFact[] = [];
  private readonly fields: RankedField[] = [];

  constructor(
    readonly blockId: string,
    readonly name: string,
    readonly bases: TypeName[],
  ) {}

  /** A method, constructor or property; a property's setter/deleter (same name, later) adds nothing. */
  addMember(member: MemberFact): void {
    if (member.kind === "property" && this.methods.some((existing) => existing.name === member.name)) return;
    this.methods.push(member);
  }

  addField(rank: FieldRank, fact: MemberFact): void {
    this.fields.push({ rank, order: this.fields.length, fact });
  }

  /**
   * Methods first, then one field per name that is not a method: the first assignment with a
   * declared type, else the first with a value, else the first, in rank order.
   */
  toFact(): ClassFact {
    return { blockId: this.blockId, name: this.name, bases: this.bases, members: mergeMembers(this.methods, this.fields) };
  }
}
