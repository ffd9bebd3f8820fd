import { classify, kinds, only } from "./classify-helper.js";

const probe = `import time

def check_endpoint(url: str, retries: int) -> bool:
    started = time.time()
    return ping(url, retries) and time.time() - started < 5
`;

describe("Python signatures (MMS)", () => {
  test("a parameter added with a default", async () => {
    const after = probe.replace("retries: int)", "retries: int, timeout: float = 5.0)");
    const changes = await classify("probe.py", probe, after);
    expect(kinds(changes)).toEqual(["MMS check_endpoint"]);
    expect(only(changes, "MMS").details.edits).toEqual([
      {
        edit: "parameter-added",
        parameter: { name: "timeout", kind: "positional", type: "float", default: "5.0", optional: false, modifiers: [] },
        position: 2,
        required: false,
        text: "parameter `timeout: float = 5.0` added at position 3 (after `retries`) with default `5.0`",
      },
    ]);
    expect(only(changes, "MMS").summary).toBe(
      "`check_endpoint` signature changed: parameter `timeout: float = 5.0` added at position 3 (after `retries`) with default `5.0`",
    );
  });

  test("a parameter added without a default is required", async () => {
    const after = probe.replace("def check_endpoint(url: str,", "def check_endpoint(session, url: str,");
    const [change] = await classify("probe.py", probe, after);
    expect(change?.kind === "MMS" && change.details.edits).toEqual([
      {
        edit: "parameter-added",
        parameter: { name: "session", kind: "positional", optional: false, modifiers: [] },
        position: 0,
        required: true,
        text: "parameter `session` added as the first parameter without a default (callers must pass it)",
      },
    ]);
  });

  test("a removed parameter; its use in the body goes too", async () => {
    const after = probe.replace(", retries: int)", ")").replace("ping(url, retries)", "ping(url, 3)");
    const changes = await classify("probe.py", probe, after);
    expect(kinds(changes)).toEqual(["MMS check_endpoint", "MMB check_endpoint"]);
    expect(only(changes, "MMS").details.edits.map((edit) => edit.text)).toEqual(["parameter `retries: int` removed (was at position 2)"]);
    expect(only(changes, "MMB").details.escaping).toBe(false);
  });

  test("a renamed parameter is one rename, not a removal plus an addition", async () => {
    const after = probe.replace("retries: int", "attempts: int").replace("ping(url, retries)", "ping(url, attempts)");
    const changes = await classify("probe.py", probe, after);
    expect(only(changes, "MMS").details.edits).toEqual([
      { edit: "parameter-renamed", from: "retries", to: "attempts", position: 1, text: "parameter `retries` renamed to `attempts`" },
    ]);
    expect(only(changes, "MMB").details).toMatchObject({ escaping: false, equivalent: false });
  });

  test("reordered parameters", async () => {
    const after = probe.replace("url: str, retries: int", "retries: int, url: str");
    const changes = await classify("probe.py", probe, after);
    expect(kinds(changes)).toEqual(["MMS check_endpoint"]);
    expect(only(changes, "MMS").details.edits).toEqual([
      { edit: "parameters-reordered", from: ["url", "retries"], to: ["retries", "url"], text: "parameters reordered from (url, retries) to (retries, url)" },
    ]);
  });

  test("async added, with the newly awaited work in the body", async () => {
    const after = probe.replace("def check_endpoint", "async def check_endpoint").replace("return ping(", "return await ping(");
    const changes = await classify("probe.py", probe, after);
    expect(kinds(changes)).toEqual(["MMS check_endpoint", "MMB check_endpoint"]);
    expect(only(changes, "MMS").details.edits).toEqual([{ edit: "async-added", text: "became async (callers must await it)" }]);
    expect(only(changes, "MMB").details.escapes).toMatchObject({ returnValue: true, newlyAwaited: ["await ping(url, retries)"] });
  });

  test("a changed return type, a default and a keyword-only parameter", async () => {
    const before = "def fetch(url, timeout=5, *, retries=3) -> bytes:\n    return get(url, timeout, retries)\n";
    const after = "def fetch(url, timeout=10, retries=3) -> str:\n    return get(url, timeout, retries)\n";
    const changes = await classify("net.py", before, after);
    expect(only(changes, "MMS").details.edits.map((edit) => edit.text)).toEqual([
      "default of parameter `timeout` changed from `5` to `10`",
      "parameter `retries` changed from keyword-only to positional",
      "return type changed from `bytes` to `str`",
    ]);
  });

  test("a renamed method", async () => {
    const before = "class Inventory:\n    def get_qty(self, sku):\n        return self.stock.get(sku, 0)\n";
    const after = "class Inventory:\n    def quantity_of(self, sku):\n        return self.stock.get(sku, 0)\n";
    const changes = await classify("inv.py", before, after);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "MMS",
        blockId: "inv.py::Inventory.get_qty",
        afterBlockId: "inv.py::Inventory.quantity_of",
        classId: "inv.py::Inventory",
        summary: "`Inventory.get_qty` signature changed: renamed from `get_qty` to `quantity_of`",
      }),
    ]);
  });

  test("a decorator that changes the call contract; one that does not is ignored", async () => {
    const before = "class Clock:\n    @staticmethod\n    def now(tz):\n        return tz\n";
    const after = "class Clock:\n    @classmethod\n    @lru_cache\n    def now(cls, tz):\n        return tz\n";
    const changes = await classify("clock.py", before, after);
    expect(kinds(changes)).toEqual(["MMS Clock.now"]);
    expect(only(changes, "MMS").details.edits.map((edit) => edit.text)).toEqual(["`@staticmethod` removed", "`@classmethod` added"]);
  });
});

