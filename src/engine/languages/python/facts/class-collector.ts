import type { ClassFact, MemberFact, TypeName } from "../../../graph/facts.js";
import { mergeMembers, type FieldRank, type RankedField } from "../../../graph/merge-members.js";
import type { ClassSource } from "../../../graph/moved-facts.js";
import type { EffectRecorder } from "./effect-recorder.js";

export type { FieldRank };

/** The members of one class as the walk finds them; fields assigned in several places are merged at the end. */
export class ClassCollector implements ClassSource {
  /** Field annotations as written (`items: list[Item]`, `self.items: list[Item] = []`), for typing loops over them. */
  readonly annotations = new Map<string, string>();
  private readonly methods: MemberFact[] = [];
  private readonly fields: RankedField[] = [];

  constructor(
    readonly blockId: string,
    readonly name: string,
    readonly bases: TypeName[],
    private readonly recorder: EffectRecorder,
  ) {}

  /** A method, constructor or property; a property's setter/deleter (same name, later) adds nothing. */
  addMember(member: MemberFact): void {
    this.recorder.onClass(this.blockId, { kind: "member", fact: member });
    if (member.kind === "property" && this.methods.some((existing) => existing.name === member.name)) return;
    this.methods.push(member);
  }

  addField(rank: FieldRank, fact: MemberFact): void {
    this.recorder.onClass(this.blockId, { kind: "field", rank, fact });
    this.fields.push({ rank, order: this.fields.length, fact });
  }

  /** A field's annotation from a method (`self.items: list[Item] = []`); the first one stands. */
  annotate(name: string, annotation: string): void {
    this.recorder.onClass(this.blockId, { kind: "annotation", name, annotation });
    if (!this.annotations.has(name)) this.annotations.set(name, annotation);
  }

  /**
   * Methods first, then one field per name that is not a method: the first assignment with a
   * declared type, else the first with a value, else the first, in rank order.
   */
  toFact(): ClassFact {
    return { blockId: this.blockId, name: this.name, bases: this.bases, members: mergeMembers(this.methods, this.fields) };
  }
}
