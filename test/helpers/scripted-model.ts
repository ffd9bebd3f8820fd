import type { EditAnswer, EditModel, EditRequest } from "../../src/engine/ports.js";

/**
 * An EditModel for loop tests: for each block id a rewrite of the sketch text; every other block
 * answers "no change". It records the requests it was sent.
 */
export class ScriptedModel implements EditModel {
  readonly requests: EditRequest[] = [];

  constructor(private readonly rewrites: Record<string, (sketch: string) => string>) {}

  async edit(request: EditRequest): Promise<EditAnswer> {
    this.requests.push(request);
    const rewrite = this.rewrites[request.blockId];
    return rewrite ? { kind: "edited", sketch: rewrite(request.sketch.text) } : { kind: "no-change" };
  }

  visitedBlocks(): string[] {
    return this.requests.map((request) => request.blockId);
  }
}

export const silentLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
