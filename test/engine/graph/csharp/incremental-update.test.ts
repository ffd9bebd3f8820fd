import { callEdges as calls, parseWithFacts as parsed } from "../../../helpers/facts.js";
import { buildFixtureGraph } from "../../../helpers/resolution-fixture.js";

const FILES = {
  "src/Handlers/Handler.cs": [
    "namespace Shop.Handlers",
    "{",
    "    public abstract class Handler",
    "    {",
    "        public abstract void Process(string order);",
    "    }",
    "",
    "    public class PaymentHandler : Handler",
    "    {",
    "        public override void Process(string order) { }",
    "    }",
    "}",
    "",
  ].join("\n"),
  "src/Pipeline.cs": [
    "using Shop.Handlers;",
    "",
    "public class Pipeline",
    "{",
    "    private readonly Handler _first;",
    "",
    "    public void Run(string order)",
    "    {",
    "        _first.Process(order);",
    "    }",
    "",
    "    public void Pay(string order)",
    "    {",
    "        new PaymentHandler().Process(order);",
    "    }",
    "}",
    "",
  ].join("\n"),
};



describe("incremental update of a C# file", () => {
  test("a renamed callee keeps its unedited callers; an edited caller's edges are recomputed", async () => {
    const graph = await buildFixtureGraph(FILES);
    expect(calls(graph.graph.edgesFrom("src/Pipeline.cs::Pipeline.Run"))).toEqual(["src/Pipeline.cs::Pipeline.Run -> src/Handlers/Handler.cs::Handler.Process @9"]);

    const renamed = FILES["src/Handlers/Handler.cs"].replaceAll("void Process(string order)", "void Handle(string order)");
    graph.updateFile(await parsed("src/Handlers/Handler.cs", renamed));
    expect(graph.graph.getBlock("src/Handlers/Handler.cs::Handler.Process")).toBeUndefined();
    expect(calls(graph.graph.edgesFrom("src/Pipeline.cs::Pipeline.Run"))).toEqual(["src/Pipeline.cs::Pipeline.Run -> src/Handlers/Handler.cs::Handler.Handle @9"]);
    expect(calls(graph.graph.edgesFrom("src/Pipeline.cs::Pipeline.Pay"))).toEqual([
      "src/Pipeline.cs::Pipeline.Pay -> src/Handlers/Handler.cs::PaymentHandler.Handle @14",
    ]);
    expect(graph.graph.related("src/Handlers/Handler.cs::Handler.Handle", "OverriddenBy").map((related) => related.block.id)).toEqual([
      "src/Handlers/Handler.cs::PaymentHandler.Handle",
    ]);

    const edited = FILES["src/Pipeline.cs"].replace("    public void Pay(string order)\n    {\n        new PaymentHandler().Process(order);", "    public void Pay(string order)\n    {\n\n        new PaymentHandler().Handle(order);");
    const update = graph.updateFile(await parsed("src/Pipeline.cs", edited));
    expect(update.recomputed).toEqual(["src/Pipeline.cs::Pipeline.Pay"]);
    expect(calls(graph.graph.edgesFrom("src/Pipeline.cs::Pipeline.Pay"))).toEqual([
      "src/Pipeline.cs::Pipeline.Pay -> src/Handlers/Handler.cs::PaymentHandler.Handle @15",
    ]);
    expect(calls(graph.graph.edgesFrom("src/Pipeline.cs::Pipeline.Run"))).toEqual(["src/Pipeline.cs::Pipeline.Run -> src/Handlers/Handler.cs::Handler.Handle @9"]);
  });
});
