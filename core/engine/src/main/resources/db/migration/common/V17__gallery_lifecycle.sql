-- A delivered gallery's life: open until expires_at (a reminder goes out before), then closed to
-- the customer and its originals moved to the archive tier where storage has one; a restore
-- brings them back and opens it again for a while.
CREATE TABLE gallery (
  booking_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES booking (id),
  tenant_id   VARCHAR(40) NOT NULL REFERENCES tenant (id),
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  state       VARCHAR(12) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
