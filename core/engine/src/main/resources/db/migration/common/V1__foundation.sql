-- Shutterport foundation schema. Portable SQL: the same script runs on H2 and PostgreSQL.
-- Every tenant-owned table carries tenant_id; EclipseLink adds it to every query.

CREATE TABLE tenant (
  id               VARCHAR(40)  NOT NULL PRIMARY KEY,
  name             VARCHAR(120) NOT NULL,
  default_locale   VARCHAR(8)   NOT NULL,
  locales          VARCHAR(64)  NOT NULL,
  currency         VARCHAR(3)   NOT NULL,
  time_zone        VARCHAR(40)  NOT NULL,
  theme            VARCHAR(40)  NOT NULL,
  commission_bp    INTEGER      NOT NULL,
  storage_plugin   VARCHAR(64)  NOT NULL,
  payment_plugin   VARCHAR(64)  NOT NULL,
  category_plugins VARCHAR(400) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE tenant_host (
  host       VARCHAR(253) NOT NULL PRIMARY KEY,
  tenant_id  VARCHAR(40)  NOT NULL REFERENCES tenant (id)
);

CREATE TABLE tenant_plugin_setting (
  tenant_id  VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  plugin_id  VARCHAR(64)  NOT NULL,
  name       VARCHAR(64)  NOT NULL,
  setting_value VARCHAR(2000),
  PRIMARY KEY (tenant_id, plugin_id, name)
);

CREATE TABLE app_user (
  id             VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id      VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  email          VARCHAR(254) NOT NULL,
  email_verified BOOLEAN      NOT NULL,
  password_hash  VARCHAR(200) NOT NULL,
  display_name   VARCHAR(80)  NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  locale         VARCHAR(8)   NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_user_email UNIQUE (tenant_id, email)
);

CREATE TABLE user_token (
  token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id),
  purpose     VARCHAR(20)  NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE photographer_profile (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES app_user (id),
  tenant_id     VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  display_name  VARCHAR(80)   NOT NULL,
  bio           VARCHAR(4000) NOT NULL,
  prefecture    VARCHAR(40)   NOT NULL,
  city          VARCHAR(80)   NOT NULL,
  languages     VARCHAR(64)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_profile_area ON photographer_profile (tenant_id, prefecture);

CREATE TABLE plan (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  category_id      VARCHAR(64)  NOT NULL,
  title            VARCHAR(120) NOT NULL,
  duration_minutes INTEGER      NOT NULL,
  price_minor      BIGINT       NOT NULL,
  currency         VARCHAR(3)   NOT NULL,
  photo_count      INTEGER      NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_plan_category ON plan (tenant_id, category_id);
CREATE INDEX ix_plan_photographer ON plan (photographer_id);

CREATE TABLE booking (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  reference        VARCHAR(20)  NOT NULL,
  customer_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  plan_id          VARCHAR(36)  NOT NULL REFERENCES plan (id),
  category_id      VARCHAR(64)  NOT NULL,
  starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  price_minor      BIGINT       NOT NULL,
  currency         VARCHAR(3)   NOT NULL,
  note             VARCHAR(2000) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT       NOT NULL,
  CONSTRAINT uq_booking_reference UNIQUE (tenant_id, reference)
);
CREATE INDEX ix_booking_customer ON booking (customer_id);
CREATE INDEX ix_booking_photographer ON booking (photographer_id, starts_at);

CREATE TABLE payment (
  id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id            VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  booking_id           VARCHAR(36)  NOT NULL REFERENCES booking (id),
  provider_id          VARCHAR(64)  NOT NULL,
  provider_payment_id  VARCHAR(120) NOT NULL,
  idempotency_key      VARCHAR(80)  NOT NULL,
  status               VARCHAR(30)  NOT NULL,
  amount_minor         BIGINT       NOT NULL,
  currency             VARCHAR(3)   NOT NULL,
  instructions_ja      VARCHAR(2000),
  instructions_en      VARCHAR(2000),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_payment_key UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX ix_payment_booking ON payment (booking_id);

CREATE TABLE ledger_entry (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  booking_id    VARCHAR(36)  NOT NULL REFERENCES booking (id),
  kind          VARCHAR(20)  NOT NULL,
  amount_minor  BIGINT       NOT NULL,
  currency      VARCHAR(3)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ledger_booking ON ledger_entry (booking_id);

CREATE TABLE message (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  booking_id  VARCHAR(36)   NOT NULL REFERENCES booking (id),
  sender_id   VARCHAR(36)   NOT NULL REFERENCES app_user (id),
  body        VARCHAR(4000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_message_booking ON message (booking_id, created_at);

CREATE TABLE photo (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  owner_kind    VARCHAR(20)  NOT NULL,
  owner_id      VARCHAR(36)  NOT NULL,
  position      INTEGER      NOT NULL,
  original_key  VARCHAR(200) NOT NULL,
  thumb_key     VARCHAR(200),
  sha256        VARCHAR(64)  NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  content_type  VARCHAR(40)  NOT NULL,
  width         INTEGER      NOT NULL,
  height        INTEGER      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_photo_owner ON photo (tenant_id, owner_kind, owner_id, position);

CREATE TABLE mail_outbox (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  recipient   VARCHAR(254)  NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  body        VARCHAR(8000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE
);

-- Durable background work: written in the same transaction as its cause, taken by any node.
CREATE TABLE job (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  kind          VARCHAR(40)   NOT NULL,
  status        VARCHAR(10)   NOT NULL,
  payload       VARCHAR(2000) NOT NULL,
  run_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts      INTEGER       NOT NULL,
  locked_by     VARCHAR(80),
  locked_until  TIMESTAMP WITH TIME ZONE,
  done_at       TIMESTAMP WITH TIME ZONE,
  last_error    VARCHAR(1000),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_job_due ON job (status, run_at);
