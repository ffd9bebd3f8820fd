import { trimPair } from "../../../src/engine/propagate/trim-pair.js";

const body = (count: number, changed?: number) =>
  ["def handle(event):", ...Array.from({ length: count }, (_, index) => `    step_${index}(event${index === changed ? ", timeout" : ""})`)].join("\n");

test("a short pair is shown whole", () => {
  expect(trimPair(body(5), body(5, 2))).toEqual({ before: body(5), after: body(5, 2) });
});

test("a long pair keeps the header and the changed lines with three lines around them", () => {
  expect(trimPair(body(40), body(40, 20))).toEqual({
    before: "def handle(event):\n    …\n    step_17(event)\n    step_18(event)\n    step_19(event)\n    step_20(event)\n    step_21(event)\n    step_22(event)\n    step_23(event)\n    …",
    after: "def handle(event):\n    …\n    step_17(event)\n    step_18(event)\n    step_19(event)\n    step_20(event, timeout)\n    step_21(event)\n    step_22(event)\n    step_23(event)\n    …",
  });
});

test("a change of the header keeps the lines after it; a pair that does not differ is kept whole", () => {
  const renamed = body(40).replace("def handle", "def on_event");
  expect(trimPair(body(40), renamed).after.split("\n").slice(0, 5)).toEqual(["def on_event(event):", "    step_0(event)", "    step_1(event)", "    step_2(event)", "    …"]);
  expect(trimPair(body(40), body(40))).toEqual({ before: body(40), after: body(40) });
});

test("lines added at the end of a long block", () => {
  const longer = `${body(40)}\n    finish(event)`;
  expect(trimPair(body(40), longer).after).toBe("def handle(event):\n    …\n    step_37(event)\n    step_38(event)\n    step_39(event)\n    finish(event)");
});
