/**
 * When people shop: a distribution over the history that grows over time,
 * peaks in November/December (Black Friday above all), dips in summer, is
 * strongest on Sunday and Monday evenings and weakest on Saturdays.
 */
import { Random, WeightedSampler } from './random';
import { blackFriday, DAY, HOUR, type Span } from './time';

/** January … December. */
const MONTH_FACTORS = [0.92, 0.85, 0.95, 0.95, 0.93, 0.85, 0.78, 0.8, 0.95, 1.05, 1.45, 1.55];
/** Sunday … Saturday (getUTCDay order). */
const WEEKDAY_FACTORS = [1.25, 1.15, 1.0, 0.97, 0.95, 0.9, 0.72];
/** Hours in UTC; German evenings are 18–22 local, one or two hours later. */
const HOUR_FACTORS = [
  0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.5, 1.8, 2.0, 2.2, 2.1, 2.0, 2.0, 2.1, 2.3, 2.7, 3.3, 3.6, 3.2,
  2.4, 1.6, 1.0,
];
const EVENING_HOURS = new Set([17, 18, 19, 20, 21]);

function dayFactor(ms: number): number {
  const date = new Date(ms);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  let factor = (MONTH_FACTORS[month] ?? 1) * (WEEKDAY_FACTORS[date.getUTCDay()] ?? 1);
  if (month === 11) {
    // Christmas shopping ends with the last delivery date; then a lull.
    if (dayOfMonth <= 20) factor *= 1.15;
    else if (dayOfMonth >= 24 && dayOfMonth <= 26) factor *= 0.45;
    else if (dayOfMonth >= 27) factor *= 0.8;
  }
  const friday = blackFriday(date.getUTCFullYear());
  if (ms >= friday && ms < friday + 4 * DAY) factor *= 2.2;
  return factor;
}

function hourSampler(eveningBoost: number): WeightedSampler {
  return new WeightedSampler(
    HOUR_FACTORS.map((weight, hour) => (EVENING_HOURS.has(hour) ? weight * eveningBoost : weight)),
  );
}

export class Calendar {
  private readonly dayStarts: number[] = [];
  private readonly days: WeightedSampler;
  private readonly ordinaryHours = hourSampler(1);
  private readonly sundayMondayHours = hourSampler(1.5);

  constructor(
    private readonly span: Span,
    growth: number,
  ) {
    const weights: number[] = [];
    const length = span.anchor - span.start;
    for (let dayStart = span.start; dayStart < span.anchor; dayStart += DAY) {
      const covered = Math.min(DAY, span.anchor - dayStart) / DAY;
      const trend = Math.pow(growth, (dayStart - span.start) / length);
      this.dayStarts.push(dayStart);
      weights.push(trend * dayFactor(dayStart) * covered);
    }
    this.days = new WeightedSampler(weights);
  }

  /** A moment in [start, anchor) drawn from the shopping rhythm. */
  sample(rng: Random): number {
    for (;;) {
      const dayStart = this.dayStarts[this.days.sample(rng)] ?? this.span.start;
      const weekday = new Date(dayStart).getUTCDay();
      const hours = weekday === 0 || weekday === 1 ? this.sundayMondayHours : this.ordinaryHours;
      // Day buckets start at the span's start, which need not be midnight.
      const midnight = dayStart - (dayStart % DAY);
      let moment = midnight + hours.sample(rng) * HOUR + rng.float(0, HOUR);
      if (moment < dayStart) moment += DAY;
      if (moment >= this.span.start && moment < this.span.anchor) return Math.floor(moment);
    }
  }

  /** `count` moments in ascending order. */
  sampleSorted(rng: Random, count: number): number[] {
    return Array.from({ length: count }, () => this.sample(rng)).sort((a, b) => a - b);
  }
}
