import { crlf, doRefusalTest, doTest, type MergeCase, type RefusalCase, editedSketch } from "../../helpers/merge-back.js";

const hub = `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url):
        self.url = url

    @property
    def host(self):
        return self.url.split("/")[2]

    @staticmethod
    @functools.cache
    def parse(text):
        return json.loads(text)

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def close(self):
        self.url = None


class Hub:
    def __init__(self):
        self.subscribers = []

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`;

const geometry = `class Outer:
    limit = 3

    class Inner:
        size = 1

        def grow(self, by):
            self.size += by

    def first(self):
        return self.Inner()
`;

const counter = "class Counter:\n\tdef __init__(self):\n\t\tself.count = 0\n\n\tdef bump(self):\n\t\tself.count += 1\n";

const greetings = `GRÜSSE = "héllo wörld ✓ 😀"


def grüße(name):
    return f"{GRÜSSE}, {name}"


def shout(name):
    return grüße(name).upper()
`;

const cases: MergeCase[] = [
  {
    name: "body edit",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    sketch: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def close(self): ...


class Hub: ...
`,
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event):
        body = json.dumps(event)
        print("delivering", body)
        return body

    def close(self): ...


class Hub: ...
`,
    after: hub.replace('        print("delivering", json.dumps(event))\n', '        body = json.dumps(event)\n        print("delivering", body)\n        return body\n'),
  },
  {
    name: "signature edit",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event, *, timeout: float = 5.0) -> str:
        return json.dumps(event)

    def close(self): ...


class Hub: ...
`,
    after: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url):
        self.url = url

    @property
    def host(self):
        return self.url.split("/")[2]

    @staticmethod
    @functools.cache
    def parse(text):
        return json.loads(text)

    def deliver(self, event, *, timeout: float = 5.0) -> str:
        return json.dumps(event)

    def close(self):
        self.url = None


class Hub:
    def __init__(self):
        self.subscribers = []

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`,
  },
  {
    name: "a constructor gains a parameter assigned to a new field, with its import (the paper's ITestOutputHelper case)",
    before: hub,
    block: "hub.py::Subscriber.__init__",
    sketch: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url):
        self.url = url

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    answer: `import functools
import json
import logging


class Subscriber:
    """Delivers events to one URL."""

    retries = 3
    logger: logging.Logger

    def __init__(self, url, logger: logging.Logger):
        self.url = url
        self.logger = logger

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: `import functools
import json
import logging


class Subscriber:
    """Delivers events to one URL."""

    retries = 3
    logger: logging.Logger

    def __init__(self, url, logger: logging.Logger):
        self.url = url
        self.logger = logger

    @property
    def host(self):
        return self.url.split("/")[2]

    @staticmethod
    @functools.cache
    def parse(text):
        return json.loads(text)

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def close(self):
        self.url = None


class Hub:
    def __init__(self):
        self.subscribers = []

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`,
  },
  {
    name: "a constructor caller in another class passes the new argument (and imports what it uses)",
    before: hub,
    block: "hub.py::Hub.add",
    sketch: `import functools
import json


class Subscriber: ...


class Hub:
    def __init__(self): ...

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`,
    answer: `import functools
import json
import logging


class Subscriber: ...


class Hub:
    def __init__(self): ...

    def add(self, url):
        self.subscribers.append(Subscriber(url, logging.getLogger(url)))
`,
    after: hub
      .replace("import json\n", "import json\nimport logging\n")
      .replace("self.subscribers.append(Subscriber(url))", "self.subscribers.append(Subscriber(url, logging.getLogger(url)))"),
  },
  {
    name: "a method added in the middle of a class",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def deliver_all(self, events):
        for event in events:
            self.deliver(event)

    def close(self): ...


class Hub: ...
`,
    after: hub.replace(
      '        print("delivering", json.dumps(event))\n',
      '        print("delivering", json.dumps(event))\n\n    def deliver_all(self, events):\n        for event in events:\n            self.deliver(event)\n',
    ),
  },
  {
    name: "a method added at the end of a class",
    before: hub,
    block: "hub.py::Subscriber.close",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self):
        self.url = None

    def __repr__(self):
        return f"Subscriber({self.url!r})"


