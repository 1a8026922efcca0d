-- Search's read model: one row per plan with what its filters and order need, indexed so that the
-- common search (category + prefecture, cheapest first) reads only the rows it returns.
CREATE TABLE search_listing (
  plan_id          VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES plan (id),
  tenant_id        VARCHAR(40)  NOT NULL REFERENCES tenant (id),
  photographer_id  VARCHAR(36)  NOT NULL REFERENCES photographer_profile (id),
  category_id      VARCHAR(64)  NOT NULL,
  prefecture       VARCHAR(40)  NOT NULL,
  city             VARCHAR(80)  NOT NULL,
  price_minor      BIGINT       NOT NULL,
  latitude         DOUBLE PRECISION,
  longitude        DOUBLE PRECISION,
  languages        VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_listing_category_area ON search_listing (tenant_id, category_id, prefecture, price_minor);
CREATE INDEX ix_listing_area ON search_listing (tenant_id, prefecture, price_minor);
CREATE INDEX ix_listing_category ON search_listing (tenant_id, category_id, price_minor);
CREATE INDEX ix_listing_photographer ON search_listing (photographer_id);

INSERT INTO search_listing (plan_id, tenant_id, photographer_id, category_id, prefecture, city,
  price_minor, latitude, longitude, languages)
SELECT pl.id, pl.tenant_id, pr.id, pl.category_id, pr.prefecture, pr.city, pl.price_minor,
  pr.latitude, pr.longitude, pr.languages
FROM plan pl JOIN photographer_profile pr ON pr.id = pl.photographer_id;
