import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("JavaScript CommonJS modules", () => {
  test("require binds a module or destructured names; module.exports and exports.x are the exports", async () => {
    const fixture = `
// --- path: lib/money.js ---
function formatPrice(amount) {
  return amount.toFixed(2);
}
function internal() {
  return 0;
}
module.exports = { formatPrice, round: internal };

// --- path: lib/tax.js ---
exports.addTax = function (amount) {
  return amount * 1.2;
};
exports.rate = 0.2;

// --- path: lib/cart.js ---
const money = require("./money");
const { addTax } = require("./tax.js");
const round = require("./money").round;

function total(amount) {
  return money.formatPrice(addTax(round(amount)));
  // ^ Calls(resolved): lib/money.js::formatPrice
  // ^ Calls(resolved): lib/tax.js::addTax
  // ^ Calls(resolved): lib/money.js::internal
}

function hidden() {
  return money.internal();
  // ^ !Calls: lib/money.js::internal
}

module.exports = { total };
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("module.exports = class: required, new-ed and its static members used; this.x fields assigned in the constructor", async () => {
    const fixture = `
// --- path: lib/repo.js ---
class Repo {
  static open() {
    return new Repo();
  }
  find(id) {
    return id;
  }
}
module.exports = Repo;

// --- path: lib/service.js ---
const Repo = require("./repo");

class Service {
  constructor() {
    this.repo = new Repo();
    // ^ Instantiates(resolved): lib/repo.js::Repo
  }
  get(id) {
    return this.repo.find(id);
    // ^ Calls(resolved): lib/repo.js::Repo.find
    // ^ Uses(resolved): lib/service.js::Service
  }
  reopen() {
    return Repo.open();
    // ^ Calls(resolved): lib/repo.js::Repo.open
  }
}

module.exports = Service;
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an ES module imports CommonJS exports: named, and the default import of module.exports = { … }", async () => {
    const fixture = `
// --- path: lib/legacy.cjs ---
exports.legacy = function () {
  return 1;
};

// --- path: lib/util.js ---
function helper() {
  return 2;
}
module.exports = { helper };

// --- path: src/app.mjs ---
import { legacy } from "../lib/legacy.cjs";
import util from "../lib/util.js";

export function run() {
  return legacy() + util.helper();
  // ^ Calls(resolved): lib/legacy.cjs::legacy
  // ^ Calls(resolved): lib/util.js::helper
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a require inside a function imports too; an untyped JS parameter falls back to name-only", async () => {
    const fixture = `
// --- path: lib/mailer.js ---
class Mailer {
  send(to) {
    return to;
  }
}
module.exports = { Mailer };

// --- path: lib/notify.js ---
function notify(mailer, user) {
  const { Mailer } = require("./mailer");
  const fallback = new Mailer();
  // ^ Instantiates(resolved): lib/mailer.js::Mailer
  mailer.send(user);
  // ^ Calls(name-only): lib/mailer.js::Mailer.send
}
module.exports = notify;
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