describe("Python classes, fields and constructors", () => {
  const subscriber = `class Subscriber:
    retries = 3

    def __init__(self, name: str, max_failures: int = 3):
        self.name = name
        self.max_failures = max_failures

    def deliver(self, event):
        print(event)
`;

  test("self.x in __init__ is a field: a new one is AF plus MCC for the new parameter", async () => {
    const after = subscriber
      .replace("name: str, max_failures", "name: str, logger: logging.Logger, max_failures")
      .replace("        self.max_failures = max_failures\n", "        self.logger = logger\n        self.max_failures = max_failures\n");
    const changes = await classify("sub.py", subscriber, after);
    expect(kinds(changes)).toEqual(["AF Subscriber logger", "MCC Subscriber.__init__", "MMB Subscriber.__init__"]);
    expect(only(changes, "AF")).toMatchObject({
      blockId: "sub.py::Subscriber",
      classId: "sub.py::Subscriber",
      summary: "field `logger` added to `Subscriber` (declared by the constructor)",
      details: { field: { name: "logger", kind: "field", origin: "constructor", modifiers: [] } },
    });
    expect(only(changes, "MCC").details.edits.map((edit) => edit.text)).toEqual([
      "parameter `logger: logging.Logger` added at position 2 (after `name`) without a default (callers must pass it)",
    ]);
    expect(only(changes, "MMB").details.escaping).toBe(false);
  });

  test("class attributes: added, removed, changed; bases changed (MC)", async () => {
    const after = subscriber.replace("class Subscriber:", "class Subscriber(Base):").replace("    retries = 3\n", "    retries = 5\n    timeout: float = 1.0\n");
    const changes = await classify("sub.py", subscriber, after);
    expect(kinds(changes)).toEqual(["MC Subscriber", "MF Subscriber retries", "AF Subscriber timeout"]);
    expect(only(changes, "MC").details.edits).toEqual([{ edit: "base-added", base: "Base", text: "base `Base` added" }]);
    expect(only(changes, "MF").summary).toBe("field `retries` of `Subscriber` changed: value changed from `3` to `5`");

    const removed = await classify("sub.py", subscriber, subscriber.replace("    retries = 3\n", ""));
    expect(kinds(removed)).toEqual(["DF Subscriber retries"]);
  });

  test("a renamed class: MC with the rename, and its fields still compared", async () => {
    const after = subscriber.replace("class Subscriber:", "class Listener:").replace("    retries = 3\n", "    retries = 3\n    backoff = 2.0\n");
    const changes = await classify("sub.py", subscriber, after);
    expect(kinds(changes)).toEqual(["MC Subscriber", "AF Subscriber backoff"]);
    expect(only(changes, "MC")).toMatchObject({ afterBlockId: "sub.py::Listener", details: { edits: [{ edit: "renamed", from: "Subscriber", to: "Listener" }] } });
    expect(only(changes, "AF").afterBlockId).toBe("sub.py::Listener");
  });

  test("methods, constructors and classes added and deleted", async () => {
    const after = subscriber.replace("    def __init__", "    def close(self):\n        pass\n\n    def __init__").replace("    def deliver(self, event):\n        print(event)\n", "") + "\nclass Topic:\n    def name(self):\n        return 'x'\n";
    const changes = await classify("sub.py", subscriber, after);
    expect(kinds(changes)).toEqual(["DM Subscriber.deliver", "AM Subscriber.close", "AC Topic"]);
    expect(only(changes, "AC")).toMatchObject({ blockId: "sub.py::Topic", classId: "sub.py::Topic", details: { blockKind: "class", header: "class Topic:" } });

    const noInit = subscriber.replace(/ {4}def __init__[\s\S]*?max_failures\n\n/, "");
    expect(kinds(await classify("sub.py", subscriber, noInit))).toEqual(["DF Subscriber name", "DF Subscriber max_failures", "DCC Subscriber.__init__"]);
    expect(kinds(await classify("sub.py", noInit, subscriber))).toEqual(["AF Subscriber name", "AF Subscriber max_failures", "ACC Subscriber.__init__"]);
    expect(kinds(await classify("sub.py", subscriber, ""))).toEqual(["DC Subscriber", "DCC Subscriber.__init__", "DM Subscriber.deliver"]);
  });
});

describe("Python imports and module-level names (MI / AI / DI)", () => {
  test("each imported name is its own change; a removed module-level constant is DI", async () => {
    const before = 'import os\nfrom typing import Any, Callable\nAPI_BASE = "https://api.example/v2"\nTIMEOUT = 5\n';
    const after = "import os\nimport logging\nfrom typing import Any\nfrom collections.abc import Callable\nTIMEOUT = 10\n";
    const changes = await classify("client.py", before, after);
    expect(kinds(changes)).toEqual(["MI <module> Callable", "DI <module> API_BASE", "MI <module> TIMEOUT", "AI <module> logging"]);
    expect(changes.map((change) => change.summary)).toEqual([
      "import `Callable` changed from `from typing import Callable` to `from collections.abc import Callable`",
      "module-level name `API_BASE` removed",
      "module-level name `TIMEOUT` changed from `TIMEOUT = 5` to `TIMEOUT = 10`",
      "import `logging` added",
    ]);
  });
});
