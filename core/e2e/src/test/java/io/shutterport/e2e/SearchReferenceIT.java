package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Search's answers against a brute-force reference. A marketplace of its own gets 5,000
 * photographers generated at random — plans, weekly windows, dates that differ, bookings holding
 * time (across midnight too), buffers, reviews, answer rates — and 50 random searches must return,
 * page by page, exactly the photographers, order, total and free starts that a plain-Java reading
 * of the same rows gives under docs/matching.md's score. The reference computes free time start by
 * start from rules, exceptions and holds, as booking does, not from {@code search_day}: it checks
 * the stored free time, the candidate query and the ranking together.
 *
 * <p>The data is random on every run; a failure names its seed, and {@code -Dit.reference.seed=N}
 * runs that data again.
 */
class SearchReferenceIT {
  private static final int PHOTOGRAPHERS = 5_000;
  private static final int QUERIES = 50;
  private static final int PAGE = 20;
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** Prefecture, its names in Japanese and English, centre, cities. */
  private record Area(
      String prefecture,
      String ja,
      String en,
      double latitude,
      double longitude,
      String... cities) {}

  private static final List<Area> AREAS =
      List.of(
          new Area("tokyo", "東京都", "Tokyo", 35.68, 139.76, "千代田区", "新宿区", "世田谷区"),
          new Area("kanagawa", "神奈川県", "Kanagawa", 35.45, 139.64, "横浜市", "川崎市", "鎌倉市"),
          new Area("osaka", "大阪府", "Osaka", 34.69, 135.50, "大阪市", "堺市"),
          new Area("kyoto", "京都府", "Kyoto", 35.01, 135.77, "京都市", "宇治市"),
          new Area("fukuoka", "福岡県", "Fukuoka", 33.59, 130.40, "福岡市", "北九州市"),
          new Area("hokkaido", "北海道", "Hokkaido", 43.06, 141.35, "札幌市", "函館市"));

  /** Words of names, titles and bios, in several scripts and widths. */
  private static final List<String> WORDS =
      List.of(
          "前撮り",
          "まえどり",
          "maedori",
          "七五三",
          "犬",
          "猫",
          "ねこ",
          "ネコ",
          "神社",
          "海辺",
          "自然光",
          "マタニティ",
          "妊婦",
          "婚約",
          "Engagement",
          "ﾌｫﾄ",
          "フォト",
          "家族",
          "さくら",
          "花",
          "京都");

  /** What customers type. */
  private static final List<String> QUERY_WORDS =
      List.of(
          "前撮り",
          "maedori",
          "犬",
          "猫",
          "ねこ",
          "神社",
          "自然光",
          "ふぉと",
          "ﾌｫﾄ",
          "マタニティ",
          "婚約",
          "海",
          "花",
          "さくら",
          "京都",
          "tokyo",
          "大阪",
          "engagement");

  /** The wedding plugin's synonym groups, as its contract gives them. */
  private static final List<List<String>> SYNONYMS =
      List.of(
          List.of("前撮り", "まえどり", "maedori", "prewedding"),
          List.of("婚約", "エンゲージメント", "engagement"),
          List.of("マタニティ", "妊婦", "maternity"));

  /** The categories of the wedding plugin the marketplace is created with. */
  private static final List<String> CATEGORIES = List.of("maedori", "engagement", "maternity");

  private static final List<String> LANGUAGES = List.of("ja", "ja,en", "ja,zh", "en", "ja,en,ko");

