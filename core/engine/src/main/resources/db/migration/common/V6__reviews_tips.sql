-- Two-sided, double-blind reviews after completion; tips after delivery.

CREATE TABLE review (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  booking_id    VARCHAR(36)   NOT NULL REFERENCES booking (id),
  author_id     VARCHAR(36)   NOT NULL REFERENCES app_user (id),
  subject_id    VARCHAR(36)   NOT NULL REFERENCES app_user (id),
  direction     VARCHAR(30)   NOT NULL,
  stars         INTEGER       NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  reply         VARCHAR(2000),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_review_once UNIQUE (booking_id, direction),
  CONSTRAINT ck_review_stars CHECK (stars BETWEEN 1 AND 5)
);
CREATE INDEX ix_review_subject ON review (tenant_id, subject_id, published_at);

-- How long after completion reviews stay hidden when only one side wrote.
ALTER TABLE tenant ADD COLUMN review_window VARCHAR(20) DEFAULT 'P14D' NOT NULL;
-- The photographer's share of tips, in basis points (the rest is the platform's).
ALTER TABLE tenant ADD COLUMN tip_share_bp INTEGER DEFAULT 9000 NOT NULL;

-- What a payment is for: the booking itself, or a tip after delivery.
ALTER TABLE payment ADD COLUMN purpose VARCHAR(10) DEFAULT 'BOOKING' NOT NULL;
-- When the payment's money was booked in the ledger (once).
ALTER TABLE payment ADD COLUMN settled_at TIMESTAMP WITH TIME ZONE;
UPDATE payment SET settled_at = updated_at WHERE status = 'CAPTURED';
