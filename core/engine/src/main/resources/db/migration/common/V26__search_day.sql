-- Search's free time per photographer and date, for the dates that differ from the weekly rules: a
-- date with an exception or with time a booking holds. Written in the transaction that changes
-- rules, exceptions or holds (io.shutterport.catalog.FreeTime gives the form of "free"), so a
-- committed booking is never shown free; dates without a row are their weekday's windows whole.
CREATE TABLE search_day (
  photographer_id  VARCHAR(36)   NOT NULL REFERENCES photographer_profile (id),
  on_date          DATE          NOT NULL,
  tenant_id        VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  free             VARCHAR(8000) NOT NULL,
  PRIMARY KEY (photographer_id, on_date)
);

-- Existing holds and exceptions reach it through one rebuild job per marketplace.
INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)
  SELECT 'search-days-' || ROW_NUMBER() OVER (ORDER BY id), id, 'search.days', 'PENDING', '', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP
  FROM tenant;
