import { checkFixture } from "../../../helpers/resolution-fixture.js";

const ORDERS = `
// --- path: src/Orders/Order.cs ---
namespace Shop.Orders
{
    public enum OrderStatus { Pending, Done }

    public class Customer
    {
        public string Name { get; set; }
        public void Notify() { }
    }

    public class Order
    {
        public int Id { get; set; }
        public Customer Customer { get; set; }
        public OrderStatus Status { get; set; }
        public void Submit() { }
    }

    public interface IOrderRepository
    {
        void Save(Order order);
        Order Find(int id);
        System.Threading.Tasks.Task<Order> FindAsync(int id);
    }
}
`;

describe("C# receiver types", () => {
  test("fields are members of the enclosing class, qualified with `this` or not", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/OrderService.cs ---
namespace Shop.Orders
{
    public class OrderService
    {
        private readonly IOrderRepository _repo;

        public OrderService(IOrderRepository repo)
        {
            _repo = repo;
            // ^ Uses: src/Orders/OrderService.cs::OrderService
        }

        public void Place(Order order)
        {
            _repo.Save(order);
            // ^ Calls: src/Orders/Order.cs::IOrderRepository.Save
        }

        public void PlaceAgain(Order order)
        {
            this._repo.Save(order);
            // ^ Calls: src/Orders/Order.cs::IOrderRepository.Save
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("properties type their chains; a getter body is class-block code with its own locals", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Invoice.cs ---
namespace Shop.Orders
{
    public class Invoice
    {
        public Order Order { get; set; }

        public string CustomerName
        {
            get
            {
                var customer = Order.Customer;
                // ^ Uses: src/Orders/Order.cs::Order
                customer.Notify();
                // ^ Calls: src/Orders/Order.cs::Customer.Notify
                return customer.Name;
            }
        }

        public void Send()
        {
            Order.Customer.Notify();
            // ^ Calls: src/Orders/Order.cs::Customer.Notify
            // ^ Uses: src/Orders/Invoice.cs::Invoice
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("locals are typed by `new`, by their declared type, by a call's return type and through `await`", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Worker.cs ---
using System.Threading.Tasks;

namespace Shop.Orders
{
    public class Worker
    {
        public void Make()
        {
            var made = new Order();
            made.Submit();
            // ^ Calls: src/Orders/Order.cs::Order.Submit
            Customer typed = made.Customer;
            typed.Notify();
            // ^ Calls: src/Orders/Order.cs::Customer.Notify
        }

        public void Find(IOrderRepository repo)
        {
            var found = repo.Find(1);
            found.Submit();
            // ^ Calls: src/Orders/Order.cs::Order.Submit
        }

        public async Task Await(IOrderRepository repo)
        {
            var awaited = await repo.FindAsync(2);
            // ^ Calls: src/Orders/Order.cs::IOrderRepository.FindAsync
            awaited.Customer.Notify();
            // ^ Calls: src/Orders/Order.cs::Customer.Notify
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("foreach variables are typed when declared or when the sequence's element type is declared", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Batch.cs ---
using System.Collections.Generic;

namespace Shop.Orders
{
    public class Batch
    {
        private readonly List<Order> _orders = new List<Order>();
        // ^ Uses: src/Orders/Order.cs::Order

        public void SubmitAll(Customer[] customers)
        {
            foreach (var order in _orders)
            {
                order.Submit();
                // ^ Calls: src/Orders/Order.cs::Order.Submit
            }
            foreach (var customer in customers)
            {
                customer.Notify();
                // ^ Calls: src/Orders/Order.cs::Customer.Notify
            }
        }

        public void SubmitItems(IEnumerable<object> items)
        {
            foreach (Order item in items)
            {
                item.Submit();
                // ^ Calls: src/Orders/Order.cs::Order.Submit
            }
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("out variables, pattern variables, using and catch variables are typed bindings", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Checks.cs ---
using System;

namespace Shop.Orders
{
    public class OrderException : Exception
    {
        public void Log() { }
    }

    public class Scope : IDisposable
    {
        public void Dispose() { }
        public void Commit() { }
    }

    public class Checks
    {
        private bool TryGet(int id, out Order order) { order = null; return false; }

        public void Run(object value)
        {
            if (TryGet(1, out Order found)) found.Submit();
            // ^ Calls: src/Orders/Checks.cs::Checks.TryGet
            // ^ Calls: src/Orders/Order.cs::Order.Submit
            if (value is Customer customer) customer.Notify();
            // ^ Calls: src/Orders/Order.cs::Customer.Notify
        }

        public void Switch(object value)
        {
            switch (value)
            {
                case Order order:
                    order.Submit();
                    // ^ Calls: src/Orders/Order.cs::Order.Submit
                    break;
            }
            using (var scope = new Scope())
            {
                scope.Commit();
                // ^ Calls: src/Orders/Checks.cs::Scope.Commit
            }
            try { } catch (OrderException error) { error.Log(); }
            // ^ Calls: src/Orders/Checks.cs::OrderException.Log
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("generic types are stripped: ILogger<T> is ILogger, Task<T> is T, T? is T", async () => {
    const fixture = `
// --- path: src/Logging/ILogger.cs ---
namespace Shop.Logging
{
    public interface ILogger<T>
    {
        void Info(string message);
    }
}

// --- path: src/Orders/Order.cs ---
namespace Shop.Orders
{
    public class Order
    {
        public void Submit() { }
    }
}

// --- path: src/Orders/OrderService.cs ---
using System.Threading.Tasks;
using Shop.Logging;

namespace Shop.Orders
{
    public class OrderService
    {
        private readonly ILogger<OrderService> _logger;

        public async Task<Order> Load() => new Order();

        public void Run(Order? maybe)
        {
            _logger.Info("run");
            // ^ Calls: src/Logging/ILogger.cs::ILogger.Info
            maybe.Submit();
            // ^ Calls: src/Orders/Order.cs::Order.Submit
        }

        public async Task RunLoaded()
        {
            (await Load()).Submit();
            // ^ Calls: src/Orders/OrderService.cs::OrderService.Load
            // ^ Calls: src/Orders/Order.cs::Order.Submit
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a target-typed `new()` instantiates the declared type", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Desk.cs ---
namespace Shop.Orders
{
    public class Desk
    {
        private readonly Customer _walkIn = new();
        // ^ Instantiates: src/Orders/Order.cs::Customer

        public Order Open()
        {
            return new();
            // ^ Instantiates: src/Orders/Order.cs::Order
        }

        public void Fill()
        {
            Order order = new();
            // ^ Instantiates: src/Orders/Order.cs::Order
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("object initializers set members of the created object", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Factory.cs ---
namespace Shop.Orders
{
    public class Factory
    {
        public Order Make()
        {
            return new Order
            // ^ Instantiates: src/Orders/Order.cs::Order
            {
                Id = 7,
                // ^ Uses: src/Orders/Order.cs::Order
                Customer = new Customer { Name = "Ann" },
                // ^ Instantiates: src/Orders/Order.cs::Customer
                // ^ Uses: src/Orders/Order.cs::Customer
            };
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("static members and enum members are reached through their type", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Rules.cs ---
namespace Shop.Orders
{
    public static class Rules
    {
        public static bool IsOpen(Order order) => order.Status == OrderStatus.Pending;
        // ^ Uses: src/Orders/Order.cs::OrderStatus
        // ^ Uses: src/Orders/Order.cs::Order
    }

    public class Gate
    {
        public bool Check(Order order) => Rules.IsOpen(order);
        // ^ Calls: src/Orders/Rules.cs::Rules.IsOpen
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("lambdas belong to the enclosing method; nameof refers to the member", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Bulk.cs ---
using System.Collections.Generic;

namespace Shop.Orders
{
    public class Bulk
    {
        private readonly IOrderRepository _repo;

        public void SaveAll(List<Order> orders)
        {
            orders.ForEach(o => _repo.Save(o));
            // ^ Calls: src/Orders/Order.cs::IOrderRepository.Save
            var label = nameof(Order.Customer);
            // ^ Uses: src/Orders/Order.cs::Order
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a local function is called by name from its method", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/Report.cs ---
namespace Shop.Orders
{
    public class Report
    {
        public string Render(Order order)
        {
            return Header(order.Id) + "!";
            // ^ Calls: src/Orders/Report.cs::Report.Render.Header

            static string Header(int id) => "#" + id;
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("extension methods: a static call resolves; an instance-style call is a name-only call", async () => {
    const fixture = `${ORDERS}
// --- path: src/Orders/OrderExtensions.cs ---
namespace Shop.Orders
{
    public static class OrderExtensions
    {
        public static string Describe(this Order order) => "order " + order.Id;
    }

    public class Printer
    {
        public string Print(Order order)
        {
            return OrderExtensions.Describe(order);
            // ^ Calls(resolved): src/Orders/OrderExtensions.cs::OrderExtensions.Describe
        }

        public string PrintShort(Order order)
        {
            return order.Describe();
            // ^ Calls(name-only): src/Orders/OrderExtensions.cs::OrderExtensions.Describe
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
