import type { DefinitionLog, Effect } from "./definition-log.js";

/**
 * Logs what the walk of each definition does (see DefinitionLog). A definition's walk goes on
 * after its handler returns, while the work list holds its nodes: its log stays open until the
 * work list is back to the length it had when the definition was taken from it.
 */
export class EffectRecorder {
  readonly logs = new Map<string, DefinitionLog>();
  private readonly open: { log: DefinitionLog; base: number }[] = [];

  /** Starts the log of the definition of `blockId`, taken from a work list now `base` items long. */
  begin(blockId: string, log: DefinitionLog, base: number): void {
    this.logs.set(blockId, log);
    this.open.push({ log, base });
  }

  /** Closes the logs of the definitions whose walk is over, the work list being `length` items long. */
  endDown(length: number): void {
    for (let top = this.open[this.open.length - 1]; top && length <= top.base; top = this.open[this.open.length - 1]) this.open.pop();
  }

  /** An import, module value or class: part of every definition being walked. */
  onFile(effect: Effect): void {
    for (const { log } of this.open) log.effects.push(effect);
  }

  /** A member, field or annotation of class `classId`: part of the definitions being walked as its members. */
  onClass(classId: string, effect: Effect): void {
    for (const { log } of this.open) if (log.classId === classId) log.effects.push(effect);
  }
}
