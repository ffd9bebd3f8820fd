import type { Parameter } from "../../../src/engine/classify/contract.js";
import { argumentFor } from "../../../src/engine/impact/argument-source.js";
import { callArguments, type CallArguments } from "../../../src/engine/edit/call-arguments.js";
import type { LanguageId } from "../../../src/engine/model/block.js";

/** `callArguments` on the first line of `text` (or `line`), as `[positional texts, {keyword: text}]`. */
function argsOf(language: LanguageId, text: string, name: string, line = 1): [string[], Record<string, string>] | undefined {
  const args = callArguments({ text, line, name, language });
  if (!args) return undefined;
  return [args.positional.map((argument) => argument.text), Object.fromEntries([...args.keyword].map(([key, argument]) => [key, argument.text]))];
}

describe("callArguments: the arguments of a call as written", () => {
  test.each<[string, LanguageId, string, string, [string[], Record<string, string>] | undefined]>([
    ["positional arguments, a nested call", "python", "send(make_config(), '/labels')", "send", [["make_config()", "'/labels'"], {}]],
    ["keyword arguments after positional ones", "python", "send(cfg, path='/k', retry=a == b)", "send", [["cfg"], { path: "'/k'", retry: "a == b" }]],
    ["commas and brackets inside strings and nested brackets", "python", 'send("a,(b", f(x, y), [1, 2], {"k": (3, 4)})', "send", [['"a,(b"', "f(x, y)", "[1, 2]", '{"k": (3, 4)}'], {}]],
    ["a method call through a receiver", "python", "self.client.send(self.config)", "send", [["self.config"], {}]],
    ["a triple-quoted string holding a quote and a parenthesis", "python", 'send("""it\'s (here""", x)', "send", [['"""it\'s (here"""', "x"], {}]],
    ["no arguments", "python", "send()", "send", [[], {}]],
    ["a name that only ends like the callee is not its call", "python", "resend(a)", "send", undefined],
    ["two calls of the callee on one line", "python", "send(a) or send(b)", "send", undefined],
    ["a spread sequence", "python", "send(*args)", "send", undefined],
    ["a spread mapping", "python", "send(cfg, **options)", "send", undefined],
    ["a list that does not close", "python", "send(a, (b", "send", undefined],
    ["generic arguments, a template literal and an object literal", "typescript", "send<Config>({ a: 1, b: [2, 3] }, `/x`)", "send", [["{ a: 1, b: [2, 3] }", "`/x`"], {}]],
    ["a template literal with a substitution is not followed", "typescript", "send(cfg, `/${path}`)", "send", undefined],
    ["a spread array", "typescript", "send(...args)", "send", undefined],
    ["a block comment between arguments", "typescript", "send(cfg /* the ) config, */, path)", "send", [["cfg", "path"], {}]],
    ["named arguments and ref/out modifiers", "csharp", "Send(ref total, out var result, path: \"/x\")", "Send", [["total", "result"], { path: '"/x"' }]],
    ["a verbatim string with a doubled quote", "csharp", 'Send(@"a"",b", x)', "Send", [['@"a"",b"', "x"], {}]],
  ])("%s (%s)", (_title, language, text, name, expected) => {
    expect(argsOf(language, text, name)).toEqual(expected);
  });

  test("an argument list over several lines: comments skipped, each argument with the lines it spans", () => {
    const text = ["result = send(", "    cfg,  # the config, (really)", "    build(", "        x,", "    ),", ")", ""].join("\n");
    const args = callArguments({ text, line: 1, name: "send", language: "python" });
    expect(args?.positional).toEqual([
      { text: "cfg", offset: text.indexOf("cfg"), startLine: 2, endLine: 2 },
      { text: "build(\n        x,\n    )", offset: text.indexOf("build"), startLine: 3, endLine: 5 },
    ]);
  });

  test("the call is looked for on the given line only", () => {
    const text = "x = 1\ny = send(a)\n";
    expect(argsOf("python", text, "send", 1)).toBeUndefined();
    expect(argsOf("python", text, "send", 2)).toEqual([["a"], {}]);
  });
});

describe("argumentFor: the argument written for one parameter", () => {
  const parameter = (name: string, kind: Parameter["kind"] = "positional"): Parameter => ({ name, kind, optional: false, modifiers: [] });
  const call = (positional: string[], keyword: Record<string, string> = {}): CallArguments => ({
    positional: positional.map((text) => ({ text, offset: 0, startLine: 1, endLine: 1 })),
    keyword: new Map(Object.entries(keyword).map(([key, text]) => [key, { text, offset: 0, startLine: 1, endLine: 1 }])),
  });
  const send = [parameter("self", "receiver"), parameter("config"), parameter("path"), parameter("timeout", "keyword-only")];

  test.each<[string, CallArguments, string, string | undefined]>([
    ["by position, the receiver not counted", call(["cfg", "'/p'"]), "config", "cfg"],
    ["by keyword", call(["cfg"], { path: "'/p'" }), "path", "'/p'"],
    ["a keyword-only parameter passed by keyword", call(["cfg", "'/p'"], { timeout: "3" }), "timeout", "3"],
    ["left out: the default is used", call(["cfg"]), "path", undefined],
    ["more positional arguments than parameters (the receiver passed too)", call(["self", "cfg", "'/p'"]), "config", undefined],
    ["a parameter the callee does not have", call(["cfg"]), "options", undefined],
  ])("%s", (_title, args, name, expected) => {
    expect(argumentFor(args, send, name)?.text).toBe(expected);
  });
});
