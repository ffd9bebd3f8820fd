import { checkFixture } from "../../../helpers/resolution-fixture.js";

const MODELS = `
// --- path: src/Models.cs ---
namespace Shop.Models
{
    public class Order { }
    public class Customer { }
    public class Invoice { }
    public class Receipt { }
    public class Refund { }
    public class T { }
}
`;

describe("C# type references", () => {
  test("parameter, return, field, property and generic argument types use their classes", async () => {
    const fixture = `${MODELS}
// --- path: src/Billing.cs ---
using System.Collections.Generic;
using System.Threading.Tasks;
using Shop.Models;

namespace Shop
{
    public class Billing<T>
    {
        private readonly Dictionary<string, List<Invoice>> _byCustomer;
        // ^ Uses: src/Models.cs::Invoice
        public Customer Owner { get; set; }
        // ^ Uses: src/Models.cs::Customer
        private T _pending;
        // ^ !Uses: src/Models.cs::T

        public Task<Receipt> Charge(Order order) => null;
        // ^ Uses: src/Models.cs::Receipt
        // ^ Uses: src/Models.cs::Order
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("typeof, casts, `as`, `is` and `default(T)` use their classes", async () => {
    const fixture = `${MODELS}
// --- path: src/Checks.cs ---
using System;
using Shop.Models;

namespace Shop
{
    public class Checks
    {
        public Type Kind() => typeof(Invoice);
        // ^ Uses: src/Models.cs::Invoice

        public object Convert(object value)
        {
            var order = (Order)value;
            // ^ Uses: src/Models.cs::Order
            var refund = value as Refund;
            // ^ Uses: src/Models.cs::Refund
            if (value is Receipt) return null;
            // ^ Uses: src/Models.cs::Receipt
            return default(Customer);
            // ^ Uses: src/Models.cs::Customer
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an attribute names its class with or without the Attribute suffix", async () => {
    const fixture = `
// --- path: src/Testing/Attributes.cs ---
using System;

namespace Testing
{
    public class FactAttribute : Attribute { }
    public class Trait : Attribute { }
}

// --- path: tests/OrderTests.cs ---
using Testing;

public class OrderTests
{
    [Fact]
    // ^ Uses: src/Testing/Attributes.cs::FactAttribute
    public void Places() { }

    [Trait]
    // ^ Uses: src/Testing/Attributes.cs::Trait
    public void Tagged() { }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
