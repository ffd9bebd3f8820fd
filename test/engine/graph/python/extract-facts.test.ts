import type { FileFacts } from "../../../../src/engine/graph/facts.js";
import { blockFacts as block, factsOf, referenceLines, showPath as show } from "../../../helpers/facts.js";




function references(facts: FileFacts, symbol: string): string[] {
  return referenceLines(block(facts, symbol));
}

describe("extractFacts for Python", () => {
  test("chains through calls, awaits and subscripts; nested calls in arguments are references of their own", async () => {
    const facts = await factsOf(
      "a.py",
      [
        "async def f(self):",
        "    x = await self.repo.get(key(1), k=other.make()).name",
        '    "".join(parts)',
        "    rows[0].send(super().value)",
        "    return (",
        "        builder",
        "        .add()",
        "        .build()",
        "    )",
      ].join("\n"),
    );
    expect(references(facts, "f")).toEqual([
      "2 expression self.repo.get().name",
      "2 expression key()",
      "2 expression other.make()",
      "3 expression parts",
      "4 expression rows",
      "4 expression super.value",
      "8 expression builder.add().build()",
    ]);
    expect(block(facts, "f").isAsync).toBe(true);
  });

  test("locals: parameters with types and receivers, assignments, loop/with/except targets, walrus; globals are not locals", async () => {
    const facts = await factsOf(
      "m.py",
      [
        "from typing import Optional",
        "counter = 0",
        "class C:",
        "    def m(self, a: Optional['Client'], b=Default(), *args: int, **kw) -> 'pkg.Result':",
        "        global counter",
        "        counter += 1",
        "        x, y = Client(), 2",
        "        with open(a) as fh:",
        "            pass",
        "        try:",
        "            pass",
        "        except errors.Bad as exc:",
        "            pass",
        "        if (n := a.size()):",
        "            pass",
        "    @classmethod",
        "    def make(cls):",
        "        return cls()",
        "    @staticmethod",
        "    def util(value):",
        "        return value",
      ].join("\n"),
    );
    const locals = block(facts, "C.m").locals.map((local) =>
      [local.name, local.receiver && `receiver=${local.receiver}`, local.type && `type=${local.type}`, local.value && `value=${show(local.value)}`].filter(Boolean).join(" "),
    );
    expect(locals).toEqual(["self receiver=this", "a type=Client", "b value=Default()", "args", "kw", "x value=Client()", "y", "fh value=open()", "exc type=errors.Bad", "n value=a.size()"]);
    expect(block(facts, "C.m").returns).toBe("pkg.Result");
    expect(block(facts, "C.make").locals).toEqual([{ name: "cls", receiver: "class" }]);
    expect(block(facts, "C.util").locals).toEqual([{ name: "value" }]);
  });

  test("class facts: bases as written, methods with blocks, properties, fields from the body and from self", async () => {
    const facts = await factsOf(
      "svc.py",
      [
        "class Service(base.Base, Mixin[T], metaclass=Meta):",
        "    timeout: float = 5.0",
        "    repo = Repo()",
        "    def __init__(self, client: Client):",
        "        self.client = client",
        "        self.cache: Cache = make_cache()",
        "        self.items = []",
        "    @property",
        "    def size(self) -> int:",
        "        return 0",
        "    @size.setter",
        "    def size(self, value):",
        "        pass",
        "    @staticmethod",
        "    def build():",
        "        return Service(Client())",
      ].join("\n"),
    );
    expect(facts.classes).toEqual([
      {
        blockId: "svc.py::Service",
        name: "Service",
        bases: ["base.Base", "Mixin"],
        members: [
          { name: "__init__", kind: "constructor", blockId: "svc.py::Service.__init__", line: 4 },
          { name: "size", kind: "property", blockId: "svc.py::Service.size", line: 9 },
          { name: "build", kind: "method", blockId: "svc.py::Service.build", isStatic: true, line: 15 },
          { name: "timeout", kind: "field", type: "float", line: 2 },
          { name: "repo", kind: "field", value: [{ name: "Repo", call: true }], line: 3 },
          { name: "client", kind: "field", value: [{ name: "client" }], definedIn: "svc.py::Service.__init__", line: 5 },
          { name: "cache", kind: "field", type: "Cache", value: [{ name: "make_cache", call: true }], definedIn: "svc.py::Service.__init__", line: 6 },
          { name: "items", kind: "field", line: 7 },
        ],
      },
    ]);
  });

  test("imports: module, aliased, relative, star; import a.b binds a", async () => {
    const facts = await factsOf(
      "pkg/mod.py",
      ["import os.path", "import a.b as c", "from ..x.y import z as w, v", "from . import sib", "from m import *", "from __future__ import annotations"].join("\n"),
    );
    expect(facts.imports).toEqual([
      { kind: "module", specifier: "os", names: [{ imported: "os", local: "os" }], line: 1 },
      { kind: "module", specifier: "a.b", names: [{ imported: "a.b", local: "c" }], line: 2 },
      { kind: "names", specifier: "..x.y", names: [{ imported: "z", local: "w" }, { imported: "v", local: "v" }], line: 3 },
      { kind: "names", specifier: ".", names: [{ imported: "sib", local: "sib" }], line: 4 },
      { kind: "star", specifier: "m", names: [], line: 5 },
    ]);
  });

  test("module values: the most informative assignment per name; a fallback None does not hide an import", async () => {
    const facts = await factsOf(
      "conf.py",
      ["try:", "    from fast import Parser", "except ImportError:", "    Parser = None", "client = None", "client = Client()", "LIMIT: int = 3"].join("\n"),
    );
    expect(facts.values).toEqual([
      { name: "client", value: [{ name: "Client", call: true }], line: 6 },
      { name: "LIMIT", type: "int", line: 7 },
    ]);
  });

  test("references stay in their own block: nested definitions are blocks of their own, lambdas are not", async () => {
    const facts = await factsOf(
      "n.py",
      ["def outer():", "    setup()", "    def inner():", "        work()", "    return lambda: finish()"].join("\n"),
    );
    expect(references(facts, "outer")).toEqual(["2 expression setup()", "5 expression finish()"]);
    expect(references(facts, "outer.inner")).toEqual(["4 expression work()"]);
  });
});
