import { blockOf, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("C# block kinds", () => {
  it("names types inside block-scoped and file-scoped namespaces without the namespace", async () => {
    const parsed = await parseOne(
      "Shop/Orders.cs",
      [
        "using System;",
        "namespace Shop.Orders",
        "{",
        "    namespace Inner { public class Deep { } }",
        "    public class Order { }",
        "    public struct Money { }",
        "    public record Line(string Sku, int Qty);",
        "    public record struct Point(int X, int Y);",
        "    public interface IOrderRepository { }",
        "    public enum Status { Open, Closed }",
        "}",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "Deep class",
      "Order class",
      "Money class",
      "Line class",
      "Point class",
      "IOrderRepository interface",
      "Status enum",
    ]);

    const fileScoped = await parseOne("Shop/Handler.cs", "namespace Shop.Handlers;\n\npublic abstract class Handler { }\n");
    expect(symbolsOf(fileScoped)).toEqual(["<module> module", "Handler class"]);
  });

  it("makes methods, constructors, signatures, destructors and operators blocks of their class", async () => {
    const parsed = await parseOne(
      "Money.cs",
      [
        "public abstract class Money<T> where T : struct",
        "{",
        "    public Money(int cents) { }",
        "    static Money() { }",
        "    ~Money() { }",
        "    public abstract void Process(int ct);",
        "    public int Total() { return 0; }",
        "    public int Twice(int x) => x * 2;",
        "    public static Money<T> operator +(Money<T> a, Money<T> b) => a;",
        "    public static bool operator checked -(Money<T> a) => true;",
        "    public static implicit operator int(Money<T> m) { return 0; }",
        "    public static explicit operator string(Money<T> m) => \"\";",
        "    public extern void Native();",
        "}",
        "public interface IPaymentGateway",
        "{",
        "    void Charge(int cents);",
        "    int Refund(int cents) { return cents; }",
        "}",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual([
      "Money class",
      "Money.Money constructor",
      "Money.Money#2 constructor",
      "Money.~Money method",
      "Money.Process signature",
      "Money.Total method",
      "Money.Twice method",
      "Money.operator + method",
      "Money.operator checked - method",
      "Money.implicit operator int method",
      "Money.explicit operator string method",
      "Money.Native signature",
      "IPaymentGateway interface",
      "IPaymentGateway.Charge signature",
      "IPaymentGateway.Refund method",
    ]);
    expect(blockOf(parsed, "Money.Money").name).toBe("Money");
    expect(blockOf(parsed, "Money.Money#2").signature).toBe("static Money()");
    expect(blockOf(parsed, "Money.operator +").name).toBe("operator +");
  });

  it("keeps fields, properties (with accessor bodies), indexers, events and delegates in the class block", async () => {
    const parsed = await parseOne(
      "Cart.cs",
      [
        "public class Cart",
        "{",
        "    private int _count = 1;",
        "    public int Count { get { return _count; } set { _count = value; } }",
        "    public int Double => _count * 2;",
        "    public int this[int i] { get { return i; } }",
        "    public event System.EventHandler Changed;",
        "    public event System.EventHandler Cleared { add { } remove { } }",
        "    public delegate void Listener(int count);",
        "    public void Clear() { }",
        "}",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual(["Cart class", "Cart.Clear method"]);
    expect(blockOf(parsed, "Cart").text).toBe(
      [
        "public class Cart",
        "{",
        "    private int _count = 1;",
        "    public int Count { get { return _count; } set { _count = value; } }",
        "    public int Double => _count * 2;",
        "    public int this[int i] { get { return i; } }",
        "    public event System.EventHandler Changed;",
        "    public event System.EventHandler Cleared { add { } remove { } }",
        "    public delegate void Listener(int count);",
        "    ",
        "}",
      ].join("\n"),
    );
  });

  it("names nested types and their members after the outer type", async () => {
    const parsed = await parseOne(
      "Outer.cs",
      [
        "class Outer",
        "{",
        "    class Inner",
        "    {",
        "        struct Leaf { void Grow() { } }",
        "        void Run() { }",
        "    }",
        "    interface IView { void Show(); }",
        "    enum Mode { A }",
        "}",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual([
      "Outer class",
      "Outer.Inner class",
      "Outer.Inner.Leaf class",
      "Outer.Inner.Leaf.Grow method",
      "Outer.Inner.Run method",
      "Outer.IView interface",
      "Outer.IView.Show signature",
      "Outer.Mode enum",
    ]);
    expect(blockOf(parsed, "Outer.Inner.Leaf.Grow").parentId).toBe("Outer.cs::Outer.Inner.Leaf");
    expect(blockOf(parsed, "Outer.Inner").parentId).toBe("Outer.cs::Outer");
  });

  it("makes local functions nested blocks of the method, constructor or local function they are in", async () => {
    const parsed = await parseOne(
      "Calc.cs",
      [
        "class Calc",
        "{",
        "    public Calc() { void Init() { } Init(); }",
        "    int Sum(int[] xs)",
        "    {",
        "        int Add(int a, int b) => a + b;",
        "        if (xs.Length > 0)",
        "        {",
        "            static int Twice(int v) { int Inner() => v; return Inner() * 2; }",
        "            System.Func<int> f = () => { int InLambda() => 1; return InLambda(); };",
        "        }",
        "        switch (xs.Length) { case 1: int Pick() => xs[0]; return Pick(); }",
        "        return 0;",
        "    }",
        "    int Count => Helper();",
        "    int Helper() { var s = \"{ => }\"; return s.Length; }",
        "}",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual([
      "Calc class",
      "Calc.Calc constructor",
      "Calc.Calc.Init function",
      "Calc.Sum method",
      "Calc.Sum.Add function",
      "Calc.Sum.Twice function",
      "Calc.Sum.Twice.Inner function",
      "Calc.Sum.InLambda function",
      "Calc.Sum.Pick function",
      "Calc.Helper method",
    ]);
    expect(blockOf(parsed, "Calc.Sum.Twice.Inner").parentId).toBe("Calc.cs::Calc.Sum.Twice");
  });

  it("treats top-level statements as <module> and their local functions as functions", async () => {
    const parsed = await parseOne(
      "Program.cs",
      ["using System;", 'Console.WriteLine(Add(1, 2));', "int Add(int a, int b) => a + b;", "class Helper { }"].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "Add function", "Helper class"]);
    expect(blockOf(parsed, "<module>").text).toBe('using System;\nConsole.WriteLine(Add(1, 2));\n\n');
  });

  it("gives same-named siblings #2, #3 suffixes (overloads, partial types, #if branches)", async () => {
    const parsed = await parseOne(
      "Log.cs",
      [
        "partial class Log",
        "{",
        "    void Write(string s) { }",
        "    void Write(int i) { }",
        "#if DEBUG",
        "    void Flush() { }",
        "#else",
        "    void Flush() { }",
        "#endif",
        "}",
        "partial class Log { void Write(long l) { } }",
      ].join("\n"),
    );
    expect(symbolsOf(parsed)).toEqual([
      "Log class",
      "Log.Write method",
      "Log.Write#2 method",
      "Log.Flush method",
      "Log.Flush#2 method",
      "Log#2 class",
      "Log#2.Write method",
    ]);
  });
});
