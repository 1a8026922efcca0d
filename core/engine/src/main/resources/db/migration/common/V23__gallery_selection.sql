-- A plan may limit how many delivered photos the customer selects (e.g. for retouching or an
-- album); the limit is copied onto the booking when it is made, and the gallery records when the
-- customer submitted the selection (no changes after that).
ALTER TABLE plan ADD COLUMN selection_limit INTEGER;
ALTER TABLE booking ADD COLUMN selection_limit INTEGER;
ALTER TABLE gallery ADD COLUMN selection_submitted_at TIMESTAMP WITH TIME ZONE;
