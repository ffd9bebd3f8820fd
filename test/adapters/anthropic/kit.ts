import { AnthropicEditModel, type AnthropicModelOptions } from "../../../src/adapters/anthropic/anthropic-edit-model.js";
import type { ModelPrice } from "../../../src/adapters/anthropic/model-usage.js";
import type { EditRequest, Logger } from "../../../src/engine/ports.js";

export const SKETCH = "from app.service import get\n\n\ndef handler(key):\n    return get(key)\n";
export const EDITED = "from app.service import get\n\n\nasync def handler(key):\n    return await get(key)\n";

/** Sonnet's list price, per million tokens. */
export const PRICE: ModelPrice = { inputPerMillion: 3, outputPerMillion: 15, cacheReadPerMillion: 0.3, cacheWritePerMillion: 3.75 };

export function editRequest(overrides: Partial<EditRequest> = {}): EditRequest {
  return {
    obligationId: 2,
    blockId: "app/routes.py::handler",
    instruction: "make fetch async",
    temporal: [],
    causes: ["`app/routes.py::handler` calls `app/service.py::get`, which became async"],
    related: [{ blockId: "app/service.py::get", relation: "Calls", text: "async def get(key): ..." }],
    sketch: { file: "app/routes.py", language: "python", text: SKETCH, targetId: "app/routes.py::handler" },
    ...overrides,
  };
}

/** A Logger that keeps what was logged at warn and error level. */
export class RecordingLogger implements Logger {
  readonly warnings: { message: string; meta: object }[] = [];
  debug(): void {}
  info(): void {}
  warn(meta: object, message: string): void {
    this.warnings.push({ message, meta });
  }
  error(meta: object, message: string): void {
    this.warnings.push({ message, meta });
  }
}

export function anthropicModel(overrides: Partial<AnthropicModelOptions> = {}): AnthropicEditModel {
  return new AnthropicEditModel({ apiKey: "sk-ant-test", model: "claude-sonnet-4-6", price: PRICE, logger: new RecordingLogger(), ...overrides });
}
