import type { Escapes } from "../../../src/engine/classify/body/escapes.js";
import { classify, kinds, only } from "./classify-helper.js";

const NOTHING: Escapes = {
  returnValue: false,
  raises: [],
  raisesRemoved: [],
  argumentKeys: [],
  argumentAttributes: [],
  mutatesArguments: [],
  mutatesFields: [],
  newlyAwaited: [],
};

const sendRequest = `def send_request(config: dict, path: str, payload):
    url = f"{API_BASE}/{path}"
    headers = {"Authorization": config["api_key"]}
    data = post(url, payload, headers)
    return {"status": data.status, "body": data.body}
`;

async function bodyChange(before: string, after: string) {
  const changes = await classify("client.py", before, after);
  expect(kinds(changes)).toEqual(["MMB send_request"]);
  return only(changes, "MMB");
}

describe("MMB escape check (Python)", () => {
  test("a new key read from an argument escapes", async () => {
    const change = await bodyChange(sendRequest, sendRequest.replace('f"{API_BASE}/{path}"', "f\"{config['api_endpoint']}/{path}\""));
    expect(change.details).toEqual({ escaping: true, equivalent: false, escapes: { ...NOTHING, argumentKeys: [{ parameter: "config", name: "api_endpoint" }] } });
    expect(change.summary).toBe("`send_request` body changed; callers can observe it: reads key `api_endpoint` of argument `config`");
  });

  test("a new raise escapes; a changed message of the same raise does not", async () => {
    const raising = sendRequest.replace("    return {", '    if data.status >= 400:\n        raise ApiError(data.status, "failed")\n    return {');
    const change = await bodyChange(sendRequest, raising);
    expect(change.details.escapes).toEqual({ ...NOTHING, raises: ['raise ApiError(data.status, "failed")'] });
    const reworded = await bodyChange(raising, raising.replace('"failed"', '"request failed"'));
    expect(reworded.details.escaping).toBe(false);
  });

  test("a changed returned shape escapes, also through the local it returns", async () => {
    const direct = await bodyChange(sendRequest, sendRequest.replace('"body": data.body}', '"body": data.body, "headers": data.headers}'));
    expect(direct.details.escapes).toEqual({ ...NOTHING, returnValue: true });
    const viaLocal = sendRequest.replace("    return {", "    result = {").replace("data.body}\n", "data.body}\n    return result\n");
    const change = await bodyChange(viaLocal, viaLocal.replace('"status": data.status', '"code": data.status'));
    expect(change.details.escapes).toEqual({ ...NOTHING, returnValue: true });
  });

  test("a renamed local, reformatting, a comment or a log line does not escape", async () => {
    const renamed = sendRequest.replace(/\bdata\b/g, "response").replace("    headers = {", "    # auth header\n    headers = {\n        ").replace("    return", '    log.info("sent %s", url)\n    return');
    const change = await bodyChange(sendRequest, renamed);
    expect(change.details).toEqual({ escaping: false, equivalent: false, escapes: NOTHING });
    const onlyRenamed = await bodyChange(sendRequest, sendRequest.replace(/\bheaders\b/g, "auth"));
    expect(onlyRenamed.details).toEqual({ escaping: false, equivalent: true, escapes: NOTHING });
    expect(onlyRenamed.summary).toBe("`send_request` body changed; only layout, comments or local names");
  });

  test("a call updated to pass a new argument does not escape", async () => {
    const change = await bodyChange(sendRequest, sendRequest.replace("post(url, payload, headers)", "post(url, payload, headers, timeout=config.get('timeout', 5))"));
    expect(change.details.escaping).toBe(false);
  });

  test("mutating an argument, mutating a field, reading an attribute of an untyped argument", async () => {
    const change = await bodyChange(sendRequest, sendRequest.replace("    return {", "    payload['sent'] = True\n    config.setdefault('retries', 3)\n    log(payload.trace_id, config.region)\n    return {"));
    expect(change.details.escapes).toEqual({
      ...NOTHING,
      mutatesArguments: ["payload[]", "config.setdefault()"],
      // `config` is declared `dict`: its attributes are the type checker's business; `payload` has no type.
      argumentAttributes: [{ parameter: "payload", name: "trace_id" }],
    });
    const method = "class Client:\n    def send(self, item):\n        self.queue.append(item)\n";
    const changes = await classify("c.py", method, method.replace("        self.queue.append(item)\n", "        self.queue.append(item)\n        self.sent += 1\n"));
    expect(only(changes, "MMB").details.escapes).toEqual({ ...NOTHING, mutatesFields: ["sent"] });
  });
});

describe("MMB escape check (TypeScript, C#)", () => {
  test("TypeScript: a new key read from an argument, a new throw, a field write", async () => {
    const before = "class Store {\n  save(config: Record<string, string>, item: Item): void {\n    this.items.push(item);\n  }\n}\n";
    const after = 'class Store {\n  save(config: Record<string, string>, item: Item): void {\n    if (!config["region"]) throw new Error("no region");\n    this.items.push(item);\n    this.count += 1;\n  }\n}\n';
    const changes = await classify("store.ts", before, after);
    expect(only(changes, "MMB").details.escapes).toEqual({
      ...NOTHING,
      raises: ['throw new Error("no region");'],
      argumentKeys: [{ parameter: "config", name: "region" }],
      mutatesFields: ["count"],
    });
  });

  test("C#: a field written without `this.`, a newly awaited call; a renamed local does not escape", async () => {
    const before = "class Job {\n  private int _runs;\n  public async Task Run(Order order) {\n    var total = order.Total;\n    Console.WriteLine(total);\n  }\n}\n";
    const after = "class Job {\n  private int _runs;\n  public async Task Run(Order order) {\n    var sum = order.Total;\n    _runs = _runs + 1;\n    await Flush(sum);\n  }\n}\n";
    const changes = await classify("Job.cs", before, after);
    expect(only(changes, "MMB").details.escapes).toEqual({ ...NOTHING, mutatesFields: ["_runs"], newlyAwaited: ["await Flush(sum)"] });
    const renamed = await classify("Job.cs", before, before.replace(/\btotal\b/g, "sum"));
    expect(only(renamed, "MMB").details).toEqual({ escaping: false, equivalent: true, escapes: NOTHING });
  });
});
