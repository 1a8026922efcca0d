-- The in-app notification centre: one row per user and event (a booking moved, a reminder), shown
-- in the user's language when read. Preferences say which topics also arrive by e-mail; a missing
-- row means the default (e-mail on).
CREATE TABLE notification (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id),
  kind        VARCHAR(60)  NOT NULL,
  booking_id  VARCHAR(36)  REFERENCES booking (id),
  reference   VARCHAR(40)  NOT NULL,
  params      VARCHAR(1000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_user ON notification (user_id, created_at);

CREATE TABLE notification_preference (
  tenant_id   VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id),
  topic       VARCHAR(20)  NOT NULL,
  email       BOOLEAN      NOT NULL,
  PRIMARY KEY (user_id, topic)
);

-- A job keeps the site address its cause came in on, so links in mails sent from jobs (reminders,
-- timed steps) are whole; jobs it enqueues inherit it.
ALTER TABLE job ADD COLUMN origin VARCHAR(200);

-- Mails get an HTML part in the marketplace's theme next to the text part.
ALTER TABLE mail_outbox ADD COLUMN html_body VARCHAR(20000);
