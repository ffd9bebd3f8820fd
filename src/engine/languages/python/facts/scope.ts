import type { BlockFacts } from "../../../graph/facts.js";
import type { ClassCollector, FieldRank } from "./class-collector.js";

/** What encloses the node being walked: the module, a class body or a function (a block each). */
export interface Scope {
  kind: "module" | "class" | "function";
  /** The block the node's text belongs to; undefined for module text of a file without a `<module>` block. */
  facts?: BlockFacts;
  /** Class scope: the class itself. Method scope: the class whose fields `self.x = …` assigns. */
  classFacts?: ClassCollector;
  /** Method scope: the receiver parameter's name (`self`), whose attributes are the class's fields. */
  receiver?: string;
  fieldRank?: FieldRank;
  /** Annotations as written, for typing loop targets: a function's parameters and locals; a class's fields. */
  annotations?: Map<string, string>;
}
