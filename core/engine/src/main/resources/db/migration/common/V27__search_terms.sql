-- Keyword search with relevance (docs/matching.md): every index term carries the weight of the
-- heaviest field it occurs in (name 4, plan title 3, area 2, bio 1), and the index now holds single
-- characters and folds katakana into hiragana. Terms written before this migration weigh 1 until
-- the rebuild below rewrites them.
ALTER TABLE search_gram ADD COLUMN weight SMALLINT DEFAULT 1 NOT NULL;

-- Every marketplace's index is rebuilt by one job chain (io.shutterport.catalog.SearchTermsJob).
INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)
  SELECT 'search-terms-' || ROW_NUMBER() OVER (ORDER BY id), id, 'search.terms', 'PENDING', '', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP
  FROM tenant;
