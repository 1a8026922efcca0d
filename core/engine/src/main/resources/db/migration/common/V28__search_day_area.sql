-- Search keeps its listings in memory and reads, per search, only the stored free time of the date
-- in the prefectures it searches (decision 107): each row carries its photographer's prefecture,
-- written with the row and rewritten when the profile moves. Nullable, so nodes of the previous
-- release keep writing rows during a rolling deploy; search reads rows without one as well.
ALTER TABLE search_day ADD COLUMN prefecture VARCHAR(40);
UPDATE search_day SET prefecture =
  (SELECT p.prefecture FROM photographer_profile p WHERE p.id = search_day.photographer_id);
CREATE INDEX ix_search_day_area ON search_day (tenant_id, prefecture, on_date);
