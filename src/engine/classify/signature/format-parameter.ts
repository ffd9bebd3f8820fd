import type { Parameter } from "../contract.js";

/** A parameter as a person would write it: `timeout: float = 5.0`, `label?: string`. */
export function formatParameter(parameter: Parameter): string {
  const optional = parameter.optional ? "?" : "";
  const type = parameter.type ? `: ${parameter.type}` : "";
  const value = parameter.default !== undefined ? ` = ${parameter.default}` : "";
  return `${parameter.name}${optional}${type}${value}`;
}

/** `` `a` `` for a name, `(none)` for nothing. */
export function quoted(text: string | undefined): string {
  return text === undefined ? "(none)" : `\`${text}\``;
}

/** `at position 2 (after `url`)`, or `as the first parameter`; positions count from 1 in words. */
export function placeOf(position: number, previous: string | undefined): string {
  return previous === undefined ? "as the first parameter" : `at position ${position + 1} (after \`${previous}\`)`;
}
