-- Plans can be retired (kept for the bookings made with them, no longer offered) and can take
-- bookings instantly (a request is accepted at once, without waiting for the photographer).
ALTER TABLE plan ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan ADD COLUMN instant_book BOOLEAN DEFAULT FALSE NOT NULL;
