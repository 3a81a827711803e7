import { isSupportedNode, runtimeLine } from './runtime.js';

describe('runtime', () => {
  it('runs the test suite itself on a supported Node (22.12+ or 24+)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(isSupportedNode(process.version)).toBe(true);
  });

  it('accepts 22.12+ and 24+, refuses end-of-life lines', () => {
    expect(isSupportedNode('v22.12.0')).toBe(true);
    expect(isSupportedNode('v24.21.0')).toBe(true);
    expect(isSupportedNode('v26.1.0')).toBe(true);
    expect(isSupportedNode('v22.11.0')).toBe(false);
    expect(isSupportedNode('v20.20.2')).toBe(false);
    expect(isSupportedNode('v23.0.0')).toBe(false);
  });

  it('names the runtime in the start-up line and flags an unsupported one', () => {
    expect(runtimeLine('v24.21.0')).toBe('  Runtime: Node v24.21.0');
    expect(runtimeLine('v20.20.2')).toMatch(/unsupported, needs/);
  });
});
