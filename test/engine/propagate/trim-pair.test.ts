import { trimPair } from "../../../src/engine/propagate/trim-pair.js";

const body = (count: number, ...changed: number[]) =>
  ["def handle(event):", ...Array.from({ length: count }, (_, index) => `    step_${index}(event${changed.includes(index) ? ", timeout" : ""})`)].join("\n");

test("a short pair is shown whole", () => {
  expect(trimPair(body(11), body(11, 2))).toEqual({ before: body(11), after: body(11, 2) });
});

test("a long pair keeps the header and the changed lines with two lines around them", () => {
  expect(trimPair(body(40), body(40, 20))).toEqual({
    before: "def handle(event):\n    …\n    step_18(event)\n    step_19(event)\n    step_20(event)\n    step_21(event)\n    step_22(event)\n    …",
    after: "def handle(event):\n    …\n    step_18(event)\n    step_19(event)\n    step_20(event, timeout)\n    step_21(event)\n    step_22(event)\n    …",
  });
});

test("changes far apart keep two stretches, each side showing the same ones", () => {
  const { before, after } = trimPair(body(40), body(40, 5, 30));
  expect(after.split("\n")).toEqual([
    "def handle(event):",
    "    …",
    "    step_3(event)",
    "    step_4(event)",
    "    step_5(event, timeout)",
    "    step_6(event)",
    "    step_7(event)",
    "    …",
    "    step_28(event)",
    "    step_29(event)",
    "    step_30(event, timeout)",
    "    step_31(event)",
    "    step_32(event)",
    "    …",
  ]);
  expect(before).toBe(after.replaceAll(", timeout", ""));
});

test("a change of the header keeps the lines after it; a pair that does not differ is kept whole", () => {
  const renamed = body(40).replace("def handle", "def on_event");
  expect(trimPair(body(40), renamed)).toEqual({
    before: "def handle(event):\n    step_0(event)\n    step_1(event)\n    …",
    after: "def on_event(event):\n    step_0(event)\n    step_1(event)\n    …",
  });
  expect(trimPair(body(40), body(40))).toEqual({ before: body(40), after: body(40) });
});

test("lines added at the end of a long block", () => {
  const longer = `${body(40)}\n    finish(event)`;
  expect(trimPair(body(40), longer)).toEqual({
    before: "def handle(event):\n    …\n    step_38(event)\n    step_39(event)",
    after: "def handle(event):\n    …\n    step_38(event)\n    step_39(event)\n    finish(event)",
  });
});

test("a header over several lines, decorators included, is kept whole", () => {
  const header = ["@retry(times=3)", "def send(", "    config: dict[str, Any],", "    path: str,", ") -> dict:"];
  const lines = (changed: number) => [...header, ...Array.from({ length: 30 }, (_, index) => `    step_${index}(${index === changed ? "config" : ""})`)].join("\n");
  expect(trimPair(lines(-1), lines(20)).after.split("\n")).toEqual([...header, "    …", "    step_18()", "    step_19()", "    step_20(config)", "    step_21()", "    step_22()", "    …"]);
});
