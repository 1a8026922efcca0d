-- Embedded payment flows and provider webhooks.

-- What the page's provider script needs to let the customer authorise (Stripe's client secret).
ALTER TABLE payment ADD COLUMN client_token VARCHAR(255);
CREATE INDEX ix_payment_provider_id ON payment (tenant_id, provider_id, provider_payment_id);

-- Provider events already acted on: written in the same transaction as their effect, so the same
-- event delivered again (or concurrently) has its effect once.
CREATE TABLE webhook_event (
  tenant_id    VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  provider_id  VARCHAR(64)  NOT NULL,
  event_id     VARCHAR(255) NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, provider_id, event_id)
);
