import { crlf, doRefusalTest, doTest, type MergeCase, type RefusalCase, editedSketch } from "../../helpers/merge-back.js";

const tests = `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests()
        {
            _calc = new Calculator();
        }

        [Fact]
        public void Adds()
        {
            Assert.Equal(2, _calc.Add(1, 1));
        }

        [Obsolete("x")]
        public int Twice(int a) => a * 2;

        public class Fixture
        {
            public int Seed { get; set; }

            public void Reset()
            {
                Seed = 0;
            }
        }
    }

    public class CalculatorTestsFactory
    {
        public CalculatorTests Create()
        {
            return new CalculatorTests();
        }
    }
}
`;

/** The sketch of CalculatorTests.Adds; several answers below are it with one edit. */
const addsSketch = `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds()
        {
            Assert.Equal(2, _calc.Add(1, 1));
        }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture { /* … */ }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`;

const counter = "public class Counter\n{\n\tprivate int _count;\n\n\tpublic void Bump()\n\t{\n\t\t_count++;\n\t}\n}\n";

const greetings = `public static class Grüße
{
    public const string Hallo = "héllo wörld ✓ 😀";

    public static string Für(string name) => $"{Hallo}, {name}";

    public static string Shout(string name)
    {
        return Für(name).ToUpper();
    }
}
`;

const adder = `using Xunit;

public class AdderTests
{
    [Fact]
    public void Adds()
    {
        Assert.Equal(2, 1 + 1);
    }
}
`;

const store = `public interface IStore
{
    string Name { get; }

    void Put(string key, string value);
}

public class Store
{
    public void Log(string message)
    {
        Console.WriteLine(message);
    }
}
`;

const cases: MergeCase[] = [
  {
    name: "body edit",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    sketch: addsSketch,
    answer: addsSketch.replace("            Assert.Equal(2, _calc.Add(1, 1));\n", "            var sum = _calc.Add(1, 1);\n            Assert.Equal(2, sum);\n"),
    after: tests.replace("            Assert.Equal(2, _calc.Add(1, 1));\n", "            var sum = _calc.Add(1, 1);\n            Assert.Equal(2, sum);\n"),
  },
  {
    name: "signature edit of an expression-bodied method",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Twice",
    answer: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public static long Twice(long a) => a * 2;

        public class Fixture { /* … */ }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    after: tests.replace("public int Twice(int a) => a * 2;", "public static long Twice(long a) => a * 2;"),
  },
  {
    name: "a constructor gains an ITestOutputHelper parameter assigned to a new field (the paper's case)",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.CalculatorTests",
    sketch: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests()
        {
            _calc = new Calculator();
        }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture { /* … */ }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    answer: `using System;
using Xunit;
using Xunit.Abstractions;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;
        private readonly ITestOutputHelper _output;

        public CalculatorTests(ITestOutputHelper output)
        {
            _calc = new Calculator();
            _output = output;
        }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture { /* … */ }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    after: `using System;
using Xunit;
using Xunit.Abstractions;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;
        private readonly ITestOutputHelper _output;

        public CalculatorTests(ITestOutputHelper output)
        {
            _calc = new Calculator();
            _output = output;
        }

        [Fact]
        public void Adds()
        {
            Assert.Equal(2, _calc.Add(1, 1));
        }

        [Obsolete("x")]
        public int Twice(int a) => a * 2;

        public class Fixture
        {
            public int Seed { get; set; }

            public void Reset()
            {
                Seed = 0;
            }
        }
    }

    public class CalculatorTestsFactory
    {
        public CalculatorTests Create()
        {
            return new CalculatorTests();
        }
    }
}
`,
  },
  {
    name: "the constructor's caller in another class passes the new argument",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTestsFactory.Create",
    sketch: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests { /* … */ }

    public class CalculatorTestsFactory
    {
        public CalculatorTests Create()
        {
            return new CalculatorTests();
        }
    }
}
`,
    answer: `using System;
using Xunit;
using Xunit.Abstractions;

namespace App.Tests
{
    public class CalculatorTests { /* … */ }

    public class CalculatorTestsFactory
    {
        public CalculatorTests Create(ITestOutputHelper output)
        {
            return new CalculatorTests(output);
        }
    }
}
`,
    after: tests
      .replace("using Xunit;\n", "using Xunit;\nusing Xunit.Abstractions;\n")
      .replace("public CalculatorTests Create()\n        {\n            return new CalculatorTests();", "public CalculatorTests Create(ITestOutputHelper output)\n        {\n            return new CalculatorTests(output);"),
  },
  {
    name: "a test method added in the middle of a class",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsSketch.replace(
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n",
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n        [Fact]\n        public void Subtracts()\n        {\n            Assert.Equal(0, _calc.Subtract(1, 1));\n        }\n",
    ),
    after: tests.replace(
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n",
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n        [Fact]\n        public void Subtracts()\n        {\n            Assert.Equal(0, _calc.Subtract(1, 1));\n        }\n",
    ),
  },
  {
    name: "a method added at the end of a class",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTestsFactory.Create",
    answer: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests { /* … */ }

    public class CalculatorTestsFactory
    {
        public CalculatorTests Create()
        {
            return new CalculatorTests();
        }

        public CalculatorTests[] CreateMany(int count)
        {
            return Enumerable.Range(0, count).Select(_ => Create()).ToArray();
        }
    }
}
`,
    after: tests.replace(
      "            return new CalculatorTests();\n        }\n",
      "            return new CalculatorTests();\n        }\n\n        public CalculatorTests[] CreateMany(int count)\n        {\n            return Enumerable.Range(0, count).Select(_ => Create()).ToArray();\n        }\n",
    ),
  },
  {
    name: "the edited method deleted",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsSketch.replace("        [Fact]\n        public void Adds()\n        {\n            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n", ""),
    after: tests.replace("        [Fact]\n        public void Adds()\n        {\n            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n", ""),
  },
  {
    name: "[Fact] replaced by [Theory] and [InlineData], with the signature",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsSketch.replace(
      "        [Fact]\n        public void Adds()\n        {\n            Assert.Equal(2, _calc.Add(1, 1));",
      "        [Theory]\n        [InlineData(1, 1, 2)]\n        public void Adds(int a, int b, int sum)\n        {\n            Assert.Equal(sum, _calc.Add(a, b));",
    ),
    after: tests.replace(
      "        [Fact]\n        public void Adds()\n        {\n            Assert.Equal(2, _calc.Add(1, 1));",
      "        [Theory]\n        [InlineData(1, 1, 2)]\n        public void Adds(int a, int b, int sum)\n        {\n            Assert.Equal(sum, _calc.Add(a, b));",
    ),
  },
  {
    name: "[Obsolete(\"x\")] changed and an attribute added on an expression-bodied method",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Twice",
    answer: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("use Calculator.Double")]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public int Twice(int a) => a * 2;

        public class Fixture { /* … */ }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    after: tests.replace('        [Obsolete("x")]\n', '        [Obsolete("use Calculator.Double")]\n        [EditorBrowsable(EditorBrowsableState.Never)]\n'),
  },
  {
    name: "a method of a nested class edited",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Fixture.Reset",
    sketch: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture
        {
            public int Seed { get; set; }

            public void Reset()
            {
                Seed = 0;
            }
        }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    answer: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture
        {
            public int Seed { get; set; }

            public void Reset()
            {
                Seed = Environment.TickCount;
            }
        }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    after: tests.replace("Seed = 0;", "Seed = Environment.TickCount;"),
  },
  {
    name: "a property and a method added to a nested class",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Fixture.Reset",
    answer: `using System;
