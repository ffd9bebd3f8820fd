import { mapDiagnosticsToBlocks } from "../../../src/engine/oracle/map-diagnostics-to-blocks.js";
import type { ParsedFile } from "../../../src/engine/model/block.js";
import type { Diagnostic } from "../../../src/engine/ports.js";
import { parseOne } from "../../helpers/make-repo.js";

const PYTHON = [
  "import os", //               1
  "", //                        2
  "class Client:", //           3
  "    retries = 3", //         4
  "", //                        5
  "    @staticmethod", //       6
  "    def make():", //         7
  "        def inner():", //    8
  "            return 1", //    9
  "        return inner()", // 10
  "", //                       11
  "def main():", //            12
  "    Client.make()", //      13
  "", //                       14
  "main()", //                 15
  "",
].join("\n");

const TYPESCRIPT = ["export class Square implements Shape { area(): number { return size(1); } }", ""].join("\n");

const CSHARP = ["namespace Shop", "{", "    public class Order : IOrder", "    {", "        public void Ship() { }", "    }", "}", ""].join("\n");

function at(file: string, line: number, column?: number): Diagnostic {
  return { file, line, ...(column === undefined ? {} : { column }), severity: "error", message: "m", source: "generic" };
}

describe("mapDiagnosticsToBlocks", () => {
  let files: ParsedFile[];

  beforeAll(async () => {
    files = [await parseOne("app/client.py", PYTHON), await parseOne("src/square.ts", TYPESCRIPT), await parseOne("src/Order.cs", CSHARP), await parseOne("app/__init__.py", "")];
  });

  const blockIdsOf = (diagnostics: Diagnostic[]): Array<string | undefined> => mapDiagnosticsToBlocks(diagnostics, files).map((entry) => entry.block?.id);

  it("takes the innermost block that holds the line", () => {
    expect(blockIdsOf([at("app/client.py", 9), at("app/client.py", 10), at("app/client.py", 13), at("app/client.py", 1), at("app/client.py", 15)])).toEqual([
      "app/client.py::Client.make.inner",
      "app/client.py::Client.make",
      "app/client.py::main",
      "app/client.py::<module>",
      "app/client.py::<module>",
    ]);
  });

  it("gives a class header, its fields and the blank lines between its methods to the class; a decorator to what it decorates", () => {
    expect(blockIdsOf([at("app/client.py", 3, 7), at("app/client.py", 4), at("app/client.py", 5), at("app/client.py", 6)])).toEqual([
      "app/client.py::Client",
      "app/client.py::Client",
      "app/client.py::Client",
      "app/client.py::Client.make",
    ]);
  });

  it("does not move a diagnostic out of a method when its column points into the indentation", () => {
    expect(blockIdsOf([at("app/client.py", 7, 1)])).toEqual(["app/client.py::Client.make"]);
  });

  it("uses the column when several blocks share the line", () => {
    const line = TYPESCRIPT.split("\n")[0] ?? "";
    expect(blockIdsOf([at("src/square.ts", 1, line.indexOf("Square") + 1), at("src/square.ts", 1, line.indexOf("size") + 1), at("src/square.ts", 1)])).toEqual([
      "src/square.ts::Square",
      "src/square.ts::Square.area",
      "src/square.ts::Square.area",
    ]);
  });

  it("gives a C# class header to the class", () => {
    expect(blockIdsOf([at("src/Order.cs", 3, 18), at("src/Order.cs", 5, 21)])).toEqual(["src/Order.cs::Order", "src/Order.cs::Order.Ship"]);
  });

  it("has no block for files that were not parsed or lines no block holds, and keeps the input order", () => {
    const diagnostics = [at("README.md", 1), at("app/__init__.py", 1), at("app/client.py", 2)];
    const mapped = mapDiagnosticsToBlocks(diagnostics, files);
    expect(mapped.map((entry) => entry.diagnostic)).toEqual(diagnostics);
    expect(mapped.map((entry) => entry.block?.id)).toEqual([undefined, undefined, "app/client.py::<module>"]);
  });
});
