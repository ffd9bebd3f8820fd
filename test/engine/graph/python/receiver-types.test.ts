import { checkFixture } from "../../../helpers/resolution-fixture.js";

const CLIENT = `
# --- path: net/__init__.py ---
# --- path: net/client.py ---
class Client:
    timeout: float = 5.0

    def send(self, msg):
        return msg

class Other:
    def send(self, msg):
        return None
`;

describe("Python receiver types", () => {
  test("parameter annotations: plain, dotted, Optional[X], X | None, string annotations", async () => {
    const fixture = `${CLIENT}
# --- path: net/use.py ---
from typing import List, Optional
import net.client
from net.client import Client

def plain(c: Client):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send
    # ^ !Calls: net/client.py::Other.send

def dotted(c: net.client.Client):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def optional(c: Optional[Client] = None):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def union(c: Client | None):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def quoted(c: "Client"):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def quoted_optional(c: "Optional[Client]"):
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def container(cs: List[Client]):
    # ^ Uses(resolved): net/client.py::Client
    cs.send(1)
    # ^ !Calls(resolved): net/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("return annotations type the call's value", async () => {
    const fixture = `${CLIENT}
# --- path: net/factory.py ---
from typing import Optional
from net.client import Client

def make() -> Client:
    return Client()

def maybe() -> Optional["Client"]:
    return None

def use():
    make().send(1)
    # ^ Calls(resolved): net/factory.py::make
    # ^ Calls(resolved): net/client.py::Client.send

def use_local():
    c = maybe()
    c.send(2)
    # ^ Calls(resolved): net/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("locals assigned a constructor call, an alias of another local, or either side of 'or'", async () => {
    const fixture = `${CLIENT}
# --- path: net/locals.py ---
from net.client import Client

def direct():
    c = Client()
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def aliased():
    c = Client()
    d = c
    d.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def defaulted(c=None):
    c = c or Client()
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def annotated():
    c: Client = make_client()
    c.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

def with_block():
    with Client() as c:
        c.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

def walrus():
    if (c := Client()) is not None:
        c.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

def loop(clients: list[Client]):
    for c in clients:
        c.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

class Pool:
    members: "list[Client]"

    def __init__(self):
        self.spares: list[Client] = []

    def ping_members(self):
        return [m.send(1) for m in self.members]
        # ^ Calls(resolved): net/client.py::Client.send

    def ping_spares(self):
        for s in self.spares:
            s.send(1)
            # ^ Calls(resolved): net/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("fields: self.x = Ctor() in __init__, self.x = param (typed through the parameter), annotated self.x", async () => {
    const fixture = `${CLIENT}
# --- path: net/service.py ---
from typing import Optional
from net.client import Client, Other

class Service:
    def __init__(self, client: Client, other: Optional[Other] = None):
        self.client = client
        self.backup = Client()
        self.other: Other = other or Other()
        self.lazy = None

    def connect(self):
        self.lazy = Client()

    def via_param(self):
        self.client.send(1)
        # ^ Calls(resolved): net/client.py::Client.send
        # ^ Uses(resolved): net/service.py::Service
        # ^ !Calls: net/client.py::Other.send

    def via_ctor(self):
        self.backup.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

    def via_annotation(self):
        self.other.send(1)
        # ^ Calls(resolved): net/client.py::Other.send
        # ^ !Calls: net/client.py::Client.send

    def via_later_assignment(self):
        self.lazy.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

def outside(service: Service):
    service.client.send(1)
    # ^ Calls(resolved): net/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("class attributes and dataclass fields are fields with types or values", async () => {
    const fixture = `${CLIENT}
# --- path: net/config.py ---
from dataclasses import dataclass
from net.client import Client

class Registry:
    client = Client()
    # ^ Instantiates(resolved): net/client.py::Client

    def ping(self):
        self.client.send(1)
        # ^ Calls(resolved): net/client.py::Client.send

    def timeout_of(self):
        return self.client.timeout
        # ^ Uses(resolved): net/client.py::Client

@dataclass
class Settings:
    client: Client
    retries: int = 3

def use(settings: Settings):
    settings.client.send(settings.retries)
    # ^ Calls(resolved): net/client.py::Client.send
    # ^ Uses(resolved): net/config.py::Settings

def build():
    return Settings(Client())
    # ^ Instantiates(resolved): net/config.py::Settings
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("module-level instances are typed by their constructor call", async () => {
    const fixture = `${CLIENT}
# --- path: net/default.py ---
from net.client import Client

default_client = Client()
# ^ Instantiates(resolved): net/client.py::Client

def ping():
    default_client.send(1)
    # ^ Calls(resolved): net/client.py::Client.send

# --- path: net/elsewhere.py ---
from net.default import default_client

def ping_elsewhere():
    default_client.send(1)
    # ^ Calls(resolved): net/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
