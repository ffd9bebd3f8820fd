import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("C# class hierarchy", () => {
  test("the parts of a partial class share their members and bases", async () => {
    const fixture = `
// --- path: src/Report.Data.cs ---
namespace Shop.Reports
{
    public partial class Report : Document
    {
        private string Load() => "rows";
    }
}

// --- path: src/Report.Render.cs ---
namespace Shop.Reports
{
    public partial class Report
    {
        public string Render()
        {
            Print();
            // ^ Calls: src/Document.cs::Document.Print
            return Load();
            // ^ Calls: src/Report.Data.cs::Report.Load
        }
    }
}

// --- path: src/Document.cs ---
namespace Shop.Reports
{
    public class Document
    {
        public void Print() { }
    }
}

// --- path: src/App.cs ---
using Shop.Reports;

public class App
{
    public string Show() => new Report().Render();
    // ^ Instantiates: src/Report.Data.cs::Report
    // ^ Calls: src/Report.Render.cs::Report.Render
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("generic base classes and interfaces are bases without their arguments", async () => {
    const fixture = `
// --- path: src/Data.cs ---
namespace Shop.Data
{
    public interface IEntity<TKey> { }

    public class Repository<T>
    {
        public void Save(T item) { }
    }

    public class Order : IEntity<int> { }
    // ^ DerivedClassOf: src/Data.cs::IEntity

    public class OrderRepository : Repository<Order>, System.IComparable<OrderRepository>
    // ^ DerivedClassOf: src/Data.cs::Repository
    // ^ Uses: src/Data.cs::Order
    {
        public void Store(Order order)
        {
            Save(order);
            // ^ Calls: src/Data.cs::Repository.Save
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an override overrides the abstract method, and a call on the concrete type calls the override", async () => {
    const fixture = `
// --- path: src/Handlers/Handler.cs ---
namespace Shop.Handlers
{
    public abstract class Handler
    {
        public abstract void Process(string order);
    }
}

// --- path: src/Handlers/PaymentHandler.cs ---
namespace Shop.Handlers
{
    public class PaymentHandler : Handler
    {
        public override void Process(string order) { }
        // ^ Overrides: src/Handlers/Handler.cs::Handler.Process
    }
}

// --- path: tests/HandlerTests.cs ---
using Shop.Handlers;

public class HandlerTests
{
    public void Pays()
    {
        new PaymentHandler().Process("o1");
        // ^ Calls: src/Handlers/PaymentHandler.cs::PaymentHandler.Process
        // ^ !Calls: src/Handlers/Handler.cs::Handler.Process
    }

    public void Runs(Handler handler)
    {
        handler.Process("o2");
        // ^ Calls: src/Handlers/Handler.cs::Handler.Process
        // ^ !Calls: src/Handlers/PaymentHandler.cs::PaymentHandler.Process
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("interface implementations and virtual/override chains override the nearest declaration", async () => {
    const fixture = `
// --- path: src/Shapes.cs ---
namespace Shapes
{
    public interface IShape
    {
        double Area();
    }

    public class Shape : IShape
    {
        public virtual double Area() => 0;
        // ^ Overrides: src/Shapes.cs::IShape.Area
    }

    public class Square : Shape
    {
        public override double Area() => 1;
        // ^ Overrides: src/Shapes.cs::Shape.Area
        // ^ !Overrides: src/Shapes.cs::IShape.Area
    }

    public class Label
    {
        public double Area() => 2;
        // ^ !Overrides: src/Shapes.cs::Shape.Area
        // ^ !Overrides: src/Shapes.cs::IShape.Area
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("`: this(…)` calls a sibling constructor, `: base(…)` the base constructor", async () => {
    const fixture = `
// --- path: src/Accounts.cs ---
namespace Bank
{
    public class Account
    {
        public Account(string id) { }
    }

    public class Savings : Account
    {
        public Savings(string id, decimal rate) : base(id)
        // ^ Calls: src/Accounts.cs::Account.Account
        // ^ Construct: src/Accounts.cs::Savings
        {
        }

        public Savings(string id) : this(id, 0.01m)
        // ^ Calls: src/Accounts.cs::Savings.Savings
        {
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a base call goes to the base class's method", async () => {
    const fixture = `
// --- path: src/Views.cs ---
namespace Ui
{
    public class View
    {
        public virtual void Draw() { }
    }

    public class Button : View
    {
        public override void Draw()
        {
            base.Draw();
            // ^ Calls: src/Views.cs::View.Draw
            // ^ !Calls: src/Views.cs::Button.Draw
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
