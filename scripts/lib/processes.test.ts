import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForHttp } from './http';
import { CommandFailedError, runToCompletion, startProcess } from './processes';
import { cleanedTempDirs } from './testing';

const tempDir = cleanedTempDirs();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A parent that starts a long-lived grandchild and prints the grandchild's pid. */
const PARENT_WITH_GRANDCHILD = `
  const { spawn } = require('node:child_process');
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  console.log('grandchild=' + grandchild.pid);
  setInterval(() => {}, 1000);
`;

describe('startProcess', () => {
  it('stops the child together with the processes it spawned', async () => {
    const logFile = join(tempDir('proc'), 'out.log');
    const child = startProcess({
      name: 'parent',
      command: process.execPath,
      args: ['-e', PARENT_WITH_GRANDCHILD],
      output: { logFile },
    });
    const grandchildPid = await pollFor(() => /grandchild=(\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1]);
    expect(isAlive(Number(grandchildPid))).toBe(true);

    const status = await child.stop();
    expect(status.signal).toBe('SIGTERM');
    expect(child.hasExited()).toBe(true);
    await pollFor(() => !isAlive(Number(grandchildPid)) || undefined);
  });

  it('has written all output to the log by the time it reports the exit', async () => {
    const logFile = join(tempDir('proc'), 'out.log');
    const lines = 'for (let i = 1; i <= 2000; i++) console.log("line " + i); console.error("last words");';
    await runToCompletion({
      name: 'chatty',
      command: process.execPath,
      args: ['-e', lines],
      output: { logFile },
    });
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('line 2000\n');
    expect(log).toContain('last words');
  });

  it('reports a non-zero exit as CommandFailedError', async () => {
    const run = runToCompletion({
      name: 'failing',
      command: process.execPath,
      args: ['-e', 'process.exit(3)'],
      output: 'inherit',
    });
    await expect(run).rejects.toBeInstanceOf(CommandFailedError);
    await expect(run).rejects.toThrow('failing failed (code 3)');
  });
});

describe('waitForHttp', () => {
  it('fails fast, naming the server, when it exits before answering', async () => {
    const server = startProcess({
      name: 'api',
      command: process.execPath,
      args: ['-e', 'process.exit(1)'],
      output: 'inherit',
    });
    const started = Date.now();
    await expect(waitForHttp('http://127.0.0.1:9/', { timeoutMs: 20_000, owner: server })).rejects.toThrow(
      'api exited (code 1)',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

async function pollFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (() => {
      try {
        return probe();
      } catch {
        return undefined;
      }
    })();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
