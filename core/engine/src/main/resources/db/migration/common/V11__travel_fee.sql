-- A travel fee by distance bands, per tenant, e.g. "10:0,30:3000,60:6000" (up to 10 km free, up
-- to 30 km 3,000, up to 60 km 6,000; farther is refused). Empty: no travel fee.
ALTER TABLE tenant ADD COLUMN travel_fee_bands VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE booking ADD COLUMN travel_fee_minor BIGINT DEFAULT 0 NOT NULL;
