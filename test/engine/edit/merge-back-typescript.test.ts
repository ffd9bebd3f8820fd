import { crlf, doRefusalTest, doTest, type MergeCase, type RefusalCase, editedSketch } from "../../helpers/merge-back.js";

const hub = `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) {}

  @Log()
  deliver(event: object): string {
    return JSON.stringify(event);
  }

  get host(): string {
    return new URL(this.url).host;
  }

  close(): void {
    console.log("closed", this.url);
  }
}

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url));
  }
}

export const double = (x: number) => x * 2;
`;

/** The sketch of Subscriber.deliver; most answers below are it with one edit. */
const deliverSketch = `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string {
    return JSON.stringify(event);
  }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`;

const shapes = `export namespace Shapes {
  export class Circle {
    constructor(readonly radius: number) {}

    area(): number {
      return Math.PI * this.radius ** 2;
    }
  }
}
`;

const counter = "export class Counter {\n\tprivate count = 0;\n\n\tbump(): void {\n\t\tthis.count += 1;\n\t}\n}\n";

const greetings = `export const GRÜSSE = "héllo wörld ✓ 😀";

export function grüße(name: string): string {
  return \`\${GRÜSSE}, \${name}\`;
}

export function shout(name: string): string {
  return grüße(name).toUpperCase();
}
`;

const panel = `import React from "react";

export function Greeting({ name }: { name: string }) {
  return <p className="greeting">Hello, {name}!</p>;
}

export class Panel extends React.Component<{ title: string }> {
  render() {
    return (
      <section>
        <h2>{this.props.title}</h2>
      </section>
    );
  }
}
`;

const cases: MergeCase[] = [
  {
    name: "body edit",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    sketch: deliverSketch,
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string {
    const body = JSON.stringify(event);
    console.log("delivering", body);
    return body;
  }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace("    return JSON.stringify(event);\n", '    const body = JSON.stringify(event);\n    console.log("delivering", body);\n    return body;\n'),
  },
  {
    name: "signature edit",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  async deliver(event: object, timeoutMs = 5000): Promise<string> {
    return JSON.stringify(event);
  }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace("  deliver(event: object): string {", "  async deliver(event: object, timeoutMs = 5000): Promise<string> {"),
  },
  {
    name: "a constructor gains a parameter assigned to a new field, with its import (the paper's ITestOutputHelper case)",
    before: hub,
    block: "hub.ts::Subscriber.constructor",
    sketch: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) {}

  @Log()
  deliver(event: object): string { /* … */ }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    answer: `import { Injectable, Log } from "./decorators";
import type { Logger } from "./logger";

@Injectable()
export class Subscriber {
  private retries = 3;
  private readonly logger: Logger;

  constructor(private readonly url: string, logger: Logger) {
    this.logger = logger;
  }

  @Log()
  deliver(event: object): string { /* … */ }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: `import { Injectable, Log } from "./decorators";
import type { Logger } from "./logger";

@Injectable()
export class Subscriber {
  private retries = 3;
  private readonly logger: Logger;

  constructor(private readonly url: string, logger: Logger) {
    this.logger = logger;
  }

  @Log()
  deliver(event: object): string {
    return JSON.stringify(event);
  }

  get host(): string {
    return new URL(this.url).host;
  }

  close(): void {
    console.log("closed", this.url);
  }
}

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url));
  }
}

