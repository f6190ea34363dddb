/**
 * Child processes for the dev scripts. Each child gets its own process group so
 * stopping it also stops what it spawned (tsx runs the API in a grandchild).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { Readable, Writable } from 'node:stream';
import { LineSplitter } from './line-splitter';

export type ProcessOutput =
  /** Each line goes to our stdout behind `prefix` (the start script). */
  | { prefix: string }
  /** Everything goes to a log file (the e2e runner and bench, which show it only on failure). */
  | { logFile: string }
  | 'inherit';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  output: ProcessOutput;
}

export interface ManagedProcess {
  readonly name: string;
  readonly exited: Promise<ExitStatus>;
  hasExited(): boolean;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the child is gone. */
  stop(graceMs?: number): Promise<ExitStatus>;
}

const OUTPUT_DRAIN_MS = 1000;

/** Groups still running, killed hard if this process exits without stopping them. */
const liveGroups = new Set<number>();
const running = new Set<ManagedProcess>();
process.once('exit', () => {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
});

/** Stops every child still running, e.g. on Ctrl-C in the middle of a build. */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

export function startProcess(options: StartProcessOptions): ManagedProcess {
  const { name, command, args, cwd, env, output } = options;
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid !== undefined) liveGroups.add(pid);
  const drained = output === 'inherit' ? Promise.resolve() : routeOutput(child.stdout, child.stderr, output);

  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      // Let the last output land (a failure report reads the log), unless a grandchild keeps the pipe open.
      void Promise.race([drained, delay(OUTPUT_DRAIN_MS)]).then(() => {
        exitStatus = { code, signal };
        resolve(exitStatus);
      });
    });
    child.once('error', (error) => {
      console.error(`${name}: could not start ${command}: ${error.message}`);
      exitStatus = { code: 127, signal: null };
      resolve(exitStatus);
    });
  });

  async function stop(graceMs = 5000): Promise<ExitStatus> {
    if (pid === undefined) return exited;
    // Signal the group even when the leader is gone: a grandchild may still hold the port.
    signalGroup(pid, 'SIGTERM');
    const stopped = await Promise.race([exited, delay(graceMs, 'timeout' as const)]);
    if (stopped === 'timeout') signalGroup(pid, 'SIGKILL');
    const status = await exited;
    signalGroup(pid, 'SIGKILL');
    liveGroups.delete(pid);
    return status;
  }

  const managed: ManagedProcess = { name, exited, hasExited: () => exitStatus !== undefined, stop };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}

export class CommandFailedError extends Error {
  constructor(
    readonly commandName: string,
    readonly status: ExitStatus,
  ) {
    super(`${commandName} failed (${describeExit(status)})`);
  }
}

/** Runs a command to its end; throws CommandFailedError unless it exits 0. */
export async function runToCompletion(options: StartProcessOptions): Promise<void> {
  const status = await startProcess(options).exited;
  if (status.code !== 0) throw new CommandFailedError(options.name, status);
}

/** Sends the child's output where `output` says; resolves once all of it has been written. */
function routeOutput(
  stdout: Readable | null,
  stderr: Readable | null,
  output: Exclude<ProcessOutput, 'inherit'>,
): Promise<void> {
  const sources = [stdout, stderr].filter((stream): stream is Readable => stream !== null);
  // A stream error only loses output; it must not keep `exited` from settling.
  const ended = Promise.all(sources.map((stream) => once(stream, 'end'))).catch(() => undefined);
  if ('logFile' in output) {
    const log = createWriteStream(output.logFile, { flags: 'a' });
    for (const stream of sources) stream.pipe(log, { end: false });
    return ended.then(() => new Promise<void>((resolve) => log.end(resolve)));
  }
  if (stdout) prefixLines(stdout, process.stdout, output.prefix);
  if (stderr) prefixLines(stderr, process.stderr, output.prefix);
  return ended.then(() => undefined);
}

function prefixLines(source: Readable, target: Writable, prefix: string): void {
  const splitter = new LineSplitter();
  const write = (lines: string[]) => {
    for (const line of lines) target.write(`${prefix}${line}\n`);
  };
  source.setEncoding('utf8');
  source.on('data', (chunk: string) => write(splitter.push(chunk)));
  source.once('end', () => write(splitter.flush()));
}

/** The last `lines` lines of a log file, to show why a captured command failed. */
export function tailOfFile(path: string, lines = 40): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
