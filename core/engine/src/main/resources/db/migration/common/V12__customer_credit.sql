-- Credit a customer can spend on a later booking (cancellation as credit, compensation when the
-- photographer cancels). One balance per customer and currency; the CHECK makes overspending
-- impossible even for two payments racing.
CREATE TABLE credit_account (
  id             VARCHAR(36) NOT NULL PRIMARY KEY,
  tenant_id      VARCHAR(40) NOT NULL REFERENCES tenant (id),
  customer_id    VARCHAR(36) NOT NULL,
  currency       VARCHAR(3)  NOT NULL,
  balance_minor  BIGINT      NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_credit_account UNIQUE (tenant_id, customer_id, currency),
  CONSTRAINT ck_credit_balance CHECK (balance_minor >= 0)
);

-- The part of a booking's price paid from credit; amount_minor is what the provider takes.
ALTER TABLE payment ADD COLUMN credit_minor BIGINT DEFAULT 0 NOT NULL;
