import type { Block } from "../model/block.js";
import type { Diagnostic } from "../ports.js";

/** A diagnostic with the innermost block that contains it; no block when its file was not parsed or no block holds the line. */
export interface DiagnosticInBlock {
  diagnostic: Diagnostic;
  block?: Block | undefined;
}
