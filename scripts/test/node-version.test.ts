import { describe, expect, it } from 'vitest';
import { assertSupportedNode, supportedNode, withThisNode } from '../lib/node-version.js';

describe('the Node.js the project runs on', () => {
  it('is the range of engines.node, and an older one is refused with the way out', () => {
    expect(supportedNode()).toBe('>=22.22');
    expect(() => assertSupportedNode('20.20.2')).toThrow(/scripts\/node22\.sh/);
    expect(() => assertSupportedNode('22.11.0')).toThrow();
    expect(() => assertSupportedNode('22.23.3')).not.toThrow();
    expect(() => assertSupportedNode('24.1.0')).not.toThrow();
  });

  it('is the one that tests, `npm start` and their children run on', () => {
    assertSupportedNode();
    expect(withThisNode({ PATH: '/usr/bin' }).PATH?.split(':')[0]).toBe(process.execPath.replace(/\/node$/, ''));
  });
});
