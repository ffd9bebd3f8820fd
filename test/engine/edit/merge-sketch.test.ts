import { mergeSketch } from "../../../src/engine/edit/merge-sketch.js";
import { sketchBlock } from "../../../src/engine/edit/sketch.js";
import { parseOne } from "../../helpers/make-repo.js";

/** Sketches `symbol` in `before`, lets `edit` rewrite the sketch text, merges it back, and compares with `after`. */
async function doTest(file: string, before: string, symbol: string, edit: (sketch: string) => string, after: string): Promise<void> {
  const parsed = await parseOne(file, before);
  const sketch = sketchBlock(parsed, `${file}::${symbol}`);
  const merged = await mergeSketch(parsed, sketch, edit(sketch.text));
  expect(merged.text).toBe(after);
}

const subscriber = `import json


class Subscriber:
    def __init__(self, url, max_failures=3):
        self.url = url
        self.max_failures = max_failures

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def deactivate(self):
        print("deactivated", self.url)
`;

test("Python: a body edit of the target leaves folded members byte for byte", () =>
  doTest("s.py", subscriber, "Subscriber.deliver", (sketch) => sketch.replace('print("delivering", json.dumps(event))', "return json.dumps(event)"),
    subscriber.replace('print("delivering", json.dumps(event))', "return json.dumps(event)")));

test("Python: constructor parameter plus field plus import in one answer", () => {
  const after = subscriber
    .replace("import json\n", "import json\nimport logging\n")
    .replace("def __init__(self, url, max_failures=3):\n        self.url = url\n", "def __init__(self, url, logger: logging.Logger, max_failures=3):\n        self.url = url\n        self.logger = logger\n");
  return doTest("s.py", subscriber, "Subscriber.__init__", (sketch) =>
    sketch.replace("import json\n", "import json\nimport logging\n").replace("def __init__(self, url, max_failures=3):\n        self.url = url\n", "def __init__(self, url, logger: logging.Logger, max_failures=3):\n        self.url = url\n        self.logger = logger\n"), after);
});

test("Python: a method added next to the target and the target deleted", () =>
  doTest("s.py", subscriber, "Subscriber.deactivate",
    (sketch) => sketch.replace('    def deactivate(self):\n        print("deactivated", self.url)\n', '    def close(self):\n        self.url = None\n'),
    subscriber.replace('    def deactivate(self):\n        print("deactivated", self.url)\n', '    def close(self):\n        self.url = None\n')));

test("\"No change\" in substance: the same sketch back changes nothing", () => doTest("s.py", subscriber, "Subscriber.deliver", (sketch) => sketch, subscriber));

test("an answer that rewrites a folded member is refused", async () => {
  const parsed = await parseOne("s.py", subscriber);
  const sketch = sketchBlock(parsed, "s.py::Subscriber.deliver");
  const answer = sketch.text.replace("def deactivate(self): ...", "def deactivate(self):\n        return None");
  await expect(mergeSketch(parsed, sketch, answer)).rejects.toThrow("it rewrites Subscriber.deactivate, which was folded");
});

test("an answer that does not parse is refused with the line", async () => {
  const parsed = await parseOne("s.py", subscriber);
  const sketch = sketchBlock(parsed, "s.py::Subscriber.deliver");
  await expect(mergeSketch(parsed, sketch, sketch.text.replace("def deliver(self, event):", "def deliver(self, event"))).rejects.toThrow(/does not parse \(line \d+/);
});

test("CRLF files keep CRLF", () => {
  const crlf = subscriber.replace(/\n/g, "\r\n");
  return doTest("s.py", crlf, "Subscriber.deliver", (sketch) => sketch.replace("json.dumps(event))", "json.dumps(event, indent=2))"), crlf.replace("json.dumps(event))", "json.dumps(event, indent=2))"));
});
