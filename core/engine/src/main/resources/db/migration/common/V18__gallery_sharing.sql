-- A customer can share a gallery with family through a link and a PIN. Wrong PINs count; five in
-- a row lock the link for 15 minutes. A right PIN gives a grant that opens the gallery's previews
-- for 12 hours.
ALTER TABLE gallery ADD COLUMN share_token VARCHAR(64);
ALTER TABLE gallery ADD COLUMN share_pin_hash VARCHAR(200);
ALTER TABLE gallery ADD COLUMN share_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE gallery ADD COLUMN share_locked_until TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX uq_gallery_share ON gallery (share_token);

CREATE TABLE gallery_grant (
  token       VARCHAR(64) NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40) NOT NULL REFERENCES tenant (id),
  booking_id  VARCHAR(36) NOT NULL REFERENCES booking (id),
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
