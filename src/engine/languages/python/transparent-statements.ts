/**
 * Statements whose suites belong to the enclosing scope: a `def` under `if`/`try`/`with`/`for`/
 * `while`/`match` is still a definition of the module, class or function around it (so a `def`
 * inside `if __name__ == "__main__":` is a top-level function, while the guard's other statements
 * stay in `<module>`). ERROR nodes are walked too, so definitions that parsed survive a syntax error.
 */
export const TRANSPARENT: ReadonlySet<string> = new Set([
  "block",
  "if_statement",
  "elif_clause",
  "else_clause",
  "for_statement",
  "while_statement",
  "try_statement",
  "except_clause",
  "finally_clause",
  "with_statement",
  "match_statement",
  "case_clause",
  "ERROR",
]);
