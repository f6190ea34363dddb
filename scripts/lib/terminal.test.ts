import { describe, expect, it } from 'vitest';
import { describeError, formatDuration, paint, stripStyles } from './terminal';

describe('describeError', () => {
  it('follows the cause chain, as undici hides the reason behind "fetch failed"', () => {
    const reset = new Error('read ECONNRESET');
    expect(describeError(new Error('fetch failed', { cause: reset }))).toBe('fetch failed: read ECONNRESET');
  });

  it('does not repeat a cause the message already quotes', () => {
    const timeout = new Error('locator.fill: Timeout 30000ms exceeded.');
    const wrapped = new Error(`sign in as admin: ${timeout.message}`, { cause: timeout });
    expect(describeError(wrapped)).toBe('sign in as admin: locator.fill: Timeout 30000ms exceeded.');
  });

  it('stringifies what is not an Error', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError(new Error('outer', { cause: 42 }))).toBe('outer: 42');
  });
});

describe('paint and stripStyles', () => {
  it('wraps text in colour codes only when enabled, and strips them again', () => {
    const painted = paint('red', 'failed', true);
    expect(painted).not.toBe('failed');
    expect(stripStyles(painted)).toBe('failed');
    expect(paint('red', 'failed', false)).toBe('failed');
  });
});

describe('formatDuration', () => {
  it('shows milliseconds below a second and seconds with one decimal above', () => {
    expect(formatDuration(412.4)).toBe('412 ms');
    expect(formatDuration(1250)).toBe('1.3 s');
  });
});
