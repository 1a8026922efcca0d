-- Operators may approve new photographers before they appear in search and can be booked.
ALTER TABLE tenant ADD COLUMN approve_photographers BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN approval VARCHAR(10) DEFAULT 'APPROVED' NOT NULL;
