-- PostgreSQL: search's per-date read of stored free time (decision 107) answered from the index
-- alone. One date's rows lie on as many pages as rows (they are written photographer by
-- photographer), so fetching them cost one page per row: 5.5 ms for a prefecture's 450 rows at
-- 100,000 photographers, against well under a millisecond from the index (docs/benchmarks.md).
-- H2 has no INCLUDE; its index stays as V28 made it.
DROP INDEX ix_search_day_area;
CREATE INDEX ix_search_day_area ON search_day (tenant_id, prefecture, on_date) INCLUDE (photographer_id, free);
