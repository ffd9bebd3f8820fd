import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("TypeScript callbacks, module-level statements and JSX", () => {
  test("test(...) callbacks at module level are <module>; names bound inside them type their receivers", async () => {
    const fixture = `
// --- path: src/config/loader.ts ---
export class ConfigLoader {
  constructor(private readonly text: string) {}
  readConfig(): string {
    return this.text;
  }
  get readCount(): number {
    return 1;
  }
}

// --- path: test/harness.ts ---
export function test(name: string, fn: () => void | Promise<void>): void {}

// --- path: test/loader.test.ts ---
import { ConfigLoader } from "../src/config/loader";
import { test } from "./harness";

test("reads", () => {
// ^ Calls(resolved): test/harness.ts::test
  const loader = new ConfigLoader("{}");
  // ^ Instantiates(resolved): src/config/loader.ts::ConfigLoader
  try {
    loader.readConfig();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
  } catch (err) {
    console.log(err);
  }
});

test("counts", async () => {
  const deps = { loader: new ConfigLoader("{}") };
  await Promise.resolve(deps.loader.readCount);
  // ^ Calls(name-only): src/config/loader.ts::ConfigLoader.readCount
});
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a callback's parameters and locals belong to the enclosing function; nested function declarations are blocks", async () => {
    const fixture = `
// --- path: src/orders.ts ---
export class Order {
  total(): number {
    return 1;
  }
}

export function sum(orders: Order[]): number {
  return orders.reduce((acc, order: Order) => {
    const value = order.total();
    // ^ Calls(resolved): src/orders.ts::Order.total
    return acc + value;
  }, 0);
}

export function outer(): number {
  function inner(order: Order): number {
    return order.total();
  }
  return inner(new Order());
  // ^ Calls(resolved): src/orders.ts::outer.inner
  // ^ Instantiates(resolved): src/orders.ts::Order
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("JSX elements render components (calls) and class components (instantiations); attributes are walked", async () => {
    const fixture = `
// --- path: src/components/Button.tsx ---
export function Button(props: { label: string; onClick: () => void }) {
  return <button onClick={props.onClick}>{props.label}</button>;
}

// --- path: src/components/Panel.tsx ---
import * as React from "react";
export class Panel extends React.Component {
  render() {
    return <div />;
  }
}
export const Icons = { Star: () => <span /> };

// --- path: src/App.tsx ---
import { Button } from "./components/Button";
import { Panel } from "./components/Panel";

function track(event: string): void {}

export function App() {
  return (
    <Panel>
    // ^ Instantiates(resolved): src/components/Panel.tsx::Panel
      <Button label="Save" onClick={() => track("save")} />
      // ^ Calls(resolved): src/components/Button.tsx::Button
      // ^ Calls(resolved): src/App.tsx::track
    </Panel>
  );
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("JavaScript JSX and member-expression component names", async () => {
    const fixture = `
// --- path: src/ui.jsx ---
export function Header() {
  return <h1>Title</h1>;
}
export function Footer() {
  return <footer />;
}

// --- path: src/page.jsx ---
import { Header } from "./ui";
import * as ui from "./ui";

export function Page() {
  return (
    <main>
      <Header />
      // ^ Calls(resolved): src/ui.jsx::Header
      <ui.Footer></ui.Footer>
      // ^ Calls(resolved): src/ui.jsx::Footer
    </main>
  );
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
