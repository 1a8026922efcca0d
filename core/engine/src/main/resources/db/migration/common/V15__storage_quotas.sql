-- Photo storage quotas: per uploading user and per tenant, in bytes of originals. Set by the
-- platform (not the tenant's operator); the defaults suit a marketplace starting out.
ALTER TABLE tenant ADD COLUMN user_photo_quota_bytes BIGINT DEFAULT 200000000000 NOT NULL;
ALTER TABLE tenant ADD COLUMN photo_quota_bytes BIGINT DEFAULT 20000000000000 NOT NULL;

-- Bytes of originals held, per tenant and uploader; owner_id '*' is the tenant's total. Moved only
-- by conditional updates, and a CHECK keeps it from going below zero.
CREATE TABLE storage_usage (
  id          VARCHAR(36) NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40) NOT NULL REFERENCES tenant (id),
  owner_id    VARCHAR(36) NOT NULL,
  bytes       BIGINT      NOT NULL,
  CONSTRAINT uq_storage_usage UNIQUE (tenant_id, owner_id),
  CONSTRAINT ck_storage_usage CHECK (bytes >= 0)
);
