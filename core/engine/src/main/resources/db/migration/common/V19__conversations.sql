-- Conversations in depth. Each message has one recipient (the booking's other party) and is read
-- when the recipient has seen it: read receipts and unread counts come from these two columns.
-- Contact details found in a message stay stored as written but are shown masked until the
-- booking is paid (masked_body); contact_kinds says what was found and flags the conversation for
-- the operator. A party can open a dispute on a booking; only then may the operator read the
-- conversation, and every such reading is written to the audit log.
ALTER TABLE message ADD COLUMN recipient_id VARCHAR(36) REFERENCES app_user (id);
UPDATE message SET recipient_id = (
  SELECT CASE WHEN b.customer_id = message.sender_id THEN b.photographer_id ELSE b.customer_id END
  FROM booking b WHERE b.id = message.booking_id);
ALTER TABLE message ALTER COLUMN recipient_id SET NOT NULL;
ALTER TABLE message ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message ADD COLUMN masked_body VARCHAR(4000);
ALTER TABLE message ADD COLUMN contact_kinds VARCHAR(40);
-- An image attached to the message: a photo row of kind MESSAGE (previews only are served).
ALTER TABLE message ADD COLUMN photo_id VARCHAR(36) REFERENCES photo (id);
CREATE INDEX ix_message_unread ON message (recipient_id, read_at);
CREATE INDEX ix_message_flagged ON message (tenant_id, contact_kinds);

ALTER TABLE booking ADD COLUMN disputed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN dispute_reason VARCHAR(2000);
ALTER TABLE booking ADD COLUMN disputed_by VARCHAR(36) REFERENCES app_user (id);

CREATE TABLE audit_entry (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  actor_id    VARCHAR(36)   NOT NULL,
  action      VARCHAR(60)   NOT NULL,
  target      VARCHAR(100)  NOT NULL,
  detail      VARCHAR(1000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_tenant_time ON audit_entry (tenant_id, created_at);
