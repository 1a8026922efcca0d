-- Availability: weekly rules, date exceptions, notice, horizon and the photographer's time zone.

ALTER TABLE photographer_profile ADD COLUMN time_zone VARCHAR(40) DEFAULT 'Asia/Tokyo' NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN min_notice_minutes INTEGER DEFAULT 1440 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN horizon_days INTEGER DEFAULT 365 NOT NULL;
-- The secret part of the photographer's calendar feed URL; made on first use.
ALTER TABLE photographer_profile ADD COLUMN calendar_token VARCHAR(64);
CREATE UNIQUE INDEX uq_profile_calendar_token ON photographer_profile (calendar_token);

-- When a photographer works, by weekday (1 = Monday), in minutes of the day in their time zone.
CREATE TABLE availability_rule (
  id               VARCHAR(40)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  weekday          INTEGER      NOT NULL,
  start_minute     INTEGER      NOT NULL,
  end_minute       INTEGER      NOT NULL,
  CONSTRAINT ck_rule_weekday CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT ck_rule_window CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
);
CREATE INDEX ix_rule_photographer ON availability_rule (photographer_id, weekday);

-- A date that differs from the weekly rules: closed all day (no window), or open in its windows.
CREATE TABLE availability_exception (
  id               VARCHAR(36)  NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  on_date          DATE         NOT NULL,
  start_minute     INTEGER,
  end_minute       INTEGER,
  CONSTRAINT ck_exception_window CHECK (
    (start_minute IS NULL AND end_minute IS NULL)
    OR (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute))
);
CREATE INDEX ix_exception_photographer ON availability_exception (photographer_id, on_date);

-- Photographers who exist already work 09:00–18:00 every day until they say otherwise.
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-1', tenant_id, id, 1, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-2', tenant_id, id, 2, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-3', tenant_id, id, 3, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-4', tenant_id, id, 4, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-5', tenant_id, id, 5, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-6', tenant_id, id, 6, 540, 1080 FROM photographer_profile;
INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
  SELECT id || '-7', tenant_id, id, 7, 540, 1080 FROM photographer_profile;
