import { TypedEvents } from './typed-events.js';

type Map = { saved: [id: number]; removed: [id: number, why: string] };

describe('TypedEvents', () => {
  it('runs listeners of one event in registration order, each awaited before the next', async () => {
    const events = new TypedEvents<Map>();
    const seen: string[] = [];
    events.on('saved', async (id) => {
      await new Promise((r) => setTimeout(r, 20));
      seen.push(`slow ${id}`);
    });
    events.on('saved', async (id) => {
      seen.push(`fast ${id}`);
    });
    events.on('removed', async (id, why) => {
      seen.push(`removed ${id} ${why}`);
    });
    await events.emit('saved', 7);
    expect(seen).toEqual(['slow 7', 'fast 7']);
  });

  it('stops at a failing listener and rejects, so the emitter’s transaction rolls back', async () => {
    const events = new TypedEvents<Map>();
    const seen: number[] = [];
    events.on('saved', async () => {
      throw new Error('listener failed');
    });
    events.on('saved', async (id) => {
      seen.push(id);
    });
    await expect(events.emit('saved', 1)).rejects.toThrow('listener failed');
    expect(seen).toEqual([]);
  });

  it('says whether an event has listeners, and emitting one without is a no-op', async () => {
    const events = new TypedEvents<Map>();
    expect(events.has('removed')).toBe(false);
    await expect(events.emit('removed', 1, 'x')).resolves.toBeUndefined();
    events.on('removed', async () => undefined);
    expect(events.has('removed')).toBe(true);
    expect(events.has('saved')).toBe(false);
  });
});
