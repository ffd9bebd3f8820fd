import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("Python decorators", () => {
  test("decorator expressions are references of the decorated block, which stays resolvable", async () => {
    const fixture = `
# --- path: web/app.py ---
class App:
    def route(self, path):
        def register(fn):
            return fn
        return register

app = App()

def login_required(fn):
    return fn

# --- path: web/views.py ---
import functools
from web.app import app, login_required

@app.route("/users")
# ^ Calls(resolved): web/app.py::App.route
@login_required
# ^ Calls(resolved): web/app.py::login_required
def list_users():
    return []

@functools.lru_cache(maxsize=None)
def cached():
    return list_users()
    # ^ Calls(resolved): web/views.py::list_users

# --- path: web/main.py ---
from web.views import list_users

def main():
    return list_users()
    # ^ Calls(resolved): web/views.py::list_users
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a property's setter decorator names no function; a class decorator is a reference of the class", async () => {
    const fixture = `
# --- path: m.py ---
def register(cls):
    return cls

def value():
    return 0

@register
# ^ Calls(resolved): m.py::register
class Box:
    @property
    def value(self):
        return 1

    @value.setter
    # ^ !Uses: m.py::value
    def value(self, new):
        pass
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
