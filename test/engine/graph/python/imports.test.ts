import { checkFixture } from "../../../helpers/resolution-fixture.js";

// The graph keeps one edge per (block, target, relation), recorded at its first line: each check
// that repeats a target lives in a function of its own.
describe("Python imports", () => {
  test("from-import, aliased from-import and a module import with alias", async () => {
    const fixture = `
# --- path: shop/client.py ---
class Client:
    def send(self, msg):
        return msg

def connect():
    return Client()

# --- path: shop/app.py ---
from shop.client import Client, connect as open_client
import shop.client as transport

def by_name():
    c = Client()
    # ^ Instantiates(resolved): shop/client.py::Client
    # ^ Imports: shop/app.py::<module>
    c.send("x")
    # ^ Calls(resolved): shop/client.py::Client.send

def by_alias():
    open_client()
    # ^ Calls(resolved): shop/client.py::connect

def through_module_alias():
    transport.connect()
    # ^ Calls(resolved): shop/client.py::connect
    transport.Client().send(1)
    # ^ Instantiates(resolved): shop/client.py::Client
    # ^ Calls(resolved): shop/client.py::Client.send
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("relative imports: from . import module, from .mod import name, from ..pkg.mod import name", async () => {
    const fixture = `
# --- path: app/__init__.py ---
# --- path: app/core/__init__.py ---
# --- path: app/api/__init__.py ---
# --- path: app/core/models.py ---
class Order:
    def total(self):
        return 0

# --- path: app/core/pricing.py ---
def price(order):
    return 1

# --- path: app/api/helpers.py ---
def render(value):
    return str(value)

# --- path: app/api/views.py ---
from . import helpers
from .helpers import render
from ..core.models import Order
from ..core import pricing

def show():
    o = Order()
    # ^ Instantiates(resolved): app/core/models.py::Order
    render(o.total())
    # ^ Calls(resolved): app/api/helpers.py::render
    # ^ Calls(resolved): app/core/models.py::Order.total

def show_again(o):
    helpers.render(pricing.price(o))
    # ^ Calls(resolved): app/api/helpers.py::render
    # ^ Calls(resolved): app/core/pricing.py::price
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("import a.b binds a; a.b.f() goes through the package to its submodule", async () => {
    const fixture = `
# --- path: storage/__init__.py ---
# --- path: storage/backends/__init__.py ---
# --- path: storage/backends/disk.py ---
def write(data):
    return len(data)

class DiskStore:
    def put(self, key):
        return key

# --- path: main.py ---
import storage.backends.disk

def save(data):
    storage.backends.disk.write(data)
    # ^ Calls(resolved): storage/backends/disk.py::write
    store = storage.backends.disk.DiskStore()
    # ^ Instantiates(resolved): storage/backends/disk.py::DiskStore
    store.put("k")
    # ^ Calls(resolved): storage/backends/disk.py::DiskStore.put
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("re-exports through __init__.py reach the defining module", async () => {
    const fixture = `
# --- path: sdk/__init__.py ---
from .client import Client
from .errors import *

# --- path: sdk/client.py ---
class Client:
    def fetch(self, url):
        return url

# --- path: sdk/errors.py ---
class ApiError(Exception):
    def describe(self):
        return "api"

# --- path: tools/run.py ---
from sdk import Client, ApiError
import sdk

def by_name():
    Client().fetch("/")
    # ^ Instantiates(resolved): sdk/client.py::Client
    # ^ Calls(resolved): sdk/client.py::Client.fetch

def through_package():
    sdk.Client().fetch("/")
    # ^ Calls(resolved): sdk/client.py::Client.fetch

def through_star_reexport():
    try:
        pass
    except ApiError as err:
        # ^ Uses(resolved): sdk/errors.py::ApiError
        err.describe()
        # ^ Calls(resolved): sdk/errors.py::ApiError.describe
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("modules under src/, namespace packages without __init__.py, and .py preferred over .pyi", async () => {
    const fixture = `
# --- path: src/billing/__init__.py ---
# --- path: src/billing/invoice.py ---
def issue():
    return 1

# --- path: src/billing/invoice.pyi ---
def issue() -> int: ...

# --- path: plugins/loader.py ---
def load():
    return []

# --- path: tests/test_billing.py ---
from billing.invoice import issue
from plugins import loader
import plugins.loader

def test_issue():
    issue()
    # ^ Calls(resolved): src/billing/invoice.py::issue
    # ^ !Calls: src/billing/invoice.pyi::issue

def test_namespace_from_import():
    loader.load()
    # ^ Calls(resolved): plugins/loader.py::load

def test_namespace_import():
    plugins.loader.load()
    # ^ Calls(resolved): plugins/loader.py::load
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a function-level import is visible in that function", async () => {
    const fixture = `
# --- path: jobs/tasks.py ---
def enqueue(job):
    return job

# --- path: jobs/api.py ---
def submit(job):
    from jobs.tasks import enqueue
    return enqueue(job)
    # ^ Calls(resolved): jobs/tasks.py::enqueue
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a module-level name shadows nothing it should not: a local and a parameter shadow an import", async () => {
    const fixture = `
# --- path: util/fmt.py ---
def render(x):
    return x

# --- path: app.py ---
from util.fmt import render

def with_parameter(render):
    render(1)
    # ^ !Calls: util/fmt.py::render

def with_local():
    render = str
    render(2)
    # ^ !Calls: util/fmt.py::render

def plain():
    render(3)
    # ^ Calls(resolved): util/fmt.py::render
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
