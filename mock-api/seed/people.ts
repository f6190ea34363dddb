/** Customers, staff users and their credentials. */
import { DEMO_PASSWORD, hashPassword } from '../auth/passwords';
import type { Role } from '../../src/domain/permissions';
import type { Customer, Id, User } from '../../src/domain/types';
import type { Calendar } from './calendar';
import type { Site } from './catalog';
import type { Credential } from './database';
import { Random, WeightedSampler, at } from './random';
import { asciiFold } from './text';
import { DAY, HOUR, iso, type Span } from './time';
import { CITIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS, type City } from './vocab/people';

export interface CustomerFacts {
  createdAt: number;
  /** Relative chance of ordering again. */
  loyalty: number;
  /** The warehouse closest to the customer's address. */
  nearestWarehouseId: Id;
}

function distance(city: City, site: Site): number {
  const dx = (city.lon - site.lon) * Math.cos((city.lat * Math.PI) / 180);
  return Math.hypot(city.lat - site.lat, dx);
}

function nearestSite(city: City, sites: readonly Site[]): Id {
  let best = at(sites, 0);
  for (const site of sites) if (distance(city, site) < distance(city, best)) best = site;
  return best.id;
}

class EmailBook {
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Random) {}

  address(firstName: string, lastName: string): string {
    const first = asciiFold(firstName).replace(/[^a-z]/g, '');
    const last = asciiFold(lastName).replace(/[^a-z]/g, '');
    const year = String(this.rng.int(60, 105) % 100).padStart(2, '0');
    const local = this.rng.pick([
      `${first}.${last}`,
      `${first.charAt(0)}.${last}`,
      `${first}${last}`,
      `${last}.${first}`,
      `${first}.${last}${year}`,
      `${first}_${last}`,
    ]);
    const domain = this.rng.weighted(EMAIL_DOMAINS);
    let email = `${local}@${domain}`;
    for (let n = 2; this.taken.has(email); n++) email = `${local}${n}@${domain}`;
    this.taken.add(email);
    return email;
  }
}

function phoneNumber(rng: Random): string {
  const prefix = rng.pick(['151', '152', '157', '160', '162', '170', '171', '176', '179']);
  return `+49 ${prefix} ${rng.digits(rng.int(7, 8))}`;
}

export function buildCustomers(
  rng: Random,
  count: number,
  span: Span,
  sites: readonly Site[],
  calendar: Calendar,
): { customers: Customer[]; facts: CustomerFacts[] } {
  const citySampler = new WeightedSampler(CITIES.map((city) => city.weight));
  const emails = new EmailBook(rng.fork('emails'));
  const drafts = Array.from({ length: count }, (_, i) => {
    // Every seventh customer (the first included) registered before the history starts.
    const createdAt =
      i % 7 === 0
        ? span.start - rng.float(1, 700) * DAY
        : Math.max(span.start - DAY, calendar.sample(rng) - rng.float(0, 3) * DAY);
    const updatedAt = rng.chance(0.7) ? createdAt : rng.float(createdAt, span.anchor);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const city = at(CITIES, citySampler.sample(rng));
    const postalCode = String(city.postalCode + rng.int(0, Math.round(city.weight * 30))).padStart(5, '0');
    const street = `${rng.pick(STREETS)} ${rng.int(1, 140)}${rng.chance(0.08) ? rng.pick(['a', 'b', 'c']) : ''}`;
    const customer: Omit<Customer, 'id'> = {
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      version: 1,
      firstName,
      lastName,
      email: emails.address(firstName, lastName),
      phone: phoneNumber(rng),
      address: { name: `${firstName} ${lastName}`, street, postalCode, city: city.name, country: 'DE' },
    };
    const facts: CustomerFacts = {
      createdAt,
      loyalty: rng.chance(0.15) ? rng.float(3, 8) : rng.float(0.3, 1.5),
      nearestWarehouseId: nearestSite(city, sites),
    };
    return { customer, facts };
  });
  drafts.sort((a, b) => a.facts.createdAt - b.facts.createdAt);
  return {
    customers: drafts.map(({ customer }, i) => ({ id: i + 1, ...customer })),
    facts: drafts.map(({ facts }) => facts),
  };
}

const STAFF: readonly { username: Role; fullName: string }[] = [
  { username: 'admin', fullName: 'Ada Achterberg' },
  { username: 'manager', fullName: 'Moritz Martens' },
  { username: 'merchandiser', fullName: 'Mira Schönfeld' },
  { username: 'warehouse', fullName: 'Wim Wagner' },
];

export const USER_IDS: Readonly<Record<Role, Id>> = { admin: 1, manager: 2, merchandiser: 3, warehouse: 4 };
const WAREHOUSE_USER_SITES: readonly Id[] = [1, 2];

/**
 * Who does hands-on work for a warehouse: the warehouse user where they work,
 * otherwise the admin (the manager may only read orders and stock).
 */
export function staffFor(warehouseId: Id): Id {
  return WAREHOUSE_USER_SITES.includes(warehouseId) ? USER_IDS.warehouse : USER_IDS.admin;
}

export function buildUsers(rng: Random, span: Span): { users: User[]; credentials: Credential[] } {
  const stamp = iso(span.start - 100 * DAY);
  const users = STAFF.map(({ username, fullName }, i): User => ({
    id: i + 1,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    username,
    fullName,
    role: username,
    active: true,
    warehouseIds: username === 'warehouse' ? [...WAREHOUSE_USER_SITES] : [],
    lastLoginAt: iso(span.anchor - rng.float(1, 72) * HOUR),
  }));
  const credentials = users.map((user) => ({
    userId: user.id,
    passwordHash: hashPassword(DEMO_PASSWORD, rng.bytes(16)),
  }));
  return { users, credentials };
}
