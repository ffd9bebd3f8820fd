import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("Python decoys: names that must not resolve", () => {
  test("a method of the same name on an unrelated class is not called through a typed receiver", async () => {
    const fixture = `
# --- path: wh/inventory.py ---
class Inventory:
    def get_qty(self, sku):
        return 0

# --- path: wh/shipments.py ---
class Shipment:
    def get_qty(self, sku):
        return 1

# --- path: wh/reports.py ---
from wh.inventory import Inventory
from wh.shipments import Shipment

def on_hand(inv: Inventory, sku):
    return inv.get_qty(sku)
    # ^ Calls(resolved): wh/inventory.py::Inventory.get_qty
    # ^ !Calls: wh/shipments.py::Shipment.get_qty

def inbound_total(inbound: list[Shipment], sku):
    return sum(s.get_qty(sku) for s in inbound)
    # ^ Calls(resolved): wh/shipments.py::Shipment.get_qty
    # ^ !Calls: wh/inventory.py::Inventory.get_qty
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a local variable named like a function shadows it", async () => {
    const fixture = `
# --- path: calc.py ---
def total(items):
    return sum(items)

def report(items):
    total = len(items)
    return total
    # ^ !Uses: calc.py::total

def report_called(items):
    return total(items)
    # ^ Calls(resolved): calc.py::total

def loop_shadow(rows):
    for total in rows:
        print(total)
        # ^ !Uses: calc.py::total
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a shadowed import: a later definition of the same name wins", async () => {
    const fixture = `
# --- path: lib/a.py ---
def helper():
    return "a"

# --- path: lib/b.py ---
from lib.a import helper

def helper():
    return "b"

def use():
    return helper()
    # ^ Calls(resolved): lib/b.py::helper
    # ^ !Calls: lib/a.py::helper
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an untyped receiver with too many candidates gets no edge; with few, name-only edges", async () => {
    const fixture = `
# --- path: kinds.py ---
class A:
    def run(self):
        return 1

class B:
    def run(self):
        return 2

class C:
    def run(self):
        return 3

class D:
    def run(self):
        return 4

class Only:
    def unique_name(self):
        return 5

def go(x):
    x.run()
    # ^ !Calls: kinds.py::A.run
    # ^ !Calls: kinds.py::D.run
    return x.unique_name()
    # ^ Calls(name-only): kinds.py::Only.unique_name
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("names of external packages and builtins resolve to nothing", async () => {
    const fixture = `
# --- path: logging.py ---
def getLogger(name):
    return name

# --- path: pkg/__init__.py ---
# --- path: pkg/json.py ---
def dumps(value):
    return value

# --- path: pkg/worker.py ---
import json
import os.path

def work(value):
    os.path.join("a", "b")
    return json.dumps(value)
    # ^ !Calls: pkg/json.py::dumps
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("values from external packages, and super() beyond the repository's classes, fall back to no name-only candidates", async () => {
    const fixture = `
# --- path: web/http.py ---
import json
import logging
import unittest

class Response:
    def encode(self):
        return b""

    def debug(self):
        return ""

class Base(unittest.TestCase):
    def setUp(self):
        pass

def render(payload):
    return json.dumps(payload).encode()
    # ^ !Calls: web/http.py::Response.encode

def log(logger: logging.Logger):
    logger.debug("x")
    # ^ !Calls: web/http.py::Response.debug

class Other(unittest.TestCase):
    def setUp(self):
        super().setUp()
        # ^ !Calls: web/http.py::Base.setUp

def untyped(response):
    return response.encode()
    # ^ Calls(name-only): web/http.py::Response.encode
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("builtins are outside the repository: no name-only candidates for their members", async () => {
    const fixture = `
# --- path: text.py ---
class Cleaner:
    def strip(self, value):
        return value

    def __setattr__(self, name, value):
        pass

def tidy(value: str):
    return value.strip()
    # ^ !Calls: text.py::Cleaner.strip

def assign(target):
    object.__setattr__(target, "x", 1)
    # ^ !Calls: text.py::Cleaner.__setattr__

names = sorted(["b", "a"], key=lambda item: item.strip())
# ^ Calls(name-only): text.py::Cleaner.strip
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a name assigned under a 'global' statement is a module value seen by other functions", async () => {
    const fixture = `
# --- path: cache.py ---
class Store:
    def get(self, key):
        return key

_store = None

def init():
    global _store
    _store = Store()
    # ^ Instantiates(resolved): cache.py::Store

def lookup(key):
    return _store.get(key)
    # ^ Calls(resolved): cache.py::Store.get
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("keyword argument names and attribute names are not references to same-named globals", async () => {
    const fixture = `
# --- path: opts.py ---
def timeout():
    return 5

def configure(client):
    client.connect(timeout=3)
    # ^ !Uses: opts.py::timeout
    return client.timeout
    # ^ !Uses: opts.py::timeout
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