export const double = (x: number) => x * 2;
`,
  },
  {
    name: "a constructor caller in another class passes the new argument",
    before: hub,
    block: "hub.ts::Hub.add",
    sketch: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber { /* … */ }

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url));
  }
}

export const double = (x: number) => { /* … */ }
`,
    answer: `import { Injectable, Log } from "./decorators";
import { consoleLogger } from "./logger";

@Injectable()
export class Subscriber { /* … */ }

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url, consoleLogger));
  }
}

export const double = (x: number) => { /* … */ }
`,
    after: hub
      .replace('"./decorators";\n', '"./decorators";\nimport { consoleLogger } from "./logger";\n')
      .replace("new Subscriber(url)", "new Subscriber(url, consoleLogger)"),
  },
  {
    name: "a method added in the middle of a class",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverSketch.replace(
      "    return JSON.stringify(event);\n  }\n",
      "    return JSON.stringify(event);\n  }\n\n  deliverAll(events: object[]): string[] {\n    return events.map((event) => this.deliver(event));\n  }\n",
    ),
    after: hub.replace(
      "    return JSON.stringify(event);\n  }\n",
      "    return JSON.stringify(event);\n  }\n\n  deliverAll(events: object[]): string[] {\n    return events.map((event) => this.deliver(event));\n  }\n",
    ),
  },
  {
    name: "a method added at the end of a class",
    before: hub,
    block: "hub.ts::Hub.add",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber { /* … */ }

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url));
  }

  get size(): number {
    return this.subscribers.length;
  }
}

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace(
      "    this.subscribers.push(new Subscriber(url));\n  }\n",
      "    this.subscribers.push(new Subscriber(url));\n  }\n\n  get size(): number {\n    return this.subscribers.length;\n  }\n",
    ),
  },
  {
    name: "the edited method deleted",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace("  @Log()\n  deliver(event: object): string {\n    return JSON.stringify(event);\n  }\n\n", ""),
  },
  {
    name: "a class sketch: the class decorator changed, a folded member left out is deleted",
    before: hub,
    block: "hub.ts::Subscriber",
    sketch: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string { /* … */ }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    answer: `import { Injectable, Log } from "./decorators";

@Injectable({ providedIn: "root" })
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: hub
      .replace("@Injectable()", '@Injectable({ providedIn: "root" })')
      .replace("  get host(): string {\n    return new URL(this.url).host;\n  }\n\n", ""),
  },
  {
    name: "a method decorator changed",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverSketch.replace("  @Log()\n", '  @Log({ level: "debug" })\n'),
    after: hub.replace("  @Log()\n", '  @Log({ level: "debug" })\n'),
  },
  {
    name: "a decorator added to an accessor",
    before: hub,
    block: "hub.ts::Subscriber.host",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string { /* … */ }

  @Memoize()
  get host(): string {
    return new URL(this.url).host;
  }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace("  get host(): string {", "  @Memoize()\n  get host(): string {"),
  },
  {
    name: "a method of a class in a namespace edited",
    before: shapes,
    block: "shapes.ts::Shapes.Circle.area",
    sketch: `export namespace Shapes {
  export class Circle {
    constructor(readonly radius: number) { /* … */ }

    area(): number {
      return Math.PI * this.radius ** 2;
    }
  }
}
`,
    answer: `export namespace Shapes {
  export class Circle {
    constructor(readonly radius: number) { /* … */ }

    area(): number {
      return Math.PI * this.radius * this.radius;
    }
  }
}
`,
    after: shapes.replace("this.radius ** 2", "this.radius * this.radius"),
  },
  {
    name: "a member added to a class in a namespace",
    before: shapes,
    block: "shapes.ts::Shapes.Circle.area",
    answer: `export namespace Shapes {
  export class Circle {
    constructor(readonly radius: number) { /* … */ }

    area(): number {
      return Math.PI * this.radius ** 2;
    }

    perimeter(): number {
      return 2 * Math.PI * this.radius;
    }
  }
}
`,
    after: shapes.replace(
      "      return Math.PI * this.radius ** 2;\n    }\n",
      "      return Math.PI * this.radius ** 2;\n    }\n\n    perimeter(): number {\n      return 2 * Math.PI * this.radius;\n    }\n",
    ),
  },
  {
    name: "module level: an import and an export added together with a method edit",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: `import { Injectable, Log } from "./decorators";
import { encode } from "./codec";

@Injectable()
export class Subscriber {
  private retries = 3;

  constructor(private readonly url: string) { /* … */ }

  @Log()
  deliver(event: object): string {
    return encode(event);
  }

  get host(): string { /* … */ }

  close(): void { /* … */ }
}

export class Hub { /* … */ }

export const double = (x: number) => { /* … */ }

export type Delivery = ReturnType<Subscriber["deliver"]>;
`,
    after: `${hub
      .replace('"./decorators";\n', '"./decorators";\nimport { encode } from "./codec";\n')
      .replace("return JSON.stringify(event);", "return encode(event);")}
export type Delivery = ReturnType<Subscriber["deliver"]>;
`,
  },
  {
    name: "CRLF file, LF answer: CRLF everywhere, inserted lines included",
    before: crlf(hub),
    block: "hub.ts::Hub.add",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber { /* … */ }

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url.trim()));
  }

  clear(): void {
    this.subscribers.length = 0;
  }
}

export const double = (x: number) => { /* … */ }
`,
    after: crlf(
      hub.replace(
        "    this.subscribers.push(new Subscriber(url));\n  }\n",
        "    this.subscribers.push(new Subscriber(url.trim()));\n  }\n\n  clear(): void {\n    this.subscribers.length = 0;\n  }\n",
      ),
    ),
  },
  {
    name: "tab-indented file, answer indented with two spaces: tabs kept, inserted method in tabs",
    before: counter,
    block: "counter.ts::Counter.bump",
    sketch: "export class Counter {\n\tprivate count = 0;\n\n\tbump(): void {\n\t\tthis.count += 1;\n\t}\n}\n",
    answer: `export class Counter {
  private count = 0;

  bump(by = 1): void {
    this.count += by;
  }

  /**
   * Back to zero; a comment's \` * \` lines keep their one space of alignment.
   */
  reset(): void {
    this.count = 0;
  }
}
`,
    after:
      "export class Counter {\n\tprivate count = 0;\n\n\tbump(by = 1): void {\n\t\tthis.count += by;\n\t}\n\n\t/**\n\t * Back to zero; a comment's ` * ` lines keep their one space of alignment.\n\t */\n\treset(): void {\n\t\tthis.count = 0;\n\t}\n}\n",
  },
  {
    name: "non-ASCII identifiers and strings before the edited block",
    before: greetings,
    block: "greet.ts::shout",
    answer: `export const GRÜSSE = "héllo wörld ✓ 😀";

export function grüße(name: string): string { /* … */ }

export function shout(name: string): string {
  return grüße(name).toUpperCase() + " ‼";
}
`,
    after: greetings.replace("return grüße(name).toUpperCase();", 'return grüße(name).toUpperCase() + " ‼";'),
  },
  {
    name: "TSX: JSX in a method edited, a method added after it",
    before: panel,
    block: "panel.tsx::Panel.render",
    sketch: `import React from "react";

export function Greeting({ name }: { name: string }) { /* … */ }

export class Panel extends React.Component<{ title: string }> {
  render() {
    return (
      <section>
        <h2>{this.props.title}</h2>
      </section>
    );
  }
}
`,
    answer: `import React from "react";

export function Greeting({ name }: { name: string }) { /* … */ }

export class Panel extends React.Component<{ title: string }> {
  render() {
    return (
      <section className="panel">
        <h2>{this.props.title}</h2>
        {this.footer()}
      </section>
    );
  }

  footer() {
    return <Greeting name="panel" />;
  }
}
`,
    after: panel.replace(
      `      <section>
        <h2>{this.props.title}</h2>
      </section>
    );
  }
`,
      `      <section className="panel">
        <h2>{this.props.title}</h2>
        {this.footer()}
      </section>
    );
  }

  footer() {
    return <Greeting name="panel" />;
  }
`,
    ),
  },
  {
    name: "space-indented file, new lines answered with tabs: the file's two spaces",
    before: hub,
    block: "hub.ts::Hub.add",
    answer: `import { Injectable, Log } from "./decorators";

@Injectable()
export class Subscriber { /* … */ }

export class Hub {
  private readonly subscribers: Subscriber[] = [];

  add(url: string): void {
    this.subscribers.push(new Subscriber(url));
  }

\tremove(url: string): void {
\t\tthis.subscribers.splice(this.subscribers.findIndex((s) => s.url === url), 1);
\t}
}

export const double = (x: number) => { /* … */ }
`,
    after: hub.replace(
      "    this.subscribers.push(new Subscriber(url));\n  }\n",
      "    this.subscribers.push(new Subscriber(url));\n  }\n\n  remove(url: string): void {\n    this.subscribers.splice(this.subscribers.findIndex((s) => s.url === url), 1);\n  }\n",
    ),
  },
  {
    name: "a class sketch: the first member of an empty class",
    before: "export class Empty {}\n\nexport function make(): Empty {\n  return new Empty();\n}\n",
    block: "empty.ts::Empty",
    sketch: "export class Empty {}\n\nexport function make(): Empty { /* … */ }\n",
    answer: `export class Empty {
  isEmpty(): boolean {
    return true;
  }
}

export function make(): Empty { /* … */ }
`,
    after: "export class Empty {\n  isEmpty(): boolean {\n    return true;\n  }\n}\n\nexport function make(): Empty {\n  return new Empty();\n}\n",
  },
  {
    name: "an interface sketch shows its method signatures as they are: one changed, one added",
    before: "export interface Shape {\n  readonly name: string;\n  area(): number;\n}\n",
    block: "shape.ts::Shape",
    sketch: "export interface Shape {\n  readonly name: string;\n  area(): number;\n}\n",
    answer: "export interface Shape {\n  readonly name: string;\n  area(precision?: number): number;\n  perimeter(): number;\n}\n",
    after: "export interface Shape {\n  readonly name: string;\n  area(precision?: number): number;\n  perimeter(): number;\n}\n",
  },
];

