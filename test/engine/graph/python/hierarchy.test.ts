import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("Python class hierarchy", () => {
  test("bases in order: derived classes, overrides and member lookup through multiple inheritance", async () => {
    const fixture = `
# --- path: mixins.py ---
class JsonMixin:
    def to_json(self):
        return "{}"

    def save(self):
        return "json"

# --- path: models.py ---
import mixins

class Model:
    def save(self):
        return None

    def validate(self):
        return True

class Order(Model, mixins.JsonMixin):
    # ^ DerivedClassOf: models.py::Model
    # ^ DerivedClassOf: mixins.py::JsonMixin
    def validate(self):
        # ^ Overrides: models.py::Model.validate
        return super().validate()
        # ^ Calls(resolved): models.py::Model.validate

def persist(order: Order):
    order.save()
    # ^ Calls(resolved): models.py::Model.save
    # ^ !Calls: mixins.py::JsonMixin.save

def export(order: Order):
    return order.to_json()
    # ^ Calls(resolved): mixins.py::JsonMixin.to_json
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("generic bases and keyword arguments in the base list", async () => {
    const fixture = `
# --- path: repo.py ---
from typing import Generic, TypeVar
from abc import ABCMeta

T = TypeVar("T")

class Repository(Generic[T]):
    def get(self, key) -> T:
        return None

class UserRepository(Repository["User"], metaclass=ABCMeta):
    # ^ DerivedClassOf: repo.py::Repository
    def get(self, key):
        # ^ Overrides: repo.py::Repository.get
        return None

def load(repo: Repository[int]):
    return repo.get(1)
    # ^ Calls(resolved): repo.py::Repository.get
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a call on a subclass instance goes to the subclass override", async () => {
    const fixture = `
# --- path: store/inventory.py ---
class Inventory:
    def get_qty(self, sku):
        return 0

    def is_in_stock(self, sku):
        return self.get_qty(sku) > 0
        # ^ Calls(resolved): store/inventory.py::Inventory.get_qty

# --- path: store/cached.py ---
from store.inventory import Inventory

class CachedInventory(Inventory):
    def get_qty(self, sku):
        return 1

# --- path: store/api.py ---
from store.cached import CachedInventory

def stock(inv: CachedInventory):
    return inv.get_qty("a")
    # ^ Calls(resolved): store/cached.py::CachedInventory.get_qty
    # ^ !Calls: store/inventory.py::Inventory.get_qty

def in_stock(inv: CachedInventory):
    return inv.is_in_stock("a")
    # ^ Calls(resolved): store/inventory.py::Inventory.is_in_stock
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("isinstance, except clauses and class patterns are type references", async () => {
    const fixture = `
# --- path: errors.py ---
class NotFound(Exception):
    pass

class Conflict(Exception):
    pass

class Point:
    x: int = 0

# --- path: handle.py ---
from errors import NotFound, Conflict, Point

def check(value):
    return isinstance(value, (NotFound, Conflict))
    # ^ Uses(resolved): errors.py::NotFound
    # ^ Uses(resolved): errors.py::Conflict

def guard():
    try:
        pass
    except NotFound:
        # ^ Uses(resolved): errors.py::NotFound
        pass

def shape(value):
    match value:
        case Point(x=0):
            # ^ Uses(resolved): errors.py::Point
            return 0
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