class Hub: ...
`,
    after: hub.replace(
      "        self.url = None\n",
      '        self.url = None\n\n    def __repr__(self):\n        return f"Subscriber({self.url!r})"\n',
    ),
  },
  {
    name: "a class sketch: a classmethod added before the first member, the fields kept",
    before: hub,
    block: "hub.py::Subscriber",
    sketch: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    @classmethod
    def from_config(cls, config):
        return cls(config["url"])

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: hub.replace(
      "    retries = 3\n\n",
      '    retries = 3\n\n    @classmethod\n    def from_config(cls, config):\n        return cls(config["url"])\n\n',
    ),
  },
  {
    name: "the edited method deleted",
    before: hub,
    block: "hub.py::Subscriber.close",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...


class Hub: ...
`,
    after: hub.replace("\n    def close(self):\n        self.url = None\n", ""),
  },
  {
    name: "the edited method renamed: the old one removed, the new one in its place",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def send(self, event):
        print("delivering", json.dumps(event))

    def close(self): ...


class Hub: ...
`,
    after: hub.replace("def deliver(self, event):", "def send(self, event):"),
  },
  {
    name: "a class sketch: a folded member of the class left out is deleted",
    before: hub,
    block: "hub.py::Subscriber",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: hub.replace("    @staticmethod\n    @functools.cache\n    def parse(text):\n        return json.loads(text)\n\n", ""),
  },
  {
    name: "@property kept on a body edit",
    before: hub,
    block: "hub.py::Subscriber.host",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self):
        return self.url.split("/")[2].lower()

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: hub.replace('return self.url.split("/")[2]', 'return self.url.split("/")[2].lower()'),
  },
  {
    name: "a setter added after its @property (Subscriber.host#2)",
    before: hub,
    block: "hub.py::Subscriber.host",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self):
        return self.url.split("/")[2]

    @host.setter
    def host(self, value):
        self.url = f"https://{value}/"

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: hub.replace(
      '        return self.url.split("/")[2]\n',
      '        return self.url.split("/")[2]\n\n    @host.setter\n    def host(self, value):\n        self.url = f"https://{value}/"\n',
    ),
  },
  {
    name: "stacked decorators: @staticmethod kept, @functools.cache changed",
    before: hub,
    block: "hub.py::Subscriber.parse",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.lru_cache(maxsize=128)
    def parse(text):
        return json.loads(text)

    def deliver(self, event): ...

    def close(self): ...


class Hub: ...
`,
    after: hub.replace("@functools.cache", "@functools.lru_cache(maxsize=128)"),
  },
  {
    name: "a decorator added to the edited method",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    @deprecated("use send")
    def deliver(self, event):
        print("delivering", json.dumps(event))

    def close(self): ...


class Hub: ...
`,
    after: hub.replace("    def deliver(self, event):\n", '    @deprecated("use send")\n    def deliver(self, event):\n'),
  },
  {
    name: "a method of a nested class edited",
    before: geometry,
    block: "geo.py::Outer.Inner.grow",
    sketch: `class Outer:
    limit = 3

    class Inner:
        size = 1

        def grow(self, by):
            self.size += by

    def first(self): ...
`,
    answer: `class Outer:
    limit = 3

    class Inner:
        size = 1

        def grow(self, by):
            self.size = min(self.size + by, Outer.limit)

    def first(self): ...
`,
    after: geometry.replace("self.size += by", "self.size = min(self.size + by, Outer.limit)"),
  },
  {
    name: "a method added to a nested class",
    before: geometry,
    block: "geo.py::Outer.Inner.grow",
    answer: `class Outer:
    limit = 3

    class Inner:
        size = 1

        def grow(self, by):
            self.size += by

        def shrink(self, by):
            self.size -= by

    def first(self): ...
`,
    after: geometry.replace("            self.size += by\n", "            self.size += by\n\n        def shrink(self, by):\n            self.size -= by\n"),
  },
  {
    name: "a nested class sketch: a field and a last method added",
    before: geometry,
    block: "geo.py::Outer.Inner",
    sketch: `class Outer:
    limit = 3

    class Inner:
        size = 1

        def grow(self, by): ...

    def first(self): ...
`,
    answer: `class Outer:
    limit = 3

    class Inner:
        size = 1
        step = 2

        def grow(self, by): ...

        def step_up(self):
            self.grow(self.step)

    def first(self): ...
`,
    after: `class Outer:
    limit = 3

    class Inner:
        size = 1
        step = 2

        def grow(self, by):
            self.size += by

        def step_up(self):
            self.grow(self.step)

    def first(self):
        return self.Inner()
`,
  },
  {
    name: "module level: an import and a constant added together with a method edit",
    before: hub,
    block: "hub.py::Subscriber.close",
    answer: `import functools
import json
import time


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self):
        self.url = None
        self.closed_at = time.time()


