import { tailOfFile } from './processes';
import { formatDuration, paint } from './terminal';

/**
 * Runs one stage of a script, printing `• label… 1.2 s`. When it fails, the
 * end of `logFile` (where the stage's command wrote) shows why.
 */
export async function step<T>(label: string, work: () => Promise<T>, logFile?: string): Promise<T> {
  const started = performance.now();
  process.stdout.write(`${paint('dim', '•')} ${label}… `);
  try {
    const result = await work();
    console.log(paint('dim', formatDuration(performance.now() - started)));
    return result;
  } catch (error) {
    console.log(paint('red', 'failed'));
    const log = logFile ? tailOfFile(logFile) : '';
    if (log) console.error(paint('dim', log));
    throw error;
  }
}
