-- The CRC-32 of each original, computed while it is received, so that a ZIP of a gallery can store
-- photos as they are (no second read to checksum them); null for photos from before.
ALTER TABLE photo ADD COLUMN crc32 BIGINT;
-- The customer's selection (favourites) in a delivered gallery.
ALTER TABLE photo ADD COLUMN selected BOOLEAN DEFAULT FALSE NOT NULL;
