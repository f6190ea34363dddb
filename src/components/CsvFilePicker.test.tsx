import { describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES, readTextFile } from './CsvFilePicker';

/** A file whose stream delivers its bytes in chunks of `chunkSize`, as a browser's does (a test DOM's File need not stream). */
function chunkedFile(text: string, chunkSize: number): File {
  const bytes = new TextEncoder().encode(text);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.length; start += chunkSize) {
          controller.enqueue(bytes.slice(start, start + chunkSize));
        }
        controller.close();
      },
    });
  return {
    size: bytes.length,
    name: 'big.csv',
    stream,
    text: () => Promise.resolve(text),
  } as unknown as File;
}

describe('readTextFile', () => {
  it('reads a large file in chunks, reporting the share read up to all of it', async () => {
    const line = 'KT-0001,Rechen für Grünflächen,12.99\n';
    const text = `sku,name,price\n${line.repeat(Math.ceil((LARGE_FILE_BYTES * 1.5) / line.length))}`;
    const progress: number[] = [];

    // An odd chunk size splits the two-byte umlauts between chunks now and then.
    expect(await readTextFile(chunkedFile(text, 65_537), (share) => progress.push(share))).toBe(text);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('reads a small file at once, without progress reports', async () => {
    const progress: number[] = [];
    const file = new File(['sku\nKT-1\n'], 'small.csv');
    expect(await readTextFile(file, (share) => progress.push(share))).toBe('sku\nKT-1\n');
    expect(progress).toEqual([]);
  });
});
