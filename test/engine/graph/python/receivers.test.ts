import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("Python receivers: self, cls, super()", () => {
  test("self is the enclosing class's instance, whatever the first parameter is called", async () => {
    const fixture = `
# --- path: repo.py ---
class Repo:
    def load(self, key):
        return key

    def reload(self, key):
        self.load(key)
        # ^ Calls(resolved): repo.py::Repo.load

    def odd(me, key):
        me.load(key)
        # ^ Calls(resolved): repo.py::Repo.load

    def nested(self):
        def helper():
            return self.load(1)
            # ^ Calls(resolved): repo.py::Repo.load
        return helper

    def with_lambda(self, keys):
        return list(map(lambda k: self.load(k), keys))
        # ^ Calls(resolved): repo.py::Repo.load
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("cls of a classmethod is the class; a staticmethod has no receiver", async () => {
    const fixture = `
# --- path: models.py ---
class User:
    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        user = cls(name)
        # ^ Instantiates(resolved): models.py::User
        cls.validate(name)
        # ^ Calls(resolved): models.py::User.validate
        return user

    @staticmethod
    def validate(self):
        self.create("x")
        # ^ !Calls(resolved): models.py::User.create
        return True

    def copy(self):
        return User.create(self.name)
        # ^ Calls(resolved): models.py::User.create
        # ^ Uses(resolved): models.py::User
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("super().__init__(...) calls the base constructor; super().m() the base method", async () => {
    const fixture = `
# --- path: shop/base.py ---
class Inventory:
    def __init__(self, warehouse):
        self.warehouse = warehouse

    def get_qty(self, sku):
        return 0

# --- path: shop/cached.py ---
from shop.base import Inventory

class CachedInventory(Inventory):
    def __init__(self, warehouse):
        super().__init__(warehouse)
        # ^ Calls(resolved): shop/base.py::Inventory.__init__
        self.cache = {}

    def get_qty(self, sku):
        return 1

    def base_qty(self, sku):
        return super().get_qty(sku)
        # ^ Calls(resolved): shop/base.py::Inventory.get_qty
        # ^ !Calls: shop/cached.py::CachedInventory.get_qty

class Legacy(Inventory):
    def __init__(self):
        Inventory.__init__(self, "w1")
        # ^ Calls(resolved): shop/base.py::Inventory.__init__
        # ^ !Instantiates: shop/base.py::Inventory
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("super() skips to the base's base when the base does not define the method", async () => {
    const fixture = `
# --- path: a.py ---
class Root:
    def save(self):
        return 1

class Middle(Root):
    pass

class Leaf(Middle):
    def save(self):
        return super().save()
        # ^ Calls(resolved): a.py::Root.save
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("@property methods are called by attribute access; inherited methods resolve through the base", async () => {
    const fixture = `
# --- path: geo.py ---
class Shape:
    @property
    def area(self) -> float:
        return 0.0

    def describe(self):
        return "shape"

class Square(Shape):
    def __init__(self, side: float):
        self.side = side

    @property
    def area(self) -> float:
        return self.side * self.side
        # ^ Uses(resolved): geo.py::Square

def report(shape: Square):
    print(shape.area)
    # ^ Calls(resolved): geo.py::Square.area
    # ^ !Calls: geo.py::Shape.area

def label(shape: Square):
    return shape.describe()
    # ^ Calls(resolved): geo.py::Shape.describe
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
