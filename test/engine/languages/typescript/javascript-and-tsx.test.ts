import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("JavaScript and TSX", () => {
  test("JavaScript classes, methods, decorators and function consts", async () => {
    const parsed = await parseOne(
      "src/cart.js",
      `import { total } from "./money.js";

@sealed
export class Cart {
  items = [];
  static #count = 0;

  @bound
  add(item) {
    this.items.push(item);
  }

  get size() {
    return this.items.length;
  }

  static async *stream() {}
}

export const summary = (cart) => total(cart.items);
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "Cart class",
      "Cart.add method",
      "Cart.size accessor",
      "Cart.stream method",
      "summary function",
    ]);
    expect(blockOf(parsed, "Cart.add").text).toBe("@bound\n  add(item) {\n    this.items.push(item);\n  }");
    expect(normalised(blockOf(parsed, "Cart").text)).toBe(
      ["@sealed", "export class Cart {", "  items = [];", "  static #count = 0;", "}"].join("\n"),
    );
    expect(parsed.language).toBe("javascript");
  });

  test("CommonJS exports of functions are blocks; `module.exports = …` is `default`", async () => {
    const parsed = await parseOne(
      "lib/index.cjs",
      `"use strict";
const helpers = require("./helpers");

module.exports = function createServer(options) {
  return helpers.listen(options);
};
module.exports.close = (server) => server.close();
exports.version = function () {
  return "1.0";
};
exports.name = "server";
Server.prototype.start = function () {};
module.exports.Client = class {
  connect() {}
};
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "default function",
      "close function",
      "version function",
      "Client class",
      "Client.connect method",
    ]);
    expect(blockOf(parsed, "default").signature).toBe("module.exports = function createServer(options)");
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [
        `"use strict";`,
        `const helpers = require("./helpers");`,
        `exports.name = "server";`,
        "Server.prototype.start = function () {};",
      ].join("\n"),
    );
  });

  test("TSX components are function blocks and functions declared inside JSX callbacks nest in them", async () => {
    const parsed = await parseOne(
      "src/App.tsx",
      `import React from "react";

export const App = ({ title }: Props) => (
  <div
    onClick={() => {
      function track() {}
      track();
    }}
  >
    {title}
  </div>
);

export function List<T,>({ items }: { items: T[] }) {
  return <ul>{items.map((item) => <li>{String(item)}</li>)}</ul>;
}

export default class Page extends React.Component<Props> {
  render() {
    return <App title="x" />;
  }
}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "App function",
      "App.track function",
      "List function",
      "Page class",
      "Page.render method",
    ]);
    expect(parsed.language).toBe("tsx");
    expect(blockOf(parsed, "App").signature).toBe("export const App = ({ title }: Props) =>");
    expect(blockOf(parsed, "List").signature).toBe("export function List<T,>({ items }: { items: T[] })");
    expect(parsed.problems).toEqual([]);
  });
});
