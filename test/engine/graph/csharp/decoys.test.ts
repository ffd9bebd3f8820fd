import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("C# decoys that must not resolve", () => {
  test("a method of the same name on an unrelated class is not called through a typed receiver", async () => {
    const fixture = `
// --- path: src/Payments.cs ---
namespace Shop
{
    public class PaymentGateway
    {
        public void Charge(decimal amount) { }
    }

    public class GiftCard
    {
        public void Charge(decimal amount) { }
    }

    public class Checkout
    {
        private readonly PaymentGateway _gateway;

        public void Pay(decimal amount)
        {
            _gateway.Charge(amount);
            // ^ Calls(resolved): src/Payments.cs::PaymentGateway.Charge
            // ^ !Calls: src/Payments.cs::GiftCard.Charge
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a local or parameter shadows a member of the same name", async () => {
    const fixture = `
// --- path: src/Jobs.cs ---
namespace Jobs
{
    public class Job
    {
        public void Run() { }
    }

    public class Task2
    {
        public void Run() { }
    }

    public class Runner
    {
        private readonly Task2 worker;

        public void Start(Job worker)
        {
            worker.Run();
            // ^ Calls: src/Jobs.cs::Job.Run
            // ^ !Calls: src/Jobs.cs::Task2.Run
            // ^ !Uses: src/Jobs.cs::Runner
        }

        public void Restart()
        {
            var Process = new Job();
            Process.Run();
            // ^ Calls: src/Jobs.cs::Job.Run
            // ^ !Calls: src/Jobs.cs::Runner.Process
        }

        public void Process() { }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an untyped receiver links name-only to a few candidates, and to none when there are too many", async () => {
    const fixture = `
// --- path: src/Steps.cs ---
namespace Flow
{
    public class Parse { public void Execute() { } public void Rollback() { } }
    public class Check { public void Execute() { } public void Rollback() { } }
    public class Store { public void Execute() { } }
    public class Notify { public void Execute() { } }
}

// --- path: src/Engine.cs ---
using System.Collections.Generic;

namespace Flow
{
    public class Engine
    {
        public void Run(IEnumerable<object> steps)
        {
            foreach (var step in steps)
            {
                step.Rollback();
                // ^ Calls(name-only): src/Steps.cs::Parse.Rollback
                // ^ Calls(name-only): src/Steps.cs::Check.Rollback
                step.Execute();
                // ^ !Calls: src/Steps.cs::Parse.Execute
                // ^ !Calls: src/Steps.cs::Store.Execute
            }
        }

        public void Late(dynamic step)
        {
            step.Rollback();
            // ^ Calls(name-only): src/Steps.cs::Parse.Rollback
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("framework receivers (collections, Console, Task) never link to repository methods by name", async () => {
    const fixture = `
// --- path: src/Pipeline.cs ---
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Flow
{
    public class Pipeline
    {
        private readonly List<string> _names = new List<string>();

        public Pipeline Add(string name) => this;

        public static void WriteLine(string text) { }

        public static Task Delay(int ms) => null;

        public async Task Run(string name)
        {
            _names.Add(name);
            // ^ !Calls: src/Pipeline.cs::Pipeline.Add
            Console.WriteLine(name);
            // ^ !Calls: src/Pipeline.cs::Pipeline.WriteLine
            await Task.Delay(1);
            // ^ !Calls: src/Pipeline.cs::Pipeline.Delay
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a class of the same name in a namespace the file does not import is not meant", async () => {
    const fixture = `
// --- path: src/Billing/Invoice.cs ---
namespace Billing
{
    public class Invoice
    {
        public void Send() { }
    }
}

// --- path: src/Shipping/Label.cs ---
namespace Shipping
{
    public class Label
    {
        public void Print(Invoice invoice)
        {
            invoice.Send();
            // ^ !Calls: src/Billing/Invoice.cs::Invoice.Send
            var copy = new Invoice();
            // ^ !Instantiates: src/Billing/Invoice.cs::Invoice
        }
    }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
