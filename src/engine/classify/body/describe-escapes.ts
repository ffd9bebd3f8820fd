import type { Escapes } from "./escapes.js";

/** The observable parts of a body change in words, e.g. "reads key `api_endpoint` of argument `config`". */
export function describeEscapes(escapes: Escapes): string[] {
  const parts: string[] = [];
  if (escapes.returnValue) parts.push("the returned value changed");
  for (const raise of escapes.raises) parts.push(`raises \`${raise}\``);
  for (const raise of escapes.raisesRemoved) parts.push(`no longer raises \`${raise}\``);
  for (const read of escapes.argumentKeys) parts.push(`reads key \`${read.name}\` of argument \`${read.parameter}\``);
  for (const read of escapes.argumentAttributes) parts.push(`reads attribute \`${read.name}\` of argument \`${read.parameter}\``);
  for (const write of escapes.mutatesArguments) parts.push(`mutates argument \`${write}\``);
  for (const field of escapes.mutatesFields) parts.push(`writes field \`${field}\``);
  for (const awaited of escapes.newlyAwaited) parts.push(`awaits \`${awaited}\``);
  return parts;
}
