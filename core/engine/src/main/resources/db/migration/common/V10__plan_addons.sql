-- Plans promise a delivery time and may offer add-ons: extra time in units, express delivery.
ALTER TABLE plan ADD COLUMN delivery_days INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE plan ADD COLUMN extra_minutes INTEGER;
ALTER TABLE plan ADD COLUMN extra_price_minor BIGINT;
ALTER TABLE plan ADD COLUMN express_days INTEGER;
ALTER TABLE plan ADD COLUMN express_price_minor BIGINT;
-- What the customer added, e.g. "extra=2;express".
ALTER TABLE booking ADD COLUMN addons VARCHAR(40) DEFAULT '' NOT NULL;
