-- The operator console arranges the marketplace's categories: the order they are shown in (ids,
-- comma-separated; categories not listed follow in their plugins' order) and the ones switched off.
ALTER TABLE tenant ADD COLUMN category_order VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE tenant ADD COLUMN hidden_categories VARCHAR(2000) DEFAULT '' NOT NULL;

-- The answers to a category's booking questions (e.g. the wedding date of a 前撮り), as a JSON
-- object, validated by the category's plugin when the booking was asked for.
ALTER TABLE booking ADD COLUMN details VARCHAR(4000);

-- Accounts an operator suspended: they can no longer log in or act, and a photographer's listings
-- disappear. One small table for all tenants, so every node keeps the whole set in memory.
CREATE TABLE account_suspension (
  user_id      VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES app_user (id),
  tenant_id    VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  suspended_by VARCHAR(36)  NOT NULL,
  suspended_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Plugin archives installed by the platform administrator, so every node loads the same bytes.
CREATE TABLE plugin_archive (
  plugin_id    VARCHAR(60)  NOT NULL PRIMARY KEY,
  version      VARCHAR(40)  NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  archive      BYTEA        NOT NULL,
  installed_by VARCHAR(36)  NOT NULL,
  installed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Resumable uploads (issue 4): an original sent in chunks that survive a dropped connection. The
-- chunks are objects in the marketplace's storage (so any node can take the next one); this row
-- says how many bytes have arrived.
CREATE TABLE resumable_upload (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  booking_id  VARCHAR(36)  NOT NULL REFERENCES booking (id),
  owner_id    VARCHAR(36)  NOT NULL REFERENCES app_user (id),
  length      BIGINT       NOT NULL,
  received    BIGINT       NOT NULL,
  photo_id    VARCHAR(36),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
