import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { probeTcp } from '../../src/probes/tcp.js';
import { blackholeLoopbackPort, freeLoopbackPort } from '../helpers/postgres.js';

const servers: Server[] = [];
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const close of closers.splice(0)) close();
});

async function listen(port = 0): Promise<number> {
  const server = createServer((socket) => socket.destroy());
  servers.push(server);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

describe('probeTcp against real loopback sockets', () => {
  test('a listening port is reachable in one round', async () => {
    const port = await listen();
    const result = await probeTcp({ host: '127.0.0.1', port, timeoutMs: 2000 });
    expect(result).toEqual({
      host: '127.0.0.1', port, reachable: true, connectedTo: '127.0.0.1', addresses: ['127.0.0.1'],
      attempts: [{ address: '127.0.0.1', family: 4, outcome: 'connected' }], rounds: 1, elapsedMs: expect.any(Number),
    });
  });

  test('a closed port answers ECONNREFUSED, and without retry-for is tried once', async () => {
    const port = await freeLoopbackPort();
    const result = await probeTcp({ host: '127.0.0.1', port, timeoutMs: 2000 });
    expect(result).toEqual({
      host: '127.0.0.1', port, reachable: false, addresses: ['127.0.0.1'],
      attempts: [{ address: '127.0.0.1', family: 4, outcome: 'ECONNREFUSED' }], rounds: 1, elapsedMs: expect.any(Number),
    });
  });

  test('retry-for waits for a listener that starts 1 s late', async () => {
    const port = await freeLoopbackPort();
    const late = setTimeout(() => void listen(port), 1000);
    try {
      const result = await probeTcp({ host: '127.0.0.1', port, timeoutMs: 2000, retryForMs: 8000 });
      expect(result.reachable).toBe(true);
      expect(result.connectedTo).toBe('127.0.0.1');
      // 250 + 500 ms pauses, then the listener is up within the 1000 ms pause that follows.
      expect(result.rounds).toBe(4);
      expect(result.elapsedMs).toBeGreaterThanOrEqual(1000);
      expect(result.elapsedMs).toBeLessThan(4000);
    } finally {
      clearTimeout(late);
    }
  });

  test('retry-for is a bound: a port that never opens is given up after the window', async () => {
    const port = await freeLoopbackPort();
    const result = await probeTcp({ host: '127.0.0.1', port, timeoutMs: 2000, retryForMs: 1200 });
    expect(result.reachable).toBe(false);
    // Rounds at 0, 250, 750 ms, then one after a pause cut to the window's end (1200 ms).
    expect(result.rounds).toBe(4);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1200);
    expect(result.attempts).toEqual([{ address: '127.0.0.1', family: 4, outcome: 'ECONNREFUSED' }]);
  });

  test('a port that never answers times out', async () => {
    const { port, close } = await blackholeLoopbackPort();
    closers.push(close);
    const started = Date.now();
    const result = await probeTcp({ host: '127.0.0.1', port, timeoutMs: 500 });
    expect(result.attempts).toEqual([{ address: '127.0.0.1', family: 4, outcome: 'timeout' }]);
    expect(result.reachable).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  test('a name that does not resolve reports the DNS error (RFC 6761: .invalid never resolves)', async () => {
    const result = await probeTcp({ host: 'depgate-test.invalid', port: 5432, timeoutMs: 2000 });
    expect(result).toEqual({
      host: 'depgate-test.invalid', port: 5432, reachable: false, addresses: [], attempts: [], dnsError: 'ENOTFOUND', rounds: 1, elapsedMs: expect.any(Number),
    });
  });

  test('a name is resolved and its addresses tried', async () => {
    const port = await listen();
    const result = await probeTcp({ host: 'localhost', port, timeoutMs: 2000 });
    expect(result.reachable).toBe(true);
    expect(result.connectedTo).toBe('127.0.0.1');
    expect(result.addresses).toContain('127.0.0.1');
  });
});
