-- A large tenant for the benchmark, generated inside PostgreSQL: 100,000 photographers with a
-- plan and weekly rules; 10,000 customers; 1,000,000 bookings (700,000 completed
-- in the past, 300,000 accepted in the future with their calendar holds); 1,000,000 availability
-- exceptions; 300,000 published reviews. Ids start with "bench-" so the data is recognisable.
-- Runs in the tenant "sakura" that demo seeding created.


INSERT INTO app_user (id, tenant_id, email, email_verified, password_hash, display_name, role, locale, created_at)
SELECT 'bench-p-' || n, 'sakura', 'bench-p-' || n || '@bench.example', true, 'x', 'ベンチ撮影者 ' || n, 'PHOTOGRAPHER', 'ja', now()
FROM generate_series(1, 100000) n;

INSERT INTO app_user (id, tenant_id, email, email_verified, password_hash, display_name, role, locale, created_at)
SELECT 'bench-c-' || n, 'sakura', 'bench-c-' || n || '@bench.example', true, 'x', 'ベンチ顧客 ' || n, 'CUSTOMER', 'ja', now()
FROM generate_series(1, 10000) n;

-- Prefectures in JIS order; cities and points spread over Japan; two bios to search in.
INSERT INTO photographer_profile (id, tenant_id, display_name, bio, prefecture, city, languages, created_at,
  latitude, longitude, travel_radius_km, rating_count, rating_sum, requests_received, requests_answered)
SELECT 'bench-p-' || n, 'sakura', 'ベンチ撮影者 ' || n,
  CASE WHEN n % 2 = 0 THEN '神社での七五三とお宮参りを撮影します。自然光が得意です。'
       ELSE '公園や海辺でのファミリーフォト。ペットも一緒にどうぞ。' END,
  (ARRAY['hokkaido','aomori','iwate','miyagi','akita','yamagata','fukushima','ibaraki','tochigi','gunma',
         'saitama','chiba','tokyo','kanagawa','niigata','toyama','ishikawa','fukui','yamanashi','nagano',
         'gifu','shizuoka','aichi','mie','shiga','kyoto','osaka','hyogo','nara','wakayama','tottori',
         'shimane','okayama','hiroshima','yamaguchi','tokushima','kagawa','ehime','kochi','fukuoka',
         'saga','nagasaki','kumamoto','oita','miyazaki','kagoshima','okinawa'])[1 + n % 47],
  '市' || (n % 20), CASE WHEN n % 3 = 0 THEN 'ja,en' ELSE 'ja' END, now(),
  31 + (n % 1000) * 0.012, 130 + (n % 997) * 0.011, 20 + n % 40, 0, 0, 10 + n % 7, 5 + n % 7
FROM generate_series(1, 100000) n;

INSERT INTO plan (id, tenant_id, photographer_id, category_id, title, duration_minutes, price_minor, currency, photo_count, created_at)
SELECT 'bench-plan-' || n, 'sakura', 'bench-p-' || n,
  (ARRAY['shichigosan','omiyamairi','seijinshiki','shichigosan'])[1 + n % 4],
  'ベンチプラン ' || n, 60, 15000 + (n % 46) * 1000, 'JPY', 50, now()
FROM generate_series(1, 100000) n;

INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday, start_minute, end_minute)
SELECT 'bench-r-' || n || '-' || d, 'sakura', 'bench-p-' || n, d, 540, 1080
FROM generate_series(1, 100000) n, generate_series(1, 7) d;

-- Ten exceptions per photographer on days 1..60 ahead: most close the day, some open the evening.
INSERT INTO availability_exception (id, tenant_id, photographer_id, on_date, start_minute, end_minute)
SELECT 'bench-x-' || n || '-' || k, 'sakura', 'bench-p-' || n, current_date + (1 + (n + k * 6) % 60),
  CASE WHEN k % 3 = 0 THEN 960 END, CASE WHEN k % 3 = 0 THEN 1200 END
FROM generate_series(1, 100000) n, generate_series(1, 10) k;

-- Ten bookings per photographer: seven completed in the past, three accepted ahead (days 1..60,
-- one per day at 10:00, on days the exceptions above do not close).
INSERT INTO booking (id, tenant_id, reference, customer_id, photographer_id, plan_id, category_id, starts_at, ends_at,
  status, price_minor, currency, note, created_at, updated_at, version, policy, status_since)
SELECT 'bench-b-' || n || '-' || k, 'sakura', 'BB' || n || '-' || k, 'bench-c-' || (1 + (n + k) % 10000), 'bench-p-' || n,
  'bench-plan-' || n, (ARRAY['shichigosan','omiyamairi','seijinshiki','shichigosan'])[1 + n % 4],
  CASE WHEN k <= 7 THEN current_date - (k * 30 + n % 20) ELSE current_date + (2 + (n + k * 7) % 58) END + time '01:00',
  CASE WHEN k <= 7 THEN current_date - (k * 30 + n % 20) ELSE current_date + (2 + (n + k * 7) % 58) END + time '02:00',
  CASE WHEN k <= 7 THEN 'COMPLETED' ELSE 'ACCEPTED' END,
  15000 + (n % 46) * 1000, 'JPY', '', now(), now(), 1,
  '168h:20,72h:50,24h:100;exempt=WEATHER,CHILD_ILLNESS;compensation=10;creditBonus=5', now()
FROM generate_series(1, 100000) n, generate_series(1, 10) k;

INSERT INTO calendar_hold (id, tenant_id, photographer_id, booking_id, kind, starts_at, ends_at)
SELECT 'bench-h-' || b.id, 'sakura', b.photographer_id, b.id, 'MAIN', b.starts_at, b.ends_at
FROM booking b WHERE b.tenant_id = 'sakura' AND b.id LIKE 'bench-b-%' AND b.status = 'ACCEPTED';

-- Three published reviews per photographer for the completed bookings k = 1..3.
INSERT INTO review (id, tenant_id, booking_id, author_id, subject_id, direction, stars, body, created_at, published_at)
SELECT 'bench-v-' || n || '-' || k, 'sakura', 'bench-b-' || n || '-' || k, 'bench-c-' || (1 + (n + k) % 10000),
  'bench-p-' || n, 'CUSTOMER_TO_PHOTOGRAPHER', 3 + (n + k) % 3, 'とても良い撮影でした', now(), now()
FROM generate_series(1, 100000) n, generate_series(1, 3) k;

-- Each photographer's three reviews have 3, 4 and 5 stars in some order.
UPDATE photographer_profile SET rating_count = 3, rating_sum = 12 WHERE id LIKE 'bench-p-%';

INSERT INTO search_listing (plan_id, tenant_id, photographer_id, category_id, prefecture, city,
  price_minor, latitude, longitude, languages)
SELECT pl.id, pl.tenant_id, pr.id, pl.category_id, pr.prefecture, pr.city, pl.price_minor,
  pr.latitude, pr.longitude, pr.languages
FROM plan pl JOIN photographer_profile pr ON pr.id = pl.photographer_id
WHERE pr.id LIKE 'bench-p-%';

-- Search's free days (search_day) of the exceptions and holds above, built by the application's
-- own rebuild job, 200 photographers per job.
INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)
VALUES ('bench-search-days', 'sakura', 'search.days', 'PENDING', '', now(), 0, now());

-- Keyword search's index (search_gram: folded characters and pairs with their field weights),
-- built by the application's own rebuild job, 200 photographers per job.
INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)
VALUES ('bench-search-terms', 'sakura', 'search.terms', 'PENDING', '', now(), 0, now());
