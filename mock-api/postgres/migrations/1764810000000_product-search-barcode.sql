-- Up Migration

-- `q` on products searches the barcode as well as the SKU and name, so the
-- trigram index that narrows it must hold all three (a scanned barcode is the
-- warehouse's most common search).
DROP INDEX products_q;
CREATE INDEX products_q ON products
  USING gin ((lower(sku || ' ' || name || ' ' || coalesce(barcode, ''))) gin_trgm_ops);

-- Down Migration

DROP INDEX products_q;
CREATE INDEX products_q ON products USING gin ((lower(sku || ' ' || name)) gin_trgm_ops);