using Xunit;

namespace App.Tests
{
    public class CalculatorTests
    {
        private readonly Calculator _calc;

        public CalculatorTests() { /* … */ }

        [Fact]
        public void Adds() { /* … */ }

        [Obsolete("x")]
        public int Twice(int a) { /* … */ }

        public class Fixture
        {
            public int Seed { get; set; }
            public int Runs { get; private set; }

            public void Reset()
            {
                Seed = 0;
            }

            public int Next() => ++Runs;
        }
    }

    public class CalculatorTestsFactory { /* … */ }
}
`,
    after: tests
      .replace("            public int Seed { get; set; }\n", "            public int Seed { get; set; }\n            public int Runs { get; private set; }\n")
      .replace("                Seed = 0;\n            }\n", "                Seed = 0;\n            }\n\n            public int Next() => ++Runs;\n"),
  },
  {
    name: "module level: a using added together with a method edit",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsSketch
      .replace("using System;\n", "using System;\nusing System.Linq;\n")
      .replace("Assert.Equal(2, _calc.Add(1, 1));", "Assert.Equal(2, new[] { 1, 1 }.Aggregate(_calc.Add));"),
    after: tests
      .replace("using System;\n", "using System;\nusing System.Linq;\n")
      .replace("Assert.Equal(2, _calc.Add(1, 1));", "Assert.Equal(2, new[] { 1, 1 }.Aggregate(_calc.Add));"),
  },
  {
    name: "CRLF file, LF answer: CRLF everywhere, inserted lines included",
    before: crlf(tests),
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsSketch.replace(
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n",
      "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n        [Fact]\n        public void AddsZero()\n        {\n            Assert.Equal(1, _calc.Add(1, 0));\n        }\n",
    ),
    after: crlf(
      tests.replace(
        "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n",
        "            Assert.Equal(2, _calc.Add(1, 1));\n        }\n\n        [Fact]\n        public void AddsZero()\n        {\n            Assert.Equal(1, _calc.Add(1, 0));\n        }\n",
      ),
    ),
  },
  {
    name: "tab-indented file, answer indented with spaces: tabs kept, inserted members in tabs",
    before: counter,
    block: "Counter.cs::Counter.Bump",
    sketch: "public class Counter\n{\n\tprivate int _count;\n\n\tpublic void Bump()\n\t{\n\t\t_count++;\n\t}\n}\n",
    answer: `public class Counter
{
    private int _count;
    private int _step = 1;

    public void Bump()
    {
        _count += _step;
    }

    public void Reset()
    {
        _count = 0;
    }
}
`,
    after: "public class Counter\n{\n\tprivate int _count;\n\tprivate int _step = 1;\n\n\tpublic void Bump()\n\t{\n\t\t_count += _step;\n\t}\n\n\tpublic void Reset()\n\t{\n\t\t_count = 0;\n\t}\n}\n",
  },
  {
    name: "non-ASCII identifiers and strings before the edited block",
    before: greetings,
    block: "Greetings.cs::Grüße.Shout",
    sketch: `public static class Grüße
{
    public const string Hallo = "héllo wörld ✓ 😀";

    public static string Für(string name) { /* … */ }

    public static string Shout(string name)
    {
        return Für(name).ToUpper();
    }
}
`,
    answer: `public static class Grüße
{
    public const string Hallo = "héllo wörld ✓ 😀";

    public static string Für(string name) { /* … */ }

    public static string Shout(string name)
    {
        return Für(name).ToUpperInvariant() + " ‼";
    }
}
`,
    after: greetings.replace("return Für(name).ToUpper();", 'return Für(name).ToUpperInvariant() + " ‼";'),
  },
  {
    name: "a class sketch: a field and a first constructor added before the folded test (ITestOutputHelper in a class without one)",
    before: adder,
    block: "AdderTests.cs::AdderTests",
    sketch: `using Xunit;