  @Test
  void theFirstPagesOfFiftyRandomSearchesEqualAPlainJavaReference() throws Exception {
    long seed = Long.getLong("it.reference.seed", System.nanoTime());
    String tenant = "ref-" + MarketplaceConsoleIT.nonce();
    String host = tenant + ".localhost";
    MarketplaceConsoleIT.newMarketplace(tenant, host);
    try (Connection db = Sql.connect()) {
      long started = System.nanoTime();
      new Generator(db, tenant, new Random(seed)).run();
      long generated = System.nanoTime();
      rebuildSearch(db, tenant);
      long rebuilt = System.nanoTime();
      World world = World.read(db, tenant);
      assertThat(world.people).hasSize(PHOTOGRAPHERS);

      Api visitor = new Api(host + ":" + Env.PORT);
      Random random = new Random(seed + 1);
      List<String> mismatches = new ArrayList<>();
      int answered = 0;
      int beyondOnePage = 0;
      int dated = 0;
      int keywords = 0;
      int largest = 0;
      for (int i = 0; i < QUERIES; i++) {
        Query query = Query.random(random);
        List<Hit> expected = world.rank(query, Instant.now());
        var answer = visitor.get("/api/v1/photographers?" + query.parameters());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<Hit> shown = hits(answer);
        List<Hit> wanted =
            expected.subList(
                Math.min(expected.size(), (query.page() - 1) * PAGE),
                Math.min(expected.size(), query.page() * PAGE));
        String total = answer.header("X-Total-Count");
        if (!shown.equals(wanted) || !String.valueOf(expected.size()).equals(total)) {
          mismatches.add(
              query.parameters()
                  + "\n  total "
                  + total
                  + ", reference "
                  + expected.size()
                  + "\n  shown     "
                  + shown
                  + "\n  reference "
                  + wanted);
        }
        answered += shown.isEmpty() ? 0 : 1;
        beyondOnePage += expected.size() > PAGE ? 1 : 0;
        dated += query.date() == null ? 0 : 1;
        keywords += query.keyword() == null ? 0 : 1;
        largest = Math.max(largest, expected.size());
      }
      System.out.printf(
          "SearchReferenceIT (seed %d): %,d photographers generated in %.1f s, free days and keyword index rebuilt"
              + " in %.1f s; %d searches (%d with a date, %d with a keyword), %d with results, %d of"
              + " more than a"
              + " page, largest total %,d%n",
          seed,
          PHOTOGRAPHERS,
          (generated - started) / 1e9,
          (rebuilt - generated) / 1e9,
          QUERIES,
          dated,
          keywords,
          answered,
          beyondOnePage,
          largest);
      assertThat(mismatches)
          .as("searches that differ from the reference (seed " + seed + ")")
          .isEmpty();
      assertThat(answered)
          .as("searches with results: the comparison is not vacuous")
          .isGreaterThan(QUERIES / 2);
      assertThat(beyondOnePage)
          .as("searches that rank more than one page")
          .isGreaterThan(QUERIES / 5);
    }
  }

  /** One result as search and the reference tell it: who, and their free starts in the window. */
  private record Hit(String photographerId, List<String> starts) {
    @Override
    public String toString() {
      return photographerId + (starts.isEmpty() ? "" : starts.toString());
    }
  }

  private static List<Hit> hits(Api.Answer answer) {
    return answer.array().getValuesAs(JsonObject.class).stream()
        .map(
            o -> {
              JsonObject p = o.getJsonObject("photographer");
              return new Hit(
                  p.getString("photographerId"),
                  p.getJsonArray("freeStarts").getValuesAs(JsonString.class).stream()
                      .map(JsonString::getString)
                      .toList());
            })
        .toList();
  }

