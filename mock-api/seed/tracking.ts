/** Tracking numbers in each carrier's format (see src/domain/carriers.ts), unique across the seed. */

/** The carriers a new shop starts with (src/domain/carriers.ts DEFAULT_CARRIERS), by name. */
export type Carrier = 'DHL' | 'DPD' | 'GLS' | 'UPS' | 'Hermes';
import type { Random } from './random';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function alphanumerics(rng: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += ALPHANUMERIC.charAt(Math.floor(rng.next() * ALPHANUMERIC.length));
  return text;
}

function draw(rng: Random, carrier: Carrier, upsAccount: string): string {
  switch (carrier) {
    case 'DHL':
      return rng.chance(0.8) ? `00${rng.digits(10)}` : `JJD${rng.digits(18)}`;
    case 'DPD':
      return `0${rng.digits(13)}`;
    case 'GLS':
      return rng.digits(11);
    case 'UPS':
      // The shop's shipper account (6), service (2), package (8).
      return `1Z${upsAccount}${rng.pick(['01', '02', '03', '12', '13'])}${rng.digits(8)}`;
    case 'Hermes':
      return `${rng.int(1, 9)}${rng.digits(13)}`;
  }
}

export class TrackingNumbers {
  private readonly issued = new Set<string>();
  private readonly upsAccount: string;

  constructor(private readonly rng: Random) {
    this.upsAccount = alphanumerics(rng, 6);
  }

  next(carrier: Carrier): string {
    let number: string;
    do number = draw(this.rng, carrier, this.upsAccount);
    while (this.issued.has(number));
    this.issued.add(number);
    return number;
  }
}