public class AdderTests
{
    [Fact]
    public void Adds() { /* … */ }
}
`,
    answer: `using Xunit;
using Xunit.Abstractions;

public class AdderTests
{
    private readonly ITestOutputHelper _output;

    public AdderTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Adds() { /* … */ }
}
`,
    after: `using Xunit;
using Xunit.Abstractions;

public class AdderTests
{
    private readonly ITestOutputHelper _output;

    public AdderTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Adds()
    {
        Assert.Equal(2, 1 + 1);
    }
}
`,
  },
  {
    name: "an interface sketch shows its method signatures as they are: one changed, one added",
    before: store,
    block: "Store.cs::IStore",
    sketch: `public interface IStore
{
    string Name { get; }

    void Put(string key, string value);
}

public class Store { /* … */ }
`,
    answer: `public interface IStore
{
    string Name { get; }

    void Put(string key, string value, TimeSpan ttl);

    string? Get(string key);
}

public class Store { /* … */ }
`,
    after: store.replace("    void Put(string key, string value);\n", "    void Put(string key, string value, TimeSpan ttl);\n\n    string? Get(string key);\n"),
  },
  {
    name: "an overload added after the edited method (Store.Log#2)",
    before: store,
    block: "Store.cs::Store.Log",
    answer: `public interface IStore { /* … */ }

public class Store
{
    public void Log(string message)
    {
        Log(message, level: 0);
    }

    public void Log(string message, int level)
    {
        Console.WriteLine($"{level}: {message}");
    }
}
`,
    after: store.replace(
      "        Console.WriteLine(message);\n    }\n",
      '        Log(message, level: 0);\n    }\n\n    public void Log(string message, int level)\n    {\n        Console.WriteLine($"{level}: {message}");\n    }\n',
    ),
  },
];

const addsAnswer = (edit: (sketch: string) => string) => editedSketch(addsSketch, edit);

const refusals: RefusalCase[] = [
  {
    name: "an answer that does not parse",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsAnswer((sketch) => sketch.replace("Assert.Equal(2, _calc.Add(1, 1));", "Assert.Equal(2, _calc.Add(1, 1);")),
    refusal: /does not parse \(line 15: syntax error/,
  },
  {
    name: "an answer that rewrites a folded member",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsAnswer((sketch) => sketch.replace("public int Twice(int a) { /* … */ }", "public int Twice(int a) => a + a;")),
    refusal: "it rewrites CalculatorTests.Twice, which was folded",
  },
  {
    name: "an answer that changes an attribute of a folded member",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsAnswer((sketch) => sketch.replace('[Obsolete("x")]', '[Obsolete("y")]')),
    refusal: "it changes the header of CalculatorTests.Twice, which is outside the code to change",
  },
  {
    name: "an answer that leaves out a folded member it was not asked to change",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsAnswer((sketch) => sketch.replace("        public CalculatorTests() { /* … */ }\n\n", "")),
    refusal: "it leaves out CalculatorTests.CalculatorTests, which is outside the code to change",
  },
  {
    name: "an answer that adds a member with a folded body",
    before: tests,
    block: "CalculatorTests.cs::CalculatorTests.Adds",
    answer: addsAnswer((sketch) => sketch.replace("        public class Fixture { /* … */ }\n", "        public class Fixture { /* … */ }\n\n        public void Dispose() { /* … */ }\n")),
    refusal: "it adds CalculatorTests.Dispose with a folded body",
  },
];

describe("C# merge-back", () => {
  test.each(cases)("$name", doTest);
});

describe("C# merge-back refuses", () => {
  test.each(refusals)("$name", doRefusalTest);
});
