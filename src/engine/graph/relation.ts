/**
 * CodePlan's relations, read as "X <relation> Y": `X CalledBy Y` means Y calls X,
 * `X BaseClassOf Y` means X is a base class of Y, `X ConstructedBy Y` means Y is a constructor of X.
 * The first of each pair is stored; the second is its inverse, answered from the same edge.
 */
export const RELATION_PAIRS = [
  ["ChildOf", "ParentOf"],
  ["Construct", "ConstructedBy"],
  ["Imports", "ImportedBy"],
  ["DerivedClassOf", "BaseClassOf"],
  ["Overrides", "OverriddenBy"],
  ["Calls", "CalledBy"],
  ["Instantiates", "InstantiatedBy"],
  ["Uses", "UsedBy"],
] as const;

export type StoredRelation = (typeof RELATION_PAIRS)[number][0];
export type InverseRelation = (typeof RELATION_PAIRS)[number][1];
export type Relation = StoredRelation | InverseRelation;

export const RELATIONS: readonly Relation[] = RELATION_PAIRS.flat();

const inverses = new Map<Relation, Relation>(RELATION_PAIRS.flatMap(([stored, inverse]) => [[stored, inverse], [inverse, stored]] as const));
const stored = new Set<Relation>(RELATION_PAIRS.map(([relation]) => relation));

export function inverseOf(relation: Relation): Relation {
  return inverses.get(relation) ?? relation;
}

export function isStoredRelation(relation: Relation): relation is StoredRelation {
  return stored.has(relation);
}

export function isRelation(text: string): text is Relation {
  return inverses.has(text as Relation);
}
