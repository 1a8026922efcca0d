-- No photographer is double-booked: two holds of one photographer never overlap. Holds exist
-- only for active bookings, so cancelled, declined and expired bookings free the time at once.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE calendar_hold ADD CONSTRAINT ex_calendar_hold_overlap
  EXCLUDE USING gist (photographer_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&);
