import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter';

describe('LineSplitter', () => {
  it('holds back a partial line until the rest of it arrives', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('listening on ht')).toEqual([]);
    expect(splitter.push('tp://127.0.0.1:3000\nnext')).toEqual(['listening on http://127.0.0.1:3000']);
    expect(splitter.flush()).toEqual(['next']);
    expect(splitter.flush()).toEqual([]);
  });

  it('splits several lines in one chunk and understands CRLF', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\r\nb\n\nc\n')).toEqual(['a', 'b', '', 'c']);
    expect(splitter.flush()).toEqual([]);
  });
});
