/** Each event's name and the arguments its listeners receive. */
export type EventMap = Record<string, unknown[]>;

type Listener<A extends unknown[]> = (...args: A) => Promise<void>;

/**
 * The one in-process event mechanism: a module publishes what happened without
 * depending on who reacts. Listeners run one after another and are awaited, so
 * a listener that writes through the emitter's EntityManager is part of the
 * same transaction, and an error in one rolls the whole change back. (An
 * EventEmitter2 `emitAsync` runs listeners concurrently, which a single
 * transaction's connection must not see.)
 */
export class TypedEvents<M extends EventMap> {
  private readonly listeners = new Map<keyof M, Listener<M[keyof M]>[]>();

  on<K extends keyof M>(event: K, listener: Listener<M[K]>): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as Listener<M[keyof M]>);
    this.listeners.set(event, list);
  }

  /** Whether anyone listens: lets an emitter skip building a costly payload. */
  has(event: keyof M): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }

  async emit<K extends keyof M>(event: K, ...args: M[K]): Promise<void> {
    for (const listener of this.listeners.get(event) ?? []) await listener(...args);
  }
}
