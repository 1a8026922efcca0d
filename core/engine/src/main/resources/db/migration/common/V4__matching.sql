-- Matching: service areas, rating and response figures, a bigram index for Japanese keywords,
-- ranking weights per tenant, and the reverse flow (shoot requests and proposals).

ALTER TABLE photographer_profile ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE photographer_profile ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE photographer_profile ADD COLUMN travel_radius_km INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN rating_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN rating_sum INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN requests_received INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE photographer_profile ADD COLUMN requests_answered INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_profile_geo ON photographer_profile (tenant_id, latitude, longitude);

-- Weights of the ranking score, in the text form of RankingWeights.
ALTER TABLE tenant ADD COLUMN ranking_weights VARCHAR(200)
  DEFAULT 'distance=25,availability=25,rating=25,response=15,price=10' NOT NULL;

-- Character bigrams of a photographer's name, bio, city and plan titles (NFKC, lower case).
CREATE TABLE search_gram (
  photographer_id  VARCHAR(36) NOT NULL REFERENCES photographer_profile (id),
  gram             VARCHAR(8)  NOT NULL,
  tenant_id        VARCHAR(40) NOT NULL REFERENCES tenant (id),
  PRIMARY KEY (photographer_id, gram)
);
CREATE INDEX ix_gram ON search_gram (tenant_id, gram);

CREATE TABLE shoot_request (
  id                VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id         VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  customer_id       VARCHAR(36)   NOT NULL REFERENCES app_user (id),
  category_id       VARCHAR(64)   NOT NULL,
  prefecture        VARCHAR(40)   NOT NULL,
  city              VARCHAR(80)   NOT NULL,
  starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  duration_minutes  INTEGER       NOT NULL,
  budget_minor      BIGINT        NOT NULL,
  currency          VARCHAR(3)    NOT NULL,
  note              VARCHAR(2000) NOT NULL,
  status            VARCHAR(10)   NOT NULL,
  booking_id        VARCHAR(36),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT        NOT NULL
);
CREATE INDEX ix_shoot_request_open ON shoot_request (tenant_id, status, prefecture, category_id);
CREATE INDEX ix_shoot_request_customer ON shoot_request (customer_id);

CREATE TABLE proposal (
  id               VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  request_id       VARCHAR(36)   NOT NULL REFERENCES shoot_request (id),
  photographer_id  VARCHAR(36)   NOT NULL REFERENCES photographer_profile (id),
  plan_id          VARCHAR(36)   NOT NULL REFERENCES plan (id),
  price_minor      BIGINT        NOT NULL,
  currency         VARCHAR(3)    NOT NULL,
  message          VARCHAR(2000) NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_proposal_once UNIQUE (request_id, photographer_id)
);
CREATE INDEX ix_proposal_request ON proposal (request_id);