  /**
   * Queues search's rebuilds of free days and keyword index (as after a data import) and waits for
   * their last batches.
   */
  private static void rebuildSearch(Connection db, String tenant) throws Exception {
    for (String kind : List.of("search.days", "search.terms")) {
      try (var insert =
          db.prepareStatement(
              "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts,"
                  + " created_at) VALUES (?, ?, ?, 'PENDING', '', now(), 0, now())")) {
        insert.setString(1, tenant + "-" + kind);
        insert.setString(2, tenant);
        insert.setString(3, kind);
        insert.executeUpdate();
      }
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    long open;
    do {
      Thread.sleep(250);
      try (var unfinished =
          db.prepareStatement(
              "SELECT COUNT(*) FROM job WHERE tenant_id = ? AND kind LIKE 'search.%'"
                  + " AND status <> 'DONE'")) {
        unfinished.setString(1, tenant);
        try (var rs = unfinished.executeQuery()) {
          rs.next();
          open = rs.getLong(1);
        }
      }
    } while (open > 0 && Instant.now().isBefore(deadline));
    assertThat(open).as("search rebuild batches not done within 3 minutes").isZero();
  }

  // --- the random searches ---

  private record Query(
      String category,
      String prefecture,
      String city,
      Double latitude,
      Double longitude,
      Integer radiusKm,
      LocalDate date,
      Integer fromMinute,
      Integer toMinute,
      Long budget,
      String language,
      Double minRating,
      String keyword,
      int page) {

    static Query random(Random r) {
      String category = r.nextInt(10) < 6 ? pick(r, CATEGORIES) : null;
      Area area = pick(r, AREAS);
      int where = r.nextInt(20);
      String prefecture = where < 10 ? area.prefecture() : null;
      String city = where < 3 ? pick(r, Arrays.asList(area.cities())) : null;
      boolean point = where >= 10 && where < 14;
      LocalDate date = null;
      Integer from = null;
      Integer to = null;
      if (r.nextInt(10) < 6) {
        // Three days ahead at least: no photographer asks more notice than two days, so the
        // moment of the search cannot change an answer between the reference and the server.
        date = LocalDate.now(TOKYO).plusDays(3 + r.nextInt(43));
        if (r.nextBoolean()) {
          from = 6 * 60 + 15 * r.nextInt(33);
          to = Math.min(23 * 60 + 30, from + 30 * (1 + r.nextInt(16)));
        }
      }
      return new Query(
          category,
          prefecture,
          city,
          point ? area.latitude() + (r.nextDouble() - 0.5) * 0.4 : null,
          point ? area.longitude() + (r.nextDouble() - 0.5) * 0.4 : null,
          point ? pick(r, List.of(5, 10, 20, 30, 50, 100)) : null,
          date,
          from,
          to,
          r.nextInt(10) < 4 ? 10_000L + 1_000L * r.nextInt(41) : null,
          r.nextInt(10) < 2 ? pick(r, List.of("en", "zh", "ko")) : null,
          r.nextInt(10) < 2 ? pick(r, List.of(3.0, 3.5, 4.0, 4.5)) : null,
          r.nextInt(10) < 3
              ? pick(r, QUERY_WORDS) + (r.nextBoolean() ? "" : "　" + pick(r, QUERY_WORDS))
              : null,
          r.nextInt(10) < 8 ? 1 : 2);
    }

    String parameters() {
      StringBuilder q = new StringBuilder("page=" + page);
      add(q, "category", category);
      add(q, "prefecture", prefecture);
      add(q, "city", city);
      if (latitude != null) {
        add(q, "lat", String.format(java.util.Locale.ROOT, "%.5f", latitude));
        add(q, "lon", String.format(java.util.Locale.ROOT, "%.5f", longitude));
        add(q, "radiusKm", radiusKm);
      }
      add(q, "date", date);
      add(q, "from", fromMinute == null ? null : hhmm(fromMinute));
      add(q, "to", toMinute == null ? null : hhmm(toMinute));
      add(q, "budget", budget);
      add(q, "language", language);
      add(q, "minRating", minRating);
      add(q, "keyword", keyword);
      return q.toString();
    }

    /** The point as the server parses it from the parameters. */
    double lat() {
      return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5f", latitude));
    }

    double lon() {
      return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5f", longitude));
    }

    private static void add(StringBuilder q, String name, Object value) {
      if (value != null) {
        q.append('&')
            .append(name)
            .append('=')
            .append(
                java.net.URLEncoder.encode(
                    value.toString(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static String hhmm(int minute) {
    return LocalTime.of(minute / 60, minute % 60).toString();
  }

  // --- the reference: the same rows, read back and ranked in plain Java ---

  private record Person(
      String id,
      String prefecture,
      String city,
      Double latitude,
      Double longitude,
      int travelKm,
      Set<String> languages,
      int received,
      int answered,
      ZoneId zone,
      int noticeMinutes,
      int horizonDays,
      int bufferBefore,
      int bufferAfter,
      String name,
      String area,
      String bio) {}

  private record PlanRow(String id, String category, int minutes, long price, String title) {}

  /** Everything search's answers depend on, as the database holds it. */
  private static final class World {
    final List<Person> people = new ArrayList<>();
    final Map<String, List<PlanRow>> plans = new HashMap<>();
    final Map<String, Map<Integer, List<int[]>>> weekly = new HashMap<>();
    final Map<String, Map<LocalDate, List<int[]>>> exceptions = new HashMap<>();
    final Map<String, List<Instant[]>> holds = new HashMap<>();
    final Map<String, int[]> ratings = new HashMap<>();

    static World read(Connection db, String tenant) throws SQLException {
      World w = new World();
      query(
          db,
          "SELECT id, prefecture, city, latitude, longitude, travel_radius_km, languages,"
              + " requests_received, requests_answered, time_zone, min_notice_minutes,"
              + " horizon_days, buffer_before_minutes, buffer_after_minutes, display_name, bio"
              + " FROM photographer_profile WHERE tenant_id = ?",
          tenant,
          rs ->
              w.people.add(
                  new Person(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      (Double) rs.getObject(4),
                      (Double) rs.getObject(5),
                      rs.getInt(6),
                      Set.of(rs.getString(7).split(",")),
                      rs.getInt(8),
                      rs.getInt(9),
                      ZoneId.of(rs.getString(10)),
                      rs.getInt(11),
                      rs.getInt(12),
                      rs.getInt(13),
                      rs.getInt(14),
                      rs.getString(15),
                      areaText(rs.getString(2), rs.getString(3)),
                      rs.getString(16))));
      query(
          db,
          "SELECT photographer_id, id, category_id, duration_minutes, price_minor, title FROM plan"
              + " WHERE tenant_id = ? AND retired_at IS NULL",
          tenant,
          rs ->
              w.plans
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(
                      new PlanRow(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getInt(4),
                          rs.getLong(5),
                          rs.getString(6))));
      query(
          db,
          "SELECT photographer_id, weekday, start_minute, end_minute FROM availability_rule"
              + " WHERE tenant_id = ?",
          tenant,
          rs ->
              w.weekly
                  .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                  .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                  .add(new int[] {rs.getInt(3), rs.getInt(4)}));
      query(
          db,
          "SELECT photographer_id, on_date, start_minute, end_minute FROM availability_exception"
              + " WHERE tenant_id = ?",
          tenant,
          rs -> {
            List<int[]> windows =
                w.exceptions
                    .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getObject(2, LocalDate.class), k -> new ArrayList<>());
            if (rs.getObject(3) != null) { // a row without a window closes the date
              windows.add(new int[] {rs.getInt(3), rs.getInt(4)});
            }
          });
      query(
          db,
          "SELECT photographer_id, starts_at, ends_at FROM calendar_hold WHERE tenant_id = ?",
          tenant,
          rs ->
              w.holds
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(
                      new Instant[] {
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()
                      }));
      query(
          db,
          "SELECT subject_id, stars FROM review WHERE tenant_id = ?"
              + " AND direction = 'CUSTOMER_TO_PHOTOGRAPHER' AND published_at IS NOT NULL",
          tenant,
          rs -> {
            int[] rating = w.ratings.computeIfAbsent(rs.getString(1), k -> new int[2]);
            rating[0]++;
            rating[1] += rs.getInt(2);
          });
      return w;
    }

    /** Every photographer passing the query's filters, best first, as docs/matching.md ranks. */
    List<Hit> rank(Query q, Instant now) {
      record Scored(Person person, PlanRow plan, double score, List<String> starts) {}
      List<Scored> scored = new ArrayList<>();
      List<List<Set<String>>> words = q.keyword() == null ? List.of() : keywordWords(q.keyword());
      for (Person p : people) {
        int[] rating = ratings.getOrDefault(p.id(), new int[2]);
        if ((q.prefecture() != null && !q.prefecture().equals(p.prefecture()))
            || (q.city() != null && !q.city().equals(p.city()))
            || (q.language() != null && !p.languages().contains(q.language()))
            || (q.minRating() != null
                && !(rating[0] > 0 && rating[1] >= q.minRating() * rating[0]))) {
          continue;
        }
        PlanRow plan =
            plans.getOrDefault(p.id(), List.of()).stream()
                .filter(pl -> q.category() == null || q.category().equals(pl.category()))
                .min(Comparator.comparingLong(PlanRow::price).thenComparing(PlanRow::id))
                .orElse(null);
        if (plan == null || (q.budget() != null && plan.price() > q.budget())) {
          continue;
        }
        Double relevance = null;
        if (!words.isEmpty()) {
          Map<String, Integer> index = index(p, plans.getOrDefault(p.id(), List.of()));
          double total = 0;
          boolean all = true;
          for (List<Set<String>> word : words) {
            double best = -1;
            for (Set<String> spelling : word) {
              if (index.keySet().containsAll(spelling)) {
                int sum = spelling.stream().mapToInt(index::get).sum();
                best = Math.max(best, sum / (double) (4 * spelling.size()));
              }
            }
            all &= best >= 0;
            total += Math.max(0, best);
          }
          if (!all) {
            continue;
          }
          relevance = total / words.size();
        }
        double distance = 0.5;
        if (q.latitude() != null) {
          if (p.latitude() == null) {
            continue;
          }
          double km = band(haversine(q.lat(), q.lon(), p.latitude(), p.longitude()));
          if (km > q.radiusKm() || km > p.travelKm()) {
            continue;
          }
          distance = Math.max(0, 1 - km / q.radiusKm());
        }
        double availability = 0.5;
        List<String> starts = List.of();
        if (q.date() != null) {
          int from = q.fromMinute() == null ? 0 : q.fromMinute();
          int to = q.toMinute() == null ? 24 * 60 - 30 : q.toMinute();
          starts =
              freeStarts(p, plan.minutes(), q.date(), now).stream()
                  .filter(m -> m >= from && m <= to)
                  .map(SearchReferenceIT::hhmm)
                  .toList();
          if (starts.isEmpty()) {
            continue;
          }
          availability = (double) starts.size() / ((to - from) / 30 + 1);
        }
        double stars = (5 * 4.0 + rating[1]) / (5 + rating[0]) / 5.0;
        double response = (p.answered() + 1.0) / (p.received() + 2.0);
        double price = 0.5;
        if (q.budget() != null) {
          double ratio = (double) plan.price() / q.budget();
          price = ratio <= 0.7 ? 1.0 : Math.max(0, (1.0 - ratio) / 0.3);
        }
        // The default weights: distance 25, availability 25, rating 25, response 15, price 10,
        // and relevance 20 with a keyword.
        double total = 100.0;
        double sum = 25 * distance + 25 * availability + 25 * stars + 15 * response + 10 * price;
        if (relevance != null) {
          total += 20;
          sum += 20 * relevance;
        }
        double score = sum / total;
        scored.add(new Scored(p, plan, score, starts));
      }
      scored.sort(
          Comparator.comparingDouble(Scored::score)
              .reversed()
              .thenComparingLong(s -> s.plan().price())
              .thenComparing(s -> s.person().id()));
      return scored.stream().map(s -> new Hit(s.person().id(), s.starts())).toList();
    }

    /**
     * Starts every 30 minutes from each window's beginning, for a shoot of {@code minutes} that
     * ends inside the window, with the photographer's notice and horizon, whose time widened by
     * their buffers overlaps no hold.
     */
    List<Integer> freeStarts(Person p, int minutes, LocalDate date, Instant now) {
      List<Integer> found = new ArrayList<>();
      if (date.isAfter(now.atZone(p.zone()).toLocalDate().plusDays(p.horizonDays()))) {
        return found;
      }
      Map<LocalDate, List<int[]>> special = exceptions.getOrDefault(p.id(), Map.of());
      List<int[]> windows =
          special.containsKey(date)
              ? special.get(date)
              : weekly
                  .getOrDefault(p.id(), Map.of())
                  .getOrDefault(date.getDayOfWeek().getValue(), List.of());
      for (int[] window : windows) {
        for (int m = window[0]; m + minutes <= window[1]; m += 30) {
          Instant start = date.atStartOfDay(p.zone()).plusMinutes(m).toInstant();
          Instant end = start.plus(Duration.ofMinutes(minutes));
          Instant from = start.minus(Duration.ofMinutes(p.bufferBefore()));
          Instant to = end.plus(Duration.ofMinutes(p.bufferAfter()));
          boolean held =
              holds.getOrDefault(p.id(), List.of()).stream()
                  .anyMatch(h -> h[0].isBefore(to) && from.isBefore(h[1]));
          if (!start.isBefore(now.plus(Duration.ofMinutes(p.noticeMinutes()))) && !held) {
            found.add(m);
          }
        }
      }
      found.sort(null);
      return found;
    }

    private interface RowReader {
      void read(java.sql.ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, String tenant, RowReader reader)
        throws SQLException {
      try (var statement = db.prepareStatement(sql)) {
        statement.setString(1, tenant);
        try (var rs = statement.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    }
  }

  // --- keyword text, as docs/matching.md defines it ---

  private static String areaText(String prefecture, String city) {
    Area area =
        AREAS.stream().filter(a -> a.prefecture().equals(prefecture)).findFirst().orElseThrow();
    return city + " " + area.ja() + " " + area.en();
  }

  /** NFKC, lower case, katakana as hiragana. */
  private static String fold(String text) {
    String normal =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
            .toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (char c : normal.toCharArray()) {
      out.append(c >= '\u30a1' && c <= '\u30f6' ? (char) (c - 0x60) : c);
    }
    return out.toString();
  }

  private static List<String> runs(String text) {
    return Arrays.stream(fold(text).split("[^\\p{L}\\p{Nd}]+")).filter(r -> !r.isEmpty()).toList();
  }

  /** Every character and neighbouring pair, with the heaviest field's weight. */
  private static Map<String, Integer> index(Person p, List<PlanRow> plans) {
    Map<String, Integer> index = new HashMap<>();
    terms(index, p.name(), 4);
    plans.forEach(plan -> terms(index, plan.title(), 3));
    terms(index, p.area(), 2);
    terms(index, p.bio(), 1);
    return index;
  }

  private static void terms(Map<String, Integer> index, String text, int weight) {
    for (String run : runs(text)) {
      for (int i = 0; i < run.length(); i++) {
        index.merge(run.substring(i, i + 1), weight, Math::max);
        if (i + 1 < run.length()) {
          index.merge(run.substring(i, i + 2), weight, Math::max);
        }
      }
    }
  }

  /** Per word of a keyword, the term sets of its spellings (a synonym group's, or its own). */
  private static List<List<Set<String>>> keywordWords(String keyword) {
    List<List<Set<String>>> words = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String word : fold(keyword).strip().split("\\s+")) {
      if (!seen.add(word)) {
        continue;
      }
      List<String> spellings =
          SYNONYMS.stream()
              .filter(g -> g.stream().map(SearchReferenceIT::fold).anyMatch(word::equals))
              .findFirst()
              .orElse(List.of(word));
      List<Set<String>> sets = new ArrayList<>();
      for (String spelling : spellings) {
        Set<String> terms = new HashSet<>();
        for (String run : runs(spelling)) {
          if (run.length() == 1) {
            terms.add(run);
          }
          for (int i = 0; i + 1 < run.length(); i++) {
            terms.add(run.substring(i, i + 2));
          }
        }
        if (!terms.isEmpty() && !sets.contains(terms)) {
          sets.add(terms);
        }
      }
      if (!sets.isEmpty()) {
        words.add(sets);
      }
    }
    return words;
  }

  /** Great-circle km on a sphere of 6,371 km. */
  private static double haversine(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** Whole km (at least 1) up to 10 km, 5 km steps beyond: what search may tell. */
  private static double band(double km) {
    return km <= 10 ? Math.max(1, Math.ceil(km)) : 5 * Math.ceil(km / 5);
  }

  // --- the generated marketplace ---

  /** Writes the random marketplace straight into the database, as a data import would. */
  private static final class Generator {
    private final Connection db;
    private final String tenant;
    private final Random r;
    private final LocalDate today = LocalDate.now(TOKYO);
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private static final List<String> TABLES =
        List.of(
            "app_user",
            "photographer_profile",
            "plan",
            "search_listing",
            "availability_rule",
            "availability_exception",
            "booking",
            "calendar_hold",
            "review");

    Generator(Connection db, String tenant, Random r) {
      this.db = db;
      this.tenant = tenant;
      this.r = r;
    }

    void run() throws SQLException {
      db.setAutoCommit(false);
      List<String> customers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String id = tenant + "-c" + i;
        user(id, "CUSTOMER");
        customers.add(id);
      }
      for (int i = 0; i < PHOTOGRAPHERS; i++) {
        photographer(tenant + "-p" + i, customers);
      }
      for (String table : TABLES) { // in the order their references need
        for (var entry : statements.entrySet()) {
          if (entry.getKey().startsWith("INSERT INTO " + table + " ")) {
            entry.getValue().executeBatch();
            entry.getValue().close();
          }
        }
      }
      db.commit();
      db.setAutoCommit(true);
    }

    private void photographer(String id, List<String> customers) throws SQLException {
      user(id, "PHOTOGRAPHER");
      Area area = pick(r, AREAS);
      String city = pick(r, Arrays.asList(area.cities()));
      boolean located = r.nextInt(10) > 0;
      Double lat = located ? area.latitude() + (r.nextDouble() - 0.5) * 0.6 : null;
      Double lon = located ? area.longitude() + (r.nextDouble() - 0.5) * 0.6 : null;
      String languages = pick(r, LANGUAGES);
      int received = r.nextInt(40);
      int answered = received == 0 ? 0 : r.nextInt(received + 1);
      // Past shoots, most of them reviewed: the profile's counters are what reviews add up to.
      int reviews = 0;
      int stars = 0;
      int past = r.nextInt(5);
      List<String[]> reviewRows = new ArrayList<>();
      for (int k = 0; k < past; k++) {
        String booking = id + "-b" + k;
        OffsetDateTime start = at(today.minusDays(10 + r.nextInt(300)), 600);
        bookingRow(booking, id, customers, start, start.plusHours(1), "COMPLETED");
        if (r.nextInt(10) < 7) {
          int given = 1 + r.nextInt(5);
          reviews++;
          stars += given;
          reviewRows.add(new String[] {booking, String.valueOf(given)});
        }
      }
      batch(
          "INSERT INTO photographer_profile (id, tenant_id, display_name, bio, prefecture, city,"
              + " languages, created_at, latitude, longitude, travel_radius_km, rating_count,"
              + " rating_sum, requests_received, requests_answered, min_notice_minutes,"
              + " horizon_days, buffer_before_minutes, buffer_after_minutes)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          tenant,
          pick(r, List.of("写真家", "フォトグラファー", "カメラマン")) + " " + pick(r, WORDS),
          words(3),
          area.prefecture(),
          city,
          languages,
          lat,
          lon,
          5 + r.nextInt(76),
          reviews,
          stars,
          received,
          answered,
          pick(r, List.of(0, 60, 1440, 2880)),
          pick(r, List.of(14, 30, 60, 365)),
          pick(r, List.of(0, 0, 15, 30, 45)),
          pick(r, List.of(0, 0, 15, 30)));
      // Plans: one to three, each at its own price.
      Set<Long> prices = new HashSet<>();
      int plans = 1 + r.nextInt(3);
      for (int k = 0; k < plans; k++) {
        long price;
        do {
          price = 8_000 + 500L * r.nextInt(90);
        } while (!prices.add(price));
        String plan = id + "-l" + k;
        String category = pick(r, CATEGORIES);
        batch(
            "INSERT INTO plan (id, tenant_id, photographer_id, category_id, title,"
                + " duration_minutes, price_minor, currency, photo_count, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'JPY', 30, now())",
            plan,
            tenant,
            id,
            category,
            "プラン " + words(1),
            pick(r, List.of(45, 60, 90, 120, 180)),
            price);
        batch(
            "INSERT INTO search_listing (plan_id, tenant_id, photographer_id, category_id,"
                + " prefecture, city, price_minor, latitude, longitude, languages)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan,
            tenant,
            id,
            category,
            area.prefecture(),
            city,
            price,
            lat,
            lon,
            languages);
      }
      for (int weekday = 1; weekday <= 7; weekday++) {
        if (r.nextInt(4) > 0) {
          int k = 0;
          for (int[] w : windows()) {
            batch(
                "INSERT INTO availability_rule (id, tenant_id, photographer_id, weekday,"
                    + " start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?)",
                id + "-r" + weekday + "-" + k++,
                tenant,
                id,
                weekday,
                w[0],
                w[1]);
          }
        }
      }
      Set<LocalDate> special = new HashSet<>();
      int exceptions = r.nextInt(6);
      for (int k = 0; k < exceptions; k++) {
        LocalDate date = today.plusDays(1 + r.nextInt(46));
        if (!special.add(date)) {
          continue;
        }
        List<int[]> windows = r.nextInt(10) < 4 ? List.of() : windows();
        if (windows.isEmpty()) {
          exception(id + "-x" + k, id, date, null, null);
        }
        int n = 0;
        for (int[] w : windows) {
          exception(id + "-x" + k + "-" + n++, id, date, w[0], w[1]);
        }
      }
      // Shoots ahead holding time, none overlapping another (the database refuses that).
      List<OffsetDateTime[]> held = new ArrayList<>();
      int ahead = r.nextInt(9);
      for (int k = 0; k < ahead; k++) {
        OffsetDateTime start = at(today.plusDays(1 + r.nextInt(46)), 5 * r.nextInt(288));
        OffsetDateTime end = start.plusMinutes(60 + 15 * r.nextInt(13));
        if (held.stream().anyMatch(h -> h[0].isBefore(end) && start.isBefore(h[1]))) {
          continue;
        }
        held.add(new OffsetDateTime[] {start, end});
        String booking = id + "-a" + k;
        bookingRow(booking, id, customers, start, end, "ACCEPTED");
        batch(
            "INSERT INTO calendar_hold (id, tenant_id, photographer_id, booking_id, kind,"
                + " starts_at, ends_at) VALUES (?, ?, ?, ?, 'MAIN', ?, ?)",
            "h-" + booking,
            tenant,
            id,
            booking,
            start,
            end);
      }
      for (String[] review : reviewRows) {
        batch(
            "INSERT INTO review (id, tenant_id, booking_id, author_id, subject_id, direction,"
                + " stars, body, created_at, published_at)"
                + " VALUES (?, ?, ?, ?, ?, 'CUSTOMER_TO_PHOTOGRAPHER', ?, '良い撮影でした',"
                + " now(), now())",
            "v-" + review[0],
            tenant,
            review[0],
            pick(r, customers),
            id,
            Integer.parseInt(review[1]));
      }
    }

    /** Up to {@code most} words of {@link #WORDS}, separated by punctuation. */
    private String words(int most) {
      List<String> picked = new ArrayList<>();
      for (int k = r.nextInt(most + 1); k > 0; k--) {
        picked.add(pick(r, WORDS));
      }
      return String.join("、", picked) + "で撮影します。";
    }

    /** One or two windows of a day, at odd minutes too, the second after the first. */
    private List<int[]> windows() {
      int start = 5 * r.nextInt(1 + (13 * 60) / 5); // 00:00 to 13:00
      int end = Math.min(1440, start + 60 + 15 * r.nextInt(37));
      if (end > 1440 - 120 || r.nextBoolean()) {
        return List.of(new int[] {start, end});
      }
      int second = end + 15 * r.nextInt(8);
      return List.of(
          new int[] {start, end},
          new int[] {second, Math.min(1440, second + 60 + 15 * r.nextInt(24))});
    }

    private void exception(String rowId, String id, LocalDate date, Integer from, Integer to)
        throws SQLException {
      batch(
          "INSERT INTO availability_exception (id, tenant_id, photographer_id, on_date,"
              + " start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?)",
          rowId,
          tenant,
          id,
          date,
          from,
          to);
    }

    private void bookingRow(
        String booking,
        String photographer,
        List<String> customers,
        OffsetDateTime start,
        OffsetDateTime end,
        String status)
        throws SQLException {
      batch(
          "INSERT INTO booking (id, tenant_id, reference, customer_id, photographer_id, plan_id,"
              + " category_id, starts_at, ends_at, status, price_minor, currency, note,"
              + " created_at, updated_at, version, policy, status_since)"
              + " VALUES (?, ?, ?, ?, ?, ?, 'maedori', ?, ?, ?, 20000, 'JPY', '', now(), now(),"
              + " 1, '72h:50,24h:100', now())",
          booking,
          tenant,
          "R" + booking.substring(tenant.length()),
          pick(r, customers),
          photographer,
          photographer + "-l0",
          start,
          end,
          status);
    }

    private void user(String id, String role) throws SQLException {
      batch(
          "INSERT INTO app_user (id, tenant_id, email, email_verified, password_hash,"
              + " display_name, role, locale, created_at)"
              + " VALUES (?, ?, ?, true, 'x', ?, ?, 'ja', now())",
          id,
          tenant,
          id + "@reference.example",
          "参照 " + id,
          role);
    }

    private OffsetDateTime at(LocalDate date, int minute) {
      return date.atStartOfDay(TOKYO)
          .plusMinutes(minute)
          .toOffsetDateTime()
          .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Adds a row to its statement's batch; {@link #run} sends them table by table. */
    private void batch(String sql, Object... values) throws SQLException {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = db.prepareStatement(sql);
        statements.put(sql, statement);
      }
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.addBatch();
    }
  }
}
