import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

const ORDER_SERVICE = [
  "using System;",
  "using Shop.Logging;",
  "",
  "namespace Shop.Orders",
  "{",
  "    /// <summary>Places orders.</summary>",
  "    // a plain comment",
  "    [Serializable]",
  "    public sealed class OrderService : IOrderService",
  "    {",
  "        private readonly ILogger _log;",
  "",
  "        /// <summary>Creates it.</summary>",
  "        public OrderService(ILogger log)",
  "        {",
  "            _log = log;",
  "        }",
  "",
  '        [Obsolete("use PlaceAsync")]',
  "        [Fact]",
  "        public async Task<int> PlaceOrderAsync(Order order) // trailing",
  "        {",
  "            return await Task.FromResult(1);",
  "        }",
  "",
  "        public int Count() => _log == null ? 0 : 1;",
  "    }",
  "}",
  "",
].join("\n");

describe("C# block text", () => {
  it("gives <module> the usings, namespace lines and the comments above top-level types", async () => {
    const parsed = await parseOne("src/OrderService.cs", ORDER_SERVICE);
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "OrderService class",
      "OrderService.OrderService constructor",
      "OrderService.PlaceOrderAsync method",
      "OrderService.Count method",
    ]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [
        "using System;",
        "using Shop.Logging;",
        "namespace Shop.Orders",
        "{",
        "    /// <summary>Places orders.</summary>",
        "    // a plain comment",
        "}",
      ].join("\n"),
    );
  });

  it("gives the class its attributes, header, fields and the doc comments above its members", async () => {
    const parsed = await parseOne("src/OrderService.cs", ORDER_SERVICE);
    expect(normalised(blockOf(parsed, "OrderService").text)).toBe(
      [
        "[Serializable]",
        "    public sealed class OrderService : IOrderService",
        "    {",
        "        private readonly ILogger _log;",
        "        /// <summary>Creates it.</summary>",
        "    }",
      ].join("\n"),
    );
    expect(blockOf(parsed, "OrderService").signature).toBe("[Serializable] public sealed class OrderService : IOrderService");
  });

  it("starts a member at its attributes and keeps comments inside the declaration", async () => {
    const parsed = await parseOne("src/OrderService.cs", ORDER_SERVICE);
    const place = blockOf(parsed, "OrderService.PlaceOrderAsync");
    expect(place.text).toBe(
      [
        '[Obsolete("use PlaceAsync")]',
        "        [Fact]",
        "        public async Task<int> PlaceOrderAsync(Order order) // trailing",
        "        {",
        "            return await Task.FromResult(1);",
        "        }",
      ].join("\n"),
    );
    expect(place.signature).toBe('[Obsolete("use PlaceAsync")] [Fact] public async Task<int> PlaceOrderAsync(Order order) // trailing');
    expect(parsed.text.slice(place.bodyStart, place.bodyStart + 1)).toBe("{");
    expect(place.span).toEqual({
      start: ORDER_SERVICE.indexOf('[Obsolete("use'),
      end: ORDER_SERVICE.indexOf("        }\n\n        public int Count") + 9,
      startLine: 19,
      endLine: 24,
    });
    expect(place.parentId).toBe("src/OrderService.cs::OrderService");
  });

  it("starts an expression body at => and a constructor body at {", async () => {
    const parsed = await parseOne("src/OrderService.cs", ORDER_SERVICE);
    const count = blockOf(parsed, "OrderService.Count");
    expect(count.signature).toBe("public int Count()");
    expect(parsed.text.slice(count.bodyStart, count.span.end)).toBe("=> _log == null ? 0 : 1;");
    expect(count.span.startLine).toBe(26);
    const constructor = blockOf(parsed, "OrderService.OrderService");
    expect(constructor.signature).toBe("public OrderService(ILogger log)");
    expect(constructor.span).toMatchObject({ startLine: 14, endLine: 17 });
    expect(blockOf(parsed, "OrderService").parentId).toBe("src/OrderService.cs::<module>");
  });

  it("gives a signature block its whole declaration and no body", async () => {
    const text = "public abstract class Handler\n{\n    [Pure] protected abstract Task Process(Order order, CancellationToken ct);\n}\n";
    const parsed = await parseOne("Handler.cs", text);
    const process = blockOf(parsed, "Handler.Process");
    expect(process.kind).toBe("signature");
    expect(process.text).toBe("[Pure] protected abstract Task Process(Order order, CancellationToken ct);");
    expect(process.bodyStart).toBe(process.span.end);
    expect(process.signature).toBe("[Pure] protected abstract Task Process(Order order, CancellationToken ct);");
    expect(blockOf(parsed, "Handler").text).toBe("public abstract class Handler\n{\n    \n}");
  });

  it("cuts local functions out of the method text", async () => {
    const text = ["class A", "{", "    int Run()", "    {", "        int Twice(int v) => v * 2;", "        return Twice(1);", "    }", "}"].join("\n");
    const parsed = await parseOne("A.cs", text);
    expect(normalised(blockOf(parsed, "A.Run").text)).toBe("int Run()\n    {\n        return Twice(1);\n    }");
    expect(blockOf(parsed, "A.Run.Twice").text).toBe("int Twice(int v) => v * 2;");
    expect(blockOf(parsed, "A.Run.Twice").signature).toBe("int Twice(int v)");
  });
});
