import { blockOf, normalised, parseOne } from "../../../helpers/make-repo.js";

const SOURCE = `"""Billing."""
import logging

log = logging.getLogger(__name__)


# Invoices are immutable once issued.
@dataclass(frozen=True)
class Invoice(Base, metaclass=Meta):
    """An issued invoice."""

    currency = "EUR"

    def __init__(self, number: str, total: float = 0.0) -> None:
        self.number = number
        self.total = total

    # Callers rely on the rounding.
    @staticmethod
    @cache
    def rounded(value: float) -> float:  # banker's rounding
        return round(value, 2)

    kind = "invoice"


def issue(number):
    return Invoice(number)
`;

describe("Python block text, signatures and spans", () => {
  test("the class block keeps header, decorators, docstring, attributes and comments between methods", async () => {
    const parsed = await parseOne("billing.py", SOURCE);
    expect(normalised(blockOf(parsed, "Invoice").text)).toBe(
      [
        "@dataclass(frozen=True)",
        "class Invoice(Base, metaclass=Meta):",
        '    """An issued invoice."""',
        '    currency = "EUR"',
        "    # Callers rely on the rounding.",
        '    kind = "invoice"',
      ].join("\n"),
    );
  });

  test("<module> holds imports, statements and the comments above top-level definitions", async () => {
    const parsed = await parseOne("billing.py", SOURCE);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      ['"""Billing."""', "import logging", "log = logging.getLogger(__name__)", "# Invoices are immutable once issued."].join("\n"),
    );
  });

  test("a method's text starts at its first decorator and excludes the comment above it", async () => {
    const parsed = await parseOne("billing.py", SOURCE);
    const rounded = blockOf(parsed, "Invoice.rounded");
    expect(rounded.text).toBe(
      "@staticmethod\n    @cache\n    def rounded(value: float) -> float:  # banker's rounding\n        return round(value, 2)",
    );
    expect(rounded.signature).toBe("@staticmethod @cache def rounded(value: float) -> float:");
    expect(rounded.span).toEqual({
      start: SOURCE.indexOf("@staticmethod"),
      end: SOURCE.indexOf("round(value, 2)") + "round(value, 2)".length,
      startLine: 19,
      endLine: 22,
    });
    expect(rounded.bodyStart).toBe(SOURCE.indexOf(":  # banker's") + 1);
  });

  test("signatures run to the header's colon, past colons in annotations and defaults", async () => {
    const parsed = await parseOne("billing.py", SOURCE);
    expect(blockOf(parsed, "Invoice.__init__").signature).toBe(
      "def __init__(self, number: str, total: float = 0.0) -> None:",
    );
    expect(blockOf(parsed, "Invoice").signature).toBe("@dataclass(frozen=True) class Invoice(Base, metaclass=Meta):");
    expect(blockOf(parsed, "issue").signature).toBe("def issue(number):");
  });

  test("a multi-line header with a comment after the colon keeps the comment out of the signature", async () => {
    const text = `def connect(
    host: str,
    port: int = 80,
) -> "Connection":  # may block
    return open_connection(host, port)
`;
    const parsed = await parseOne("net.py", text);
    const connect = blockOf(parsed, "connect");
    expect(connect.signature).toBe('def connect( host: str, port: int = 80, ) -> "Connection":');
    expect(connect.span).toEqual({ start: 0, end: text.length - 1, startLine: 1, endLine: 5 });
  });

  test("a function with nested definitions keeps only its own lines", async () => {
    const parsed = await parseOne(
      "a.py",
      `def outer(x):
    y = x + 1

    # helper for the sum
    def inner(z):
        return z * 2

    return inner(y)
`,
    );
    expect(normalised(blockOf(parsed, "outer").text)).toBe(
      ["def outer(x):", "    y = x + 1", "    # helper for the sum", "    return inner(y)"].join("\n"),
    );
    expect(blockOf(parsed, "outer.inner").text).toBe("def inner(z):\n        return z * 2");
  });
});
