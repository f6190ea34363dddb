import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, verifyPassword } from '../auth/passwords';
import { ROLES } from '../../src/domain/permissions';
import { SCALE_CONFIGS } from './scales';
import { Findings, seeded, TESTED_SCALES } from './test-fixtures';

describe.each(TESTED_SCALES)('people at %s scale', (scale) => {
  const db = seeded(scale);

  it('has the configured number of customers with unique lowercase ASCII e-mails', () => {
    expect(db.customers).toHaveLength(SCALE_CONFIGS[scale].customers);
    const malformed = db.customers.filter(
      (customer) => !/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(customer.email),
    );
    expect(malformed.map((customer) => customer.email)).toEqual([]);
    expect(new Set(db.customers.map((customer) => customer.email)).size).toBe(db.customers.length);
  });

  it('gives customers German addresses and phone numbers', () => {
    const findings = new Findings();
    for (const customer of db.customers) {
      const { address, id } = customer;
      findings.check(address.country === 'DE', `${id}: country ${address.country}`);
      findings.check(/^\d{5}$/.test(address.postalCode), `${id}: postal code ${address.postalCode}`);
      findings.check(address.name === `${customer.firstName} ${customer.lastName}`, `${id}: address name`);
      findings.check(/^\D+ \d+[a-c]?$/.test(address.street), `${id}: street ${address.street}`);
      findings.check(address.city.length > 0, `${id}: no city`);
      findings.check(/^\+49 1\d{2} \d{7,8}$/.test(customer.phone), `${id}: phone ${customer.phone}`);
    }
    expect(findings.problems).toEqual([]);
    if (scale === 'demo')
      expect(new Set(db.customers.map((customer) => customer.address.city)).size).toBeGreaterThan(20);
  });

  it('numbers customers by sign-up time and lets most of them buy', () => {
    const findings = new Findings();
    db.customers.forEach((customer, i) => {
      findings.check(customer.id === i + 1, `customer ${i} has id ${customer.id}`);
      findings.check(customer.createdAt <= customer.updatedAt, `${customer.id}: updated before created`);
      findings.check(
        customer.createdAt >= (db.customers[i - 1]?.createdAt ?? ''),
        `${customer.id}: signed up earlier than ${i}`,
      );
    });
    expect(findings.problems).toEqual([]);
    const buyers = new Set(db.orders.map((order) => order.customerId));
    expect(buyers.size / db.customers.length).toBeGreaterThan(0.6);
  });

  it('has the four active demo users, one per role', () => {
    expect(db.users.map((user) => [user.username, user.role, user.active])).toEqual(
      ROLES.map((role) => [role, role, true]),
    );
    expect(db.users.find((user) => user.role === 'warehouse')?.warehouseIds).toEqual([1, 2]);
    for (const user of db.users) {
      expect(user.fullName).toMatch(/^\S+ \S+$/);
      if (user.role !== 'warehouse') expect(user.warehouseIds).toEqual([]);
    }
  });

  it('stores a verifiable, distinct password hash per user and never a plain password', () => {
    expect(db.credentials.map((credential) => credential.userId)).toEqual(db.users.map((user) => user.id));
    for (const credential of db.credentials) {
      expect(verifyPassword(DEMO_PASSWORD, credential.passwordHash)).toBe(true);
      expect(verifyPassword('wrong-password', credential.passwordHash)).toBe(false);
      expect(credential.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    expect(new Set(db.credentials.map((credential) => credential.passwordHash)).size).toBe(
      db.credentials.length,
    );
    for (const user of db.users) expect(JSON.stringify(user)).not.toContain('scrypt');
  });
});
