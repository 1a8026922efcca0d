-- Booking at marketplace depth: negotiation, reschedule, backup dates, calendar holds,
-- timed transitions, cancellation policy snapshots, refunds and idempotent requests.

ALTER TABLE tenant ADD COLUMN request_ttl VARCHAR(20) DEFAULT 'PT48H' NOT NULL;
ALTER TABLE tenant ADD COLUMN auto_complete_after VARCHAR(20) DEFAULT 'P7D' NOT NULL;
ALTER TABLE tenant ADD COLUMN payout_delay VARCHAR(20) DEFAULT 'PT0S' NOT NULL;
-- The tenant's default cancellation policy, in the text form of CancellationPolicy.
ALTER TABLE tenant ADD COLUMN cancellation_policy VARCHAR(400)
  DEFAULT '168h:20,72h:50,24h:100;exempt=WEATHER,CHILD_ILLNESS;compensation=10;creditBonus=5' NOT NULL;

-- A plan may override the tenant's policy.
ALTER TABLE plan ADD COLUMN cancellation_policy VARCHAR(400);

ALTER TABLE photographer_profile ADD COLUMN buffer_before_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN buffer_after_minutes INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE booking ADD COLUMN backup_starts_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN reschedule_starts_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN reschedule_asked_by VARCHAR(20);
ALTER TABLE booking ADD COLUMN policy VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE booking ADD COLUMN status_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN cancel_reason VARCHAR(30);
ALTER TABLE booking ADD COLUMN cancelled_by VARCHAR(20);
UPDATE booking SET status_since = updated_at;

-- The time a booking keeps from a photographer's calendar, buffers included. On PostgreSQL an
-- exclusion constraint (postgresql/V2_1) forbids two holds of one photographer to overlap; a
-- booking that stops being active deletes its holds in the same transaction.
CREATE TABLE calendar_hold (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  booking_id       VARCHAR(36)  NOT NULL REFERENCES booking (id),
  kind             VARCHAR(10)  NOT NULL,
  starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_hold_kind UNIQUE (booking_id, kind),
  CONSTRAINT ck_hold_range CHECK (ends_at > starts_at)
);
CREATE INDEX ix_hold_photographer ON calendar_hold (photographer_id, starts_at);

CREATE TABLE refund (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  payment_id       VARCHAR(36)  NOT NULL REFERENCES payment (id),
  booking_id       VARCHAR(36)  NOT NULL REFERENCES booking (id),
  idempotency_key  VARCHAR(80)  NOT NULL,
  amount_minor     BIGINT       NOT NULL,
  currency         VARCHAR(3)   NOT NULL,
  as_credit        BOOLEAN      NOT NULL,
  reason           VARCHAR(30)  NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_refund_key UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX ix_refund_booking ON refund (booking_id);

ALTER TABLE ledger_entry ADD COLUMN party_id VARCHAR(36);

-- Requests that carried an Idempotency-Key: the first one's answer is kept and replayed.
CREATE TABLE idempotent_request (
  request_id       VARCHAR(64)   NOT NULL PRIMARY KEY, -- SHA-256 of tenant, caller and key
  tenant_id        VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  caller_id        VARCHAR(36)   NOT NULL,
  idem_key         VARCHAR(80)   NOT NULL,
  fingerprint      VARCHAR(64)   NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  response_status  INTEGER,
  response_type    VARCHAR(80),
  response_body    VARCHAR(8000),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_idempotent_created ON idempotent_request (created_at);
