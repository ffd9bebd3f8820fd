import type { Parameter, ParameterKind } from "../contract.js";

/**
 * One way a signature changed. `position` is the 0-based index among the parameters callers
 * pass (receivers not counted). Every edit carries `text`, the same fact in words.
 */
export type SignatureEdit = { text: string } & (
  | { edit: "renamed"; from: string; to: string }
  | { edit: "parameter-added"; parameter: Parameter; position: number; required: boolean }
  | { edit: "parameter-removed"; parameter: Parameter; position: number }
  | { edit: "parameter-renamed"; from: string; to: string; position: number }
  | { edit: "parameters-reordered"; from: string[]; to: string[] }
  | { edit: "default-changed"; parameter: string; from?: string; to?: string }
  | { edit: "parameter-type-changed"; parameter: string; from?: string; to?: string }
  | { edit: "parameter-kind-changed"; parameter: string; from: ParameterKind; to: ParameterKind }
  | { edit: "optional-changed"; parameter: string; from: boolean; to: boolean }
  | { edit: "parameter-modifiers-changed"; parameter: string; from: string[]; to: string[] }
  | { edit: "async-added" }
  | { edit: "async-removed" }
  | { edit: "generator-added" }
  | { edit: "generator-removed" }
  | { edit: "return-type-changed"; from?: string; to?: string }
  | { edit: "modifier-added"; modifier: string }
  | { edit: "modifier-removed"; modifier: string }
  | { edit: "type-parameters-changed"; from?: string; to?: string }
);
