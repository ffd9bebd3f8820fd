/** One way a class, interface, enum or type alias declaration changed (its fields are separate). */
export type ClassEdit = { text: string } & (
  | { edit: "renamed"; from: string; to: string }
  | { edit: "base-added"; base: string }
  | { edit: "base-removed"; base: string }
  | { edit: "modifier-added"; modifier: string }
  | { edit: "modifier-removed"; modifier: string }
  | { edit: "type-parameters-changed"; from?: string; to?: string }
  | { edit: "definition-changed"; from?: string; to?: string }
);

/** One way a field that exists in both versions changed. */
export type FieldEdit = { text: string } & (
  | { edit: "type-changed"; from?: string; to?: string }
  | { edit: "value-changed"; from?: string; to?: string }
  | { edit: "modifiers-changed"; from: string[]; to: string[] }
  | { edit: "kind-changed"; from: string; to: string }
);
