-- The delivery promise, copied from the plan when the booking is made (express delivery shortens
-- it): days after the shoot, and how many photos. delivered_at is when photos first arrived.
ALTER TABLE booking ADD COLUMN delivery_days INTEGER;
ALTER TABLE booking ADD COLUMN promised_photos INTEGER;
ALTER TABLE booking ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
