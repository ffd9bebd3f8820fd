import type { BlockFacts } from "../../../../src/engine/graph/facts.js";
import { blockFacts, factsOf, referenceLines as references, showPath as path } from "../../../helpers/facts.js";





/** Locals as `name: type` / `name = path` / `name`. */
function locals(block: BlockFacts): string[] {
  return block.locals.map((local) => `${local.name}${local.type ? `: ${local.type}` : ""}${local.value ? ` = ${path(local.value)}` : ""}`);
}

describe("C# facts extraction", () => {
  test("usings, aliases, namespaces, bases and members", async () => {
    const facts = await factsOf(
      "src/Orders.cs",
      [
        "global using Shop.Common;",
        "using System.Collections.Generic;",
        "using static Shop.Util.Format;",
        "using Repo = Shop.Data.Repository<Shop.Orders.Order>;",
        "namespace Shop",
        "{",
        "    namespace Orders",
        "    {",
        "        public partial class OrderService : ServiceBase<Order>, IComparable<OrderService>",
        "        {",
        "            private readonly ILogger<OrderService> _logger;",
        "            private static int _count = 0;",
        "            public List<Order> Orders { get; } = new();",
        "            public Order? Last => Orders[0];",
        "            public OrderService(ILogger<OrderService> logger) : base(logger) { _logger = logger; }",
        "            public override async Task<Order> Place(Order order) => order;",
        "            public enum Kind { Web, Phone }",
        "        }",
        "    }",
        "}",
      ].join("\n"),
    );
    expect(facts.imports).toEqual([
      { kind: "namespace", specifier: "Shop.Common", names: [], line: 1, global: true },
      { kind: "namespace", specifier: "System.Collections.Generic", names: [], line: 2 },
      { kind: "static-type", specifier: "Shop.Util.Format", names: [], line: 3 },
    ]);
    expect(facts.values).toEqual([{ name: "Repo", aliasOf: "Shop.Data.Repository", line: 4 }]);
    expect(facts.explicitExports).toBe(false);
    const [service, kind] = facts.classes;
    expect(service).toEqual({
      blockId: "src/Orders.cs::OrderService",
      name: "OrderService",
      namespace: "Shop.Orders",
      bases: ["ServiceBase", "IComparable"],
      members: [
        { name: "_logger", kind: "field", type: "ILogger", line: 11 },
        { name: "_count", kind: "field", isStatic: true, line: 12 },
        { name: "Orders", kind: "property", type: "List", line: 13 },
        { name: "Last", kind: "property", type: "Order", line: 14 },
        { name: "OrderService", kind: "constructor", blockId: "src/Orders.cs::OrderService.OrderService", line: 15 },
        { name: "Place", kind: "method", blockId: "src/Orders.cs::OrderService.Place", isOverride: true, line: 16 },
      ],
    });
    expect(kind).toEqual({
      blockId: "src/Orders.cs::OrderService.Kind",
      name: "Kind",
      namespace: "Shop.Orders.OrderService",
      bases: [],
      members: [
        { name: "Web", kind: "field", isStatic: true, line: 17 },
        { name: "Phone", kind: "field", isStatic: true, line: 17 },
      ],
    });
    expect(references(blockFacts(facts, "<module>"))).toEqual(["3 type Shop.Util.Format", "4 type Shop.Data.Repository", "4 type Shop.Orders.Order"]);
    const constructor = blockFacts(facts, "OrderService.OrderService");
    expect(locals(constructor)).toEqual(["logger: ILogger"]);
    expect(references(constructor)).toEqual(["15 type ILogger", "15 type OrderService", "15 expression super()", "15 expression _logger"]);
    const place = blockFacts(facts, "OrderService.Place");
    expect(place.returns).toBe("Order");
    expect(place.isAsync).toBe(true);
  });

  test("locals of a method: var, declared types, foreach, out, patterns, catch, lambdas, queries", async () => {
    const facts = await factsOf(
      "src/Worker.cs",
      [
        "class Worker<T>",
        "{",
        "    private readonly List<Order> _orders;",
        "    void Run(Order[] batch, IRepo repo)",
        "    {",
        "        var created = new Order();",
        "        Customer typed = null;",
        "        var found = await repo.FindAsync(1);",
        "        var cast = (Invoice)found;",
        "        var either = repo.Cached ?? new Order();",
        "        var generic = new T();",
        "        foreach (var order in _orders) { }",
        "        foreach (var item in batch) { }",
        "        foreach (var unknown in repo.All()) { }",
        "        if (repo.TryGet(out Order got) && found is Refund refund) { }",
        "        try { } catch (IOException error) { }",
        "        batch.Select(o => o.Id);",
        "        var ids = from line in created.Lines select line.Id;",
        "    }",
        "}",
      ].join("\n"),
    );
    expect(locals(blockFacts(facts, "Worker.Run"))).toEqual([
      "batch",
      "repo: IRepo",
      "created = Order[new]",
      "typed: Customer",
      "found = repo.FindAsync()",
      "cast: Invoice",
      "either = repo.Cached",
      "either = Order[new]",
      "generic",
      "order: Order",
      "item: Order",
      "unknown",
      "got: Order",
      "refund: Refund",
      "error: IOException",
      "o",
      "ids",
      "line",
    ]);
  });

  test("references: chains with calls, creation with initializers, static access, nameof, typeof, attributes", async () => {
    const facts = await factsOf(
      "src/Service.cs",
      [
        "class Service",
        "{",
        "    [Fact]",
        "    void Run(Order order)",
        "    {",
        "        _repo.Find(order.Id).Lines.Add(new Line(2) { Sku = \"x\" });",
        "        this._repo",
        "            .Save(order);",
        "        OrderStatus.Pending.ToString();",
        "        var label = nameof(Order.Total) + typeof(Invoice).Name;",
        "        var local = 1;",
        "        Use(local);",
        "    }",
        "}",
      ].join("\n"),
    );
    expect(references(blockFacts(facts, "Service.Run"))).toEqual([
      "4 type Order",
      "3 type Fact",
      "3 type FactAttribute",
      "6 expression _repo.Find().Lines.Add()",
      "6 expression order.Id",
      "6 expression Line[new]",
      "6 expression Line[new].Sku",
      "7 expression this._repo",
      "8 expression this._repo.Save()",
      "9 expression OrderStatus.Pending.ToString()",
      "10 expression Order.Total",
      "10 type Invoice",
      "12 expression Use()",
    ]);
  });

  test("top-level statements bind module-level values; local functions are blocks of their own", async () => {
    const facts = await factsOf(
      "src/Program.cs",
      ["using Shop;", "var service = new OrderService();", "service.Run(Greet());", "static string Greet() => new Greeter().Text;"].join("\n"),
    );
    expect(facts.values).toEqual([{ name: "service", value: [{ name: "OrderService", new: true }], line: 2 }]);
    expect(references(blockFacts(facts, "<module>"))).toEqual(["2 expression OrderService[new]", "3 expression service.Run()", "3 expression Greet()"]);
    expect(references(blockFacts(facts, "Greet"))).toEqual(["4 expression Greeter[new].Text"]);
  });

  test("broken and deeply nested code yields facts for every block without throwing", async () => {
    const broken = await factsOf(
      "src/Broken.cs",
      ["public class A", "{", "    public void Good() { _x.Run(); }", "    public void Unclosed() {", "        if (x) {", "    }", "    public void After() { }", "}"].join("\n"),
    );
    expect(broken.blocks.map((block) => block.blockId)).toEqual([
      "src/Broken.cs::<module>",
      "src/Broken.cs::Good",
      "src/Broken.cs::Unclosed",
      "src/Broken.cs::Unclosed.After",
    ]);
    expect(references(blockFacts(broken, "Good"))).toEqual(["3 expression _x.Run()"]);

    const terms = Array.from({ length: 3000 }, (_, index) => `a${index}`).join(" + ");
    const deep = await factsOf("src/Deep.cs", `class D { string M() => ${terms}; }`);
    expect(blockFacts(deep, "D.M").references).toHaveLength(3000);
  });
});
