/**
 * Splits a stream of text chunks into whole lines, so output from two child
 * processes can be interleaved line by line without tearing.
 */
export class LineSplitter {
  private pending = '';

  /** Returns the lines completed by this chunk; a trailing partial line waits for more. */
  push(chunk: string): string[] {
    const parts = (this.pending + chunk).split(/\r?\n/);
    this.pending = parts.pop() ?? '';
    return parts;
  }

  /** Returns what is left once the stream has ended. */
  flush(): string[] {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? [] : [rest];
  }
}