const deliverAnswer = (edit: (sketch: string) => string) => editedSketch(deliverSketch, edit);

const refusals: RefusalCase[] = [
  {
    name: "an answer that does not parse",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("    return JSON.stringify(event);\n", "    return JSON.stringify(event;\n")),
    refusal: /does not parse \(line 11: /,
  },
  {
    name: "an answer that rewrites a folded member",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("  close(): void { /* … */ }", "  close(): void {\n    this.retries = 0;\n  }")),
    refusal: "it rewrites Subscriber.close, which was folded",
  },
  {
    name: "an answer that changes the header of a folded member",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("  close(): void { /* … */ }", "  close(force: boolean): void { /* … */ }")),
    refusal: "it changes the header of Subscriber.close, which is outside the code to change",
  },
  {
    name: "an answer that leaves out a folded class it was not asked to change",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("export class Hub { /* … */ }\n\n", "")),
    refusal: "it leaves out Hub, which is outside the code to change",
  },
  {
    name: "an answer that adds a member with a folded body",
    before: hub,
    block: "hub.ts::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("  close(): void { /* … */ }\n", "  close(): void { /* … */ }\n\n  open(): void { /* … */ }\n")),
    refusal: "it adds Subscriber.open with a folded body",
  },
  {
    name: "an answer that changes a folded abstract member (no body: shown as it is)",
    before: "export abstract class Shape {\n  abstract area(): number;\n\n  describe(): string {\n    return `area ${this.area()}`;\n  }\n}\n",
    block: "shape.ts::Shape.describe",
    answer: "export abstract class Shape {\n  abstract area(precise: boolean): number;\n\n  describe(): string {\n    return `area ${this.area(true)}`;\n  }\n}\n",
    refusal: "it changes the header of Shape.area, which is outside the code to change",
  },
];

describe("TypeScript merge-back", () => {
  test.each(cases)("$name", doTest);
});

describe("TypeScript merge-back refuses", () => {
  test.each(refusals)("$name", doRefusalTest);
});
