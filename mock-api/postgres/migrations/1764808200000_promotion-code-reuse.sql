-- Up Migration

-- A promotion's code may be used again once the promotion that had it has
-- expired (its status is derived from the clock in src/domain/promotions.ts),
-- and a unique index cannot read the clock. The API checks it; the index only
-- finds codes fast.
DROP INDEX promotions_code_key;
CREATE INDEX promotions_code ON promotions (upper(code)) WHERE code IS NOT NULL;

-- Down Migration

DROP INDEX promotions_code;
CREATE UNIQUE INDEX promotions_code_key ON promotions (upper(code)) WHERE code IS NOT NULL;