class Hub: ...


DEFAULT_HUB = Hub()
`,
    after: `${hub
      .replace("import json\n", "import json\nimport time\n")
      .replace("        self.url = None\n", "        self.url = None\n        self.closed_at = time.time()\n")}

DEFAULT_HUB = Hub()
`,
  },
  {
    name: "CRLF file, LF answer: CRLF everywhere, inserted lines included",
    before: crlf(hub),
    block: "hub.py::Subscriber.close",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self):
        self.url = ""

    def reopen(self, url):
        self.url = url


class Hub: ...
`,
    after: crlf(hub.replace("        self.url = None\n", '        self.url = ""\n\n    def reopen(self, url):\n        self.url = url\n')),
  },
  {
    name: "tab-indented file, answer indented with spaces throughout: tabs kept, inserted method in tabs",
    before: counter,
    block: "counter.py::Counter.bump",
    sketch: "class Counter:\n\tdef __init__(self): ...\n\n\tdef bump(self):\n\t\tself.count += 1\n",
    answer: `class Counter:
    def __init__(self): ...

    def bump(self, by=1):
        self.count += by

    def reset(self):
        self.count = 0
`,
    after: "class Counter:\n\tdef __init__(self):\n\t\tself.count = 0\n\n\tdef bump(self, by=1):\n\t\tself.count += by\n\n\tdef reset(self):\n\t\tself.count = 0\n",
  },
  {
    name: "tab-indented file, sketch lines kept in tabs and new lines in spaces",
    before: counter,
    block: "counter.py::Counter.bump",
    answer: "class Counter:\n\tdef __init__(self): ...\n\n\tdef bump(self):\n\t\tself.count += 1\n\n    def reset(self):\n        self.count = 0\n",
    after: "class Counter:\n\tdef __init__(self):\n\t\tself.count = 0\n\n\tdef bump(self):\n\t\tself.count += 1\n\n\tdef reset(self):\n\t\tself.count = 0\n",
  },
  {
    name: "non-ASCII identifiers and strings before the edited block",
    before: greetings,
    block: "greet.py::shout",
    sketch: `GRÜSSE = "héllo wörld ✓ 😀"


def grüße(name): ...


def shout(name):
    return grüße(name).upper()
`,
    answer: `GRÜSSE = "héllo wörld ✓ 😀"


def grüße(name): ...


def shout(name):
    return grüße(name).upper() + " ‼"
`,
    after: greetings.replace("return grüße(name).upper()", 'return grüße(name).upper() + " ‼"'),
  },
  {
    name: "the sketch answered unchanged leaves the file byte for byte",
    before: crlf(hub),
    block: "hub.py::Subscriber.deliver",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event):
        print("delivering", json.dumps(event))

    def close(self): ...


