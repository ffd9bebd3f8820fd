import { argumentContractRule } from "./argument-contract.js";
import { classDeclarationRule } from "./class-declaration.js";
import { constructorRule } from "./constructor.js";
import { fieldRule } from "./field.js";
import { importRule } from "./imports.js";
import { methodAddedRule } from "./method-added.js";
import { methodBodyRule } from "./method-body.js";
import { methodDeletedRule } from "./method-deleted.js";
import { methodSignatureAfterRule, methodSignatureRule } from "./method-signature.js";
import type { ImpactRule } from "./rule.js";

/** Every may-impact rule (AC and AI affect nothing). */
export const IMPACT_RULES: readonly ImpactRule[] = [
  methodSignatureRule,
  methodSignatureAfterRule,
  methodBodyRule,
  argumentContractRule,
  constructorRule,
  fieldRule,
  classDeclarationRule,
  importRule,
  methodDeletedRule,
  methodAddedRule,
];
