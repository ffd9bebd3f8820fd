import { classify, kinds, only } from "./classify-helper.js";

const service = `using System;
using System.Threading.Tasks;

namespace Shop.Orders
{
    public class OrderService : ServiceBase
    {
        private readonly IOrderRepository _repository;
        public int Placed { get; private set; }

        public OrderService(IOrderRepository repository)
        {
            _repository = repository;
        }

        public virtual async Task<bool> PlaceOrderAsync(Order order, int priority)
        {
            Console.WriteLine($"Placing {order.Id}");
            await _repository.SaveAsync(order);
            return true;
        }
    }
}
`;

function edits(changes: Awaited<ReturnType<typeof classify>>): string[] {
  return only(changes, "MMS").details.edits.map((edit) => edit.text);
}

describe("C# signatures (MMS, MCC)", () => {
  test("parameters added with and without a default, removed, renamed, reordered", async () => {
    const withDefault = await classify("S.cs", service, service.replace("int priority)", "int priority, bool notify = false)"));
    expect(edits(withDefault)).toEqual(["parameter `notify: bool = false` added at position 3 (after `priority`) with default `false`"]);
    const required = await classify("S.cs", service, service.replace("int priority)", "int priority, CancellationToken ct)"));
    expect(only(required, "MMS").details.edits).toMatchObject([{ edit: "parameter-added", position: 2, required: true, parameter: { name: "ct", type: "CancellationToken" } }]);
    expect(edits(await classify("S.cs", service, service.replace(", int priority)", ")")))).toEqual(["parameter `priority: int` removed (was at position 2)"]);
    expect(edits(await classify("S.cs", service, service.replace("int priority)", "int rank)")))).toEqual(["parameter `priority` renamed to `rank`"]);
    expect(edits(await classify("S.cs", service, service.replace("Order order, int priority", "int priority, Order order")))).toEqual([
      "parameters reordered from (order, priority) to (priority, order)",
    ]);
  });

  test("return type, modifiers, params and ref parameters", async () => {
    const after = service.replace("public virtual async Task<bool> PlaceOrderAsync(Order order, int priority)", "public override async Task<int> PlaceOrderAsync(ref Order order, params int[] priority)");
    expect(edits(await classify("S.cs", service, after))).toEqual([
      "parameter `order` changed from no modifiers to ref",
      "type of parameter `priority` changed from `int` to `int[]`",
      "parameter `priority` changed from positional to rest",
      "parameter `priority` changed from no modifiers to params",
      "return type changed from `Task<bool>` to `Task<int>`",
      "`virtual` removed",
      "`override` added",
    ]);
  });

  test("a renamed method", async () => {
    const changes = await classify("S.cs", service, service.replace("PlaceOrderAsync", "SubmitAsync"));
    expect(changes).toEqual([
      expect.objectContaining({ kind: "MMS", blockId: "S.cs::OrderService.PlaceOrderAsync", afterBlockId: "S.cs::OrderService.SubmitAsync", classId: "S.cs::OrderService" }),
    ]);
    expect(edits(changes)).toEqual(["renamed from `PlaceOrderAsync` to `SubmitAsync`"]);
  });

  test("an injected logger: using added, field added, constructor parameter added (MCC)", async () => {
    const after = service
      .replace("using System.Threading.Tasks;\n", "using System.Threading.Tasks;\nusing Shop.Logging;\n")
      .replace("        public int Placed", "        private readonly ILogger<OrderService> _logger;\n        public int Placed")
      .replace("(IOrderRepository repository)", "(IOrderRepository repository, ILogger<OrderService> logger)")
      .replace("            _repository = repository;\n", "            _repository = repository;\n            _logger = logger;\n")
      .replace('Console.WriteLine($"Placing {order.Id}")', '_logger.LogInformation($"Placing {order.Id}")');
    const changes = await classify("S.cs", service, after);
    expect(kinds(changes)).toEqual([
      "AI <module> Shop.Logging",
      "AF OrderService _logger",
      "MCC OrderService.OrderService",
      "MMB OrderService.OrderService",
      "MMB OrderService.PlaceOrderAsync",
    ]);
    expect(only(changes, "AF").details.field).toEqual({ name: "_logger", kind: "field", origin: "class", type: "ILogger<OrderService>", modifiers: ["private", "readonly"] });
    expect(only(changes, "MCC").summary).toBe(
      "`OrderService.OrderService` signature changed: parameter `logger: ILogger<OrderService>` added at position 2 (after `repository`) without a default (callers must pass it)",
    );
    expect(changes.filter((change) => change.kind === "MMB").map((change) => change.kind === "MMB" && change.details.escaping)).toEqual([false, false]);
  });

  test("fields and properties changed and removed; bases changed (MC)", async () => {
    const after = service.replace("public int Placed { get; private set; }", "public long Placed { get; set; }").replace("        private readonly IOrderRepository _repository;\n", "").replace(": ServiceBase", ": ServiceBase, IDisposable");
    const changes = await classify("S.cs", service, after);
    expect(kinds(changes)).toEqual(["MC OrderService", "DF OrderService _repository", "MF OrderService Placed"]);
    expect(only(changes, "MF").details.edits.map((edit) => edit.text)).toEqual(["type changed from `int` to `long`", "modifiers changed from public { get; private set; } to public { get; set; }"]);
  });

  test("usings removed, methods, constructors and classes added and deleted", async () => {
    const after = service
      .replace("using System;\n", "")
      .replace(/ {8}public OrderService\(IOrderRepository repository\)\n {8}\{\n.*\n {8}\}\n\n/, "")
      .replace("        public virtual async", "        public void Cancel(int id) { }\n\n        public virtual async")
      .replace("    }\n}\n", "    }\n\n    public class Invoice { }\n}\n");
    const changes = await classify("S.cs", service, after);
    expect(kinds(changes)).toEqual(["DI <module> System", "DCC OrderService.OrderService", "AM OrderService.Cancel", "AC Invoice"]);
    expect(kinds(await classify("S.cs", after, service))).toEqual(["AI <module> System", "DM OrderService.Cancel", "DC Invoice", "ACC OrderService.OrderService"]);
  });

  test("an abstract method without a body is a signature block", async () => {
    const before = "public abstract class Handler\n{\n    public abstract Task Process(Order order);\n}\n";
    const changes = await classify("H.cs", before, before.replace("(Order order)", "(Order order, CancellationToken ct)"));
    expect(kinds(changes)).toEqual(["MMS Handler.Process"]);
  });
});
