import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("C# namespaces and using directives", () => {
  test("`using` makes a namespace's types visible; a same-named type in another namespace is not meant", async () => {
    const fixture = `
// --- path: src/Orders/Order.cs ---
namespace Shop.Orders
{
    public class Order
    {
        public void Submit() { }
    }
}

// --- path: src/Legacy/Order.cs ---
namespace Shop.Legacy
{
    public class Order
    {
        public void Submit() { }
    }
}

// --- path: src/App/Checkout.cs ---
using System;
using Shop.Orders;

namespace Shop.App
{
    public class Checkout
    {
        public void Run()
        {
            var order = new Order();
            // ^ Instantiates: src/Orders/Order.cs::Order
            // ^ !Instantiates: src/Legacy/Order.cs::Order
            order.Submit();
            // ^ Calls(resolved): src/Orders/Order.cs::Order.Submit
            // ^ !Calls: src/Legacy/Order.cs::Order.Submit
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a file-scoped namespace sees its own namespace and its parents without `using`", async () => {
    const fixture = `
// --- path: src/Shop/Money.cs ---
namespace Shop;

public class Money
{
    public static Money Zero() => new Money();
}

// --- path: src/Shop/Orders/Line.cs ---
namespace Shop.Orders;

public class Line { }

// --- path: src/Shop/Orders/Order.cs ---
namespace Shop.Orders;

public class Order
{
    public Money Total() => Money.Zero();
    // ^ Calls: src/Shop/Money.cs::Money.Zero
    public Line First() => new Line();
    // ^ Instantiates: src/Shop/Orders/Line.cs::Line
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("nested namespace blocks join their names; a fully qualified name needs no `using`", async () => {
    const fixture = `
// --- path: src/Orders.cs ---
namespace Shop
{
    namespace Orders
    {
        public class Order
        {
            public static Order Create() => new Order();
        }
    }
}

// --- path: src/Admin/Tool.cs ---
namespace Admin
{
    public class Tool
    {
        public void Run()
        {
            var order = Shop.Orders.Order.Create();
            // ^ Calls: src/Orders.cs::Order.Create
            var other = new global::Shop.Orders.Order();
            // ^ Instantiates: src/Orders.cs::Order
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a type in the file's own namespace wins over a same-named type of a `using`", async () => {
    const fixture = `
// --- path: src/Billing/Invoice.cs ---
namespace Shop.Billing
{
    public class Invoice
    {
        public void Send() { }
    }
}

// --- path: src/Orders/Invoice.cs ---
namespace Shop.Orders
{
    public class Invoice
    {
        public void Send() { }
    }
}

// --- path: src/Orders/Service.cs ---
using Shop.Billing;

namespace Shop.Orders
{
    public class Service
    {
        public void Close(Invoice invoice)
        {
            invoice.Send();
            // ^ Calls: src/Orders/Invoice.cs::Invoice.Send
            // ^ !Calls: src/Billing/Invoice.cs::Invoice.Send
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("`using Alias = Ns.Type;` stands for the type", async () => {
    const fixture = `
// --- path: src/Orders/Order.cs ---
namespace Shop.Orders
{
    public class Order
    {
        public static Order Create() => new Order();
        public void Submit() { }
    }
}

// --- path: src/App.cs ---
using Ord = Shop.Orders.Order;
// ^ Uses: src/Orders/Order.cs::Order

namespace App
{
    public class Runner
    {
        public void Run()
        {
            var fresh = new Ord();
            // ^ Instantiates: src/Orders/Order.cs::Order
            Ord.Create().Submit();
            // ^ Calls: src/Orders/Order.cs::Order.Create
            // ^ Calls: src/Orders/Order.cs::Order.Submit
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("`using static` makes a type's static members visible unqualified", async () => {
    const fixture = `
// --- path: src/Util/Format.cs ---
namespace Shop.Util
{
    public static class Format
    {
        public static readonly string Currency = "EUR";
        public static string Money(decimal amount) => amount + Currency;
    }
}

// --- path: src/Receipt.cs ---
using static Shop.Util.Format;

namespace Shop
{
    public class Receipt
    {
        public string Line(decimal amount)
        {
            return Money(amount) + Currency;
            // ^ Calls: src/Util/Format.cs::Format.Money
            // ^ Uses: src/Util/Format.cs::Format
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("`global using` in one file applies to every file of the project", async () => {
    const fixture = `
// --- path: src/GlobalUsings.cs ---
global using Shop.Orders;

// --- path: src/Orders/Order.cs ---
namespace Shop.Orders
{
    public class Order
    {
        public void Submit() { }
    }
}

// --- path: src/App/Runner.cs ---
namespace Shop.App
{
    public class Runner
    {
        public void Run(Order order)
        {
            order.Submit();
            // ^ Calls: src/Orders/Order.cs::Order.Submit
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