class Hub: ...
`,
    after: crlf(hub),
  },
  {
    name: "the only method of a class deleted: its fields stay",
    before: "class Config:\n    debug = False\n\n    def toggle(self):\n        self.debug = not self.debug\n\n\nCONFIG = Config()\n",
    block: "config.py::Config.toggle",
    answer: "class Config:\n    debug = False\n\n\nCONFIG = Config()\n",
    after: "class Config:\n    debug = False\n\n\nCONFIG = Config()\n",
  },
  {
    name: "a class sketch: the first method of a class that only had fields",
    before: "class Config:\n    debug = False\n\n\nCONFIG = Config()\n",
    block: "config.py::Config",
    answer: "class Config:\n    debug = False\n\n    def toggle(self):\n        self.debug = not self.debug\n\n\nCONFIG = Config()\n",
    after: "class Config:\n    debug = False\n\n    def toggle(self):\n        self.debug = not self.debug\n\n\nCONFIG = Config()\n",
  },
  {
    name: "space-indented file, a method answered with tabs: the file's four spaces",
    before: geometry,
    block: "geo.py::Outer.first",
    answer: "class Outer:\n    limit = 3\n\n    class Inner: ...\n\n    def first(self):\n        return self.Inner()\n\n\tdef second(self):\n\t\treturn [self.Inner(), self.Inner()]\n",
    after: `${geometry}\n    def second(self):\n        return [self.Inner(), self.Inner()]\n`,
  },
];

/** The sketch of Subscriber.deliver with `edit` applied, for refusals that differ from it in one place. */
const deliverAnswer = (edit: (sketch: string) => string) => editedSketch(cases[0]?.sketch ?? "", edit);

const refusals: RefusalCase[] = [
  {
    name: "an answer that does not parse",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("def deliver(self, event):", "def deliver(self, event")),
    refusal: /does not parse \(line 19: syntax error/,
  },
  {
    name: "an answer that rewrites a folded member",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("    def close(self): ...\n", "    def close(self):\n        self.url = ''\n")),
    refusal: "it rewrites Subscriber.close, which was folded",
  },
  {
    name: "an answer that changes the header of a folded member",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("def close(self): ...", "def close(self, force=False): ...")),
    refusal: "it changes the header of Subscriber.close, which is outside the code to change",
  },
  {
    name: "an answer that changes the header of a folded class",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("class Hub: ...", "class Hub(dict): ...")),
    refusal: "it changes the header of Hub, which is outside the code to change",
  },
  {
    name: "an answer that leaves out a folded member it was not asked to change",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("\n    def close(self): ...\n", "")),
    refusal: "it leaves out Subscriber.close, which is outside the code to change",
  },
  {
    name: "an answer that adds a member with a folded body",
    before: hub,
    block: "hub.py::Subscriber.deliver",
    answer: deliverAnswer((sketch) => sketch.replace("    def close(self): ...\n", "    def close(self): ...\n\n    def reopen(self, url): ...\n")),
    refusal: "it adds Subscriber.reopen with a folded body",
  },
  {
    name: "an answer that opens a folded class to change a method in it",
    before: hub,
    block: "hub.py::Hub.add",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self):
        self.url = ""


class Hub:
    def __init__(self): ...

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`,
    refusal: "it changes Subscriber.close, which is outside the code to change",
  },
  {
    name: "an answer that opens a folded class to add a method to it",
    before: hub,
    block: "hub.py::Hub.add",
    answer: `import functools
import json


class Subscriber:
    """Delivers events to one URL."""

    retries = 3

    def __init__(self, url): ...

    @property
    def host(self): ...

    @staticmethod
    @functools.cache
    def parse(text): ...

    def deliver(self, event): ...

    def close(self): ...

    def reopen(self, url):
        self.url = url


class Hub:
    def __init__(self): ...

    def add(self, url):
        self.subscribers.append(Subscriber(url))
`,
    refusal: "it adds Subscriber.reopen, which is outside the code to change",
  },
];

describe("Python merge-back", () => {
  test.each(cases)("$name", doTest);
});

describe("Python merge-back refuses", () => {
  test.each(refusals)("$name", doRefusalTest);
});
