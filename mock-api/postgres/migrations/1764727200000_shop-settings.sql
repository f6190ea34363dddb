-- Up Migration

-- Settings → Shop: exactly one record (id 1), the shop's name, address, time zone,
-- money display and fallback dispatch promise (src/domain/shop.ts). The time zone
-- is lifted out so reports can bucket days by it in SQL.
CREATE TABLE shop_settings (
  id bigint PRIMARY KEY CHECK (id = 1),
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  time_zone text GENERATED ALWAYS AS (doc ->> 'timeZone') STORED NOT NULL
);

-- Down Migration

DROP TABLE shop_settings;
