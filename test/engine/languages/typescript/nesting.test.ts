import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("TypeScript nesting", () => {
  test("functions and classes inside functions and methods are blocks; arrow consts inside them are not", async () => {
    const parsed = await parseOne(
      "src/app.ts",
      `export function createApp(config: Config) {
  const handle = (req: Request) => respond(req);
  function route(path: string) {
    function match() {
      return path;
    }
    return match();
  }
  class Router {
    add(path: string) {
      return route(path);
    }
  }
  return new Router();
}

class Outer {
  build() {
    class Inner {
      run() {
        items.forEach(() => {
          function step() {}
        });
      }
    }
    return Inner;
  }
}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "createApp function",
      "createApp.route function",
      "createApp.route.match function",
      "createApp.Router class",
      "createApp.Router.add method",
      "Outer class",
      "Outer.build method",
      "Outer.build.Inner class",
      "Outer.build.Inner.run method",
      "Outer.build.Inner.run.step function",
    ]);
    expect(normalised(blockOf(parsed, "createApp").text)).toBe(
      [
        "export function createApp(config: Config) {",
        "  const handle = (req: Request) => respond(req);",
        "  return new Router();",
        "}",
      ].join("\n"),
    );
    expect(blockOf(parsed, "createApp.route.match").parentId).toBe("src/app.ts::createApp.route");
    expect(blockOf(parsed, "Outer.build.Inner.run").parentId).toBe("src/app.ts::Outer.build.Inner");
    expect(normalised(blockOf(parsed, "Outer.build.Inner.run").text)).toBe(
      ["run() {", "        items.forEach(() => {", "        });", "      }"].join("\n"),
    );
  });

  test("a function const holds the functions declared in its body", async () => {
    const parsed = await parseOne("a.ts", "export const main = async () => {\n  function usage() {}\n  usage();\n};\n");
    expect(symbolsOf(parsed)).toEqual(["main function", "main.usage function"]);
    expect(normalised(blockOf(parsed, "main").text)).toBe("export const main = async () => {\n  usage();\n};");
  });

  test("namespace members are Namespace.member, the namespace a class-kind block", async () => {
    const parsed = await parseOne(
      "src/shapes.ts",
      `export namespace Shapes {
  export const unit = 1;
  export function area(r: number): number {
    return r * r;
  }
  export const perimeter = (r: number) => 2 * r;
  export interface Circle {
    radius(): number;
  }
  namespace Inner.Deep {
    export class Box {}
  }
}

declare module "express" {
  interface Request {
    user?: string;
  }
}

declare global {
  function gtag(...args: unknown[]): void;
}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "Shapes class",
      "Shapes.area function",
      "Shapes.perimeter function",
      "Shapes.Circle interface",
      "Shapes.Circle.radius signature",
      "Shapes.Inner.Deep class",
      "Shapes.Inner.Deep.Box class",
      `"express" class`,
      `"express".Request interface`,
      "global class",
      "global.gtag signature",
    ]);
    expect(normalised(blockOf(parsed, "Shapes").text)).toBe(
      ["export namespace Shapes {", "  export const unit = 1;", "}"].join("\n"),
    );
    expect(blockOf(parsed, "Shapes").signature).toBe("export namespace Shapes");
    expect(blockOf(parsed, "global").signature).toBe("declare global");
    expect(blockOf(parsed, "Shapes.Inner.Deep.Box").parentId).toBe("src/shapes.ts::Shapes.Inner.Deep");
  });

  test("function declarations inside field initialisers and static blocks belong to the class", async () => {
    const parsed = await parseOne(
      "a.ts",
      "class Widget {\n  onClick = () => {\n    function track() {}\n  };\n  static {\n    function boot() {}\n  }\n}\n",
    );
    expect(symbolsOf(parsed)).toEqual(["Widget class", "Widget.track function", "Widget.boot function"]);
    expect(normalised(blockOf(parsed, "Widget").text)).toBe(
      ["class Widget {", "  onClick = () => {", "  };", "  static {", "  }", "}"].join("\n"),
    );
  });

  test("same-named nested functions in one scope get #2", async () => {
    const parsed = await parseOne("a.ts", "function outer() {\n  if (a) {\n    function pick() {}\n  } else {\n    function pick() {}\n  }\n}\n");
    expect(symbolsOf(parsed)).toEqual(["outer function", "outer.pick function", "outer.pick#2 function"]);
  });
});
