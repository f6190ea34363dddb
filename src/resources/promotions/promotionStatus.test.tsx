import { describe, expect, it } from 'vitest';
import { promotionStatus } from './promotionStatus';

const now = new Date('2025-06-15T12:00:00Z');
const running = {
  draft: false,
  paused: false,
  startsAt: '2025-06-01T00:00:00Z',
  endsAt: '2025-07-01T00:00:00Z',
  usageLimit: 100,
  usageCount: 10,
  budget: null,
  discountGiven: 0,
};

describe('promotionStatus', () => {
  it('is active inside its window with uses and budget left', () => {
    expect(promotionStatus(running, now)).toBe('active');
    expect(promotionStatus({ ...running, endsAt: null, usageLimit: null }, now)).toBe('active');
  });

  it('is scheduled before its start and ended from its end on', () => {
    expect(promotionStatus({ ...running, startsAt: '2025-06-16T00:00:00Z' }, now)).toBe('scheduled');
    expect(promotionStatus({ ...running, endsAt: now.toISOString() }, now)).toBe('ended');
  });

  it('is used up when the use limit or the budget is reached', () => {
    expect(promotionStatus({ ...running, usageCount: 100 }, now)).toBe('exhausted');
    expect(promotionStatus({ ...running, budget: 5000, discountGiven: 5000 }, now)).toBe('exhausted');
  });

  it('reports draft and paused before anything the dates say', () => {
    const ended = { ...running, endsAt: '2025-06-02T00:00:00Z' };
    expect(promotionStatus({ ...ended, draft: true, paused: true }, now)).toBe('draft');
    expect(promotionStatus({ ...ended, paused: true }, now)).toBe('paused');
  });
});
