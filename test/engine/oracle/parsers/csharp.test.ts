import { parseCsharp } from "../../../../src/engine/oracle/parsers/csharp.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { runTool, type ToolRun } from "../run-tool.js";

// A constructor and a method that each gained a parameter, and a caller that still passes one
// argument (Roslyn says CS7036 for both; Mono's mcs says CS1729 and CS1501).
const ORDER = `namespace Shop
{
    public class Order
    {
        public Order(string id, int qty)
        {
            Id = id;
        }

        public string Id { get; private set; }

        public void Ship(string carrier, bool express)
        {
        }
    }
}
`;
const PROGRAM = `namespace Shop
{
    public class Program
    {
        public static void Main()
        {
            var order = new Order("a");
            order.Ship("ups");
        }
    }
}
`;
const UNUSED = `public class Counter
{
    public void Count()
    {
        int unused = 5;
    }
}
`;

describe("parseCsharp on real mcs output", () => {
  let failing: ToolRun;
  let warningOnly: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir({ "src/Shop/Order.cs": ORDER, "src/Shop/Program.cs": PROGRAM, "src/Counter.cs": UNUSED }));
    [failing, warningOnly] = await Promise.all([
      runTool(["mcs", "-target:library", `-out:${root}/failing.dll`, "src/Shop/Order.cs", "src/Shop/Program.cs"], root),
      runTool(["mcs", "-target:library", `-out:${root}/counter.dll`, "src/Counter.cs"], root),
    ]);
  });
  afterAll(() => cleanup());

  it("reads the errors and skips the related-symbol lines", () => {
    // mcs printed on stderr:
    //   src/Shop/Program.cs(7,25): error CS1729: The type `Shop.Order' does not contain a constructor that takes `1' arguments
    //   src/Shop/Order.cs(5,16): (Location of the symbol related to previous error)
    //   src/Shop/Program.cs(8,19): error CS1501: No overload for method `Ship' takes `1' arguments
    //   src/Shop/Order.cs(12,21): (Location of the symbol related to previous error)
    // and "Compilation failed: 2 error(s), 0 warnings" on stdout.
    expect(failing.status).toBe(1);
    expect(parseCsharp(`${failing.stdout}\n${failing.stderr}`, { repoRoot: root })).toEqual([
      {
        file: "src/Shop/Program.cs",
        line: 7,
        column: 25,
        severity: "error",
        code: "CS1729",
        message: "The type `Shop.Order' does not contain a constructor that takes `1' arguments",
        source: "csharp",
      },
      { file: "src/Shop/Program.cs", line: 8, column: 19, severity: "error", code: "CS1501", message: "No overload for method `Ship' takes `1' arguments", source: "csharp" },
    ]);
  });

  it("reads warnings of a successful compile", () => {
    // mcs printed: src/Counter.cs(5,13): warning CS0219: The variable `unused' is assigned but its value is never used
    expect(warningOnly.status).toBe(0);
    expect(parseCsharp(`${warningOnly.stdout}\n${warningOnly.stderr}`, { repoRoot: root })).toEqual([
      { file: "src/Counter.cs", line: 5, column: 13, severity: "warning", code: "CS0219", message: "The variable `unused' is assigned but its value is never used", source: "csharp" },
    ]);
  });
});

describe("parseCsharp on dotnet build / msbuild output", () => {
  const repoRoot = "/home/dev/shop";
  const CS7036 =
    "/home/dev/shop/src/Shop/Program.cs(10,13): error CS7036: There is no argument given that corresponds to the required parameter 'qty' of 'Order.Order(string, int)' [/home/dev/shop/src/Shop/Shop.csproj]";

  it("drops the project suffix and the summary's repeat of each error", () => {
    const output = ["  Determining projects to restore...", CS7036, "", "Build FAILED.", "", CS7036, "    0 Warning(s)", "    1 Error(s)"].join("\n");
    expect(parseCsharp(output, { repoRoot })).toEqual([
      {
        file: "src/Shop/Program.cs",
        line: 10,
        column: 13,
        severity: "error",
        code: "CS7036",
        message: "There is no argument given that corresponds to the required parameter 'qty' of 'Order.Order(string, int)'",
        source: "csharp",
      },
    ]);
  });

  it("reads Windows paths, (line) and (line,col,endLine,endCol) positions, and other tools' codes", () => {
    const output = [
      "C:\\src\\shop\\Program.cs(3,5,3,9): warning CS0168: The variable 'e' is declared but never used [C:\\src\\shop\\Shop.csproj]",
      "C:\\src\\shop\\Shop.csproj(12): error MSB3073: The command \"exit 1\" exited with code 1.",
      "CSC : error CS2001: Source file 'Nope.cs' could not be found.",
      "C:\\elsewhere\\Lib.cs(1,1): error CS0246: The type or namespace name 'X' could not be found",
    ].join("\r\n");
    expect(parseCsharp(output, { repoRoot: "C:\\src\\shop" })).toEqual([
      { file: "Program.cs", line: 3, column: 5, severity: "warning", code: "CS0168", message: "The variable 'e' is declared but never used", source: "csharp" },
      { file: "Shop.csproj", line: 12, severity: "error", code: "MSB3073", message: 'The command "exit 1" exited with code 1.', source: "csharp" },
    ]);
  });
});
