package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching on the production profile: filters (keyword, budget, place and radius, date and time,
 * language), the ranking with its factors, おまかせ picking the best free photographer, and the reverse
 * flow from a shoot request through two proposals to a booking.
 */
class MatchingIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void searchFiltersAndRanks() {
    String token = katakana(6);
    var kyoto = photographer("kyoto", "京都市", 34.985, 135.758, 30, 30000, "伏見稲荷で" + token);
    var osaka = photographer("osaka", "大阪市", 34.702, 135.496, 10, 45000, "大阪城で" + token);
    Api anonymous = new Api(Env.SAKURA);
    String base = "/api/v1/photographers?category=shichigosan&keyword=" + encode(token);

    assertThat(ids(anonymous.get(base))).containsExactlyInAnyOrder(kyoto.id(), osaka.id());
    assertThat(ids(anonymous.get(base + "&budget=40000"))).containsExactly(kyoto.id());
    assertThat(ids(anonymous.get(base + "&lat=34.99&lon=135.76&radiusKm=20")))
        .containsExactly(kyoto.id());
    assertThat(ids(anonymous.get(base + "&place=" + encode("京都市下京区") + "&radiusKm=20")))
        .as("around a typed address: Kyoto's city office is 3 km from one, 40 km from the other")
        .containsExactly(kyoto.id());
    assertThat(
            ids(anonymous.get(base + "&place=" + encode("Osaka City, Kita-ku") + "&radiusKm=20")))
        .containsExactly(osaka.id());
    assertThat(ids(anonymous.get(base + "&language=fr"))).isEmpty();
    assertThat(
            ids(
                anonymous.get(
                    "/api/v1/photographers?keyword=" + encode(token.substring(0, 3) + "ー"))))
        .as("all the keyword's bigrams must match")
        .isEmpty();

    String sunday =
        LocalDate.now(TOKYO)
            .plusDays(20)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
            .toString();
    String atTen = base + "&date=" + sunday + "&from=10:00&to=10:00";
    var bothFree = anonymous.get(atTen).array();
    assertThat(bothFree).hasSize(2);
    JsonObject first = bothFree.getJsonObject(0).getJsonObject("photographer");
    assertThat(first.getJsonObject("factors").keySet())
        .contains("distance", "availability", "rating", "response", "price");
    assertThat(first.getJsonNumber("score").doubleValue())
        .isGreaterThanOrEqualTo(
            bothFree
                .getJsonObject(1)
                .getJsonObject("photographer")
                .getJsonNumber("score")
                .doubleValue());
    assertThat(first.getJsonArray("freeStarts").getString(0)).isEqualTo("10:00");

    Api customer = Accounts.customer(Env.SAKURA);
    var booked =
        customer.post(
            "/api/v1/bookings",
            Api.obj(Map.of("planId", kyoto.planId(), "date", sunday, "startTime", "10:00")));
    assertThat(booked.status()).isEqualTo(201);
    assertThat(ids(anonymous.get(atTen)))
        .as("a photographer booked at that time is not shown for it")
        .containsExactly(osaka.id());

    var ranking = kyoto.api().get("/api/v1/me/ranking");
    assertThat(ranking.status()).isEqualTo(200);
    assertThat(ranking.json().getInt("requestsReceived")).isEqualTo(1);
    assertThat(ranking.json().getJsonObject("weights").getInt("rating")).isPositive();

    for (String bad :
        new String[] {
          "&budget=100.5",
          "&date=2020-01-01",
          "&lat=35",
          "&minRating=9",
          "&place=" + encode("火星"),
          "&keyword=" + encode("、。"),
          "&date=" + sunday + "&from=25:00"
        }) {
      var answer = anonymous.get("/api/v1/photographers?category=shichigosan" + bad);
      assertThat(answer.status()).as(bad + " " + answer).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  @Test
  void omakaseRequestsTheBestFreePhotographerThenTheNext() {
    var cheap = photographer("tottori", "鳥取市", null, null, 30, 20000, "砂丘で撮影");
    var dear = photographer("tottori", "米子市", null, null, 30, 39000, "大山で撮影");
    String day =
        LocalDate.now(TOKYO)
            .plusDays(45)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
            .toString();
    JsonObject auto =
        Api.obj(
            Map.of(
                "category", "shichigosan",
                "prefecture", "tottori",
                "date", day,
                "startTime", "11:00",
                "budget", "40000"));
    var first = Accounts.customer(Env.SAKURA).post("/api/v1/auto-bookings", auto);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("photographerId"))
        .as("the better price fit ranks first")
        .isEqualTo(cheap.id());
    var second = Accounts.customer(Env.SAKURA).post("/api/v1/auto-bookings", auto);
    assertThat(second.json().getString("photographerId")).isEqualTo(dear.id());
    var third = Accounts.customer(Env.SAKURA).post("/api/v1/auto-bookings", auto);
    assertThat(third.status()).as(third.toString()).isEqualTo(409);
    assertThat(third.json().getString("detail")).contains("No photographer is free");
  }

  @Test
  void aShootRequestGetsTwoProposalsAndOneBecomesTheBooking() {
    var first = photographer("shimane", "松江市", null, null, 30, 30000, "松江城で");
    var second = photographer("shimane", "出雲市", null, null, 30, 30000, "出雲大社で");
    var elsewhere = photographer("tokyo", "渋谷区", null, null, 30, 30000, "渋谷で");
    Api customer = Accounts.customer(Env.SAKURA);
    String date = LocalDate.now(TOKYO).plusDays(33).toString();
    var posted =
        customer.post(
            "/api/v1/shoot-requests",
            Api.obj(
                Map.of(
                    "category",
                    "shichigosan",
                    "prefecture",
                    "shimane",
                    "city",
                    "松江市",
                    "date",
                    date,
                    "startTime",
                    "10:00",
                    "durationMinutes",
                    90,
                    "budget",
                    "35000",
                    "note",
                    "3歳と7歳の姉妹です")));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    String requestId = posted.json().getString("id");
    String path = "/api/v1/shoot-requests/" + requestId;

    assertThat(ids(first.api().get("/api/v1/shoot-requests"), "id")).contains(requestId);
    assertThat(ids(elsewhere.api().get("/api/v1/shoot-requests"), "id")).doesNotContain(requestId);
    assertThat(elsewhere.api().get(path).status()).isEqualTo(404);

    var p1 =
        first.api().post(path + "/proposals", Api.obj(Map.of("price", "33000", "message", "城の前で")));
    assertThat(p1.status()).as(p1.toString()).isEqualTo(201);
    assertThat(first.api().post(path + "/proposals", Api.obj(Map.of("price", "31000"))).status())
        .as("one proposal per photographer")
        .isEqualTo(409);
    assertThat(second.api().post(path + "/proposals", Api.obj(Map.of("price", "29999.5"))).status())
        .as("yen have no decimals")
        .isEqualTo(400);
    var p2 =
        second
            .api()
            .post(path + "/proposals", Api.obj(Map.of("price", "29000", "message", "よろしくお願いします")));
    assertThat(p2.status()).isEqualTo(201);

    var mine = customer.get(path).json();
    assertThat(mine.getJsonArray("proposals")).hasSize(2);
    assertThat(Accounts.customer(Env.SAKURA).get(path).status())
        .as("another customer cannot see it")
        .isEqualTo(404);

    var booking =
        customer.post(
            path + "/proposals/" + p2.json().getString("id") + "/accept",
            JsonValue.EMPTY_JSON_OBJECT);
    assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    assertThat(booking.json().getString("status")).isEqualTo("ACCEPTED");
    assertThat(booking.json().getString("photographerId")).isEqualTo(second.id());
    assertThat(booking.json().getJsonObject("price").getInt("minorUnits")).isEqualTo(29000);
    String bookingId = booking.json().getString("id");
    assertThat(Sql.number("SELECT COUNT(*) FROM calendar_hold WHERE booking_id = ?", bookingId))
        .isEqualTo(1);

    var after = customer.get(path).json();
    assertThat(after.getString("status")).isEqualTo("BOOKED");
    assertThat(after.getString("bookingId")).isEqualTo(bookingId);
    assertThat(
            after.getJsonArray("proposals").stream()
                .map(v -> v.asJsonObject().getString("status"))
                .sorted())
        .containsExactly("ACCEPTED", "REJECTED");
    assertThat(
            customer
                .post(
                    path + "/proposals/" + p1.json().getString("id") + "/accept",
                    JsonValue.EMPTY_JSON_OBJECT)
                .status())
        .as("a booked request takes no second acceptance")
        .isEqualTo(409);
  }

  @Test
  void cachedSearchesAreReloadedInTheBackgroundAfterTheirLifetime() throws InterruptedException {
    String token = katakana(6);
    var p = photographer("kochi", "高知市", null, null, 30, 20000, "桂浜で" + token);
    Api anonymous = new Api(Env.SAKURA);
    String date = LocalDate.now(TOKYO).plusDays(25).toString();
    String search = "/api/v1/photographers?keyword=" + encode(token) + "&date=" + date;
    assertThat(ids(anonymous.get(search))).containsExactly(p.id());

    // Closed all day, written behind the application's back: no event clears the cache.
    Sql.execute(
        "INSERT INTO search_day (photographer_id, on_date, tenant_id, free)"
            + " VALUES (?, CAST(? AS DATE), 'sakura', '')",
        p.id(),
        date);
    assertThat(ids(anonymous.get(search))).as("cached").containsExactly(p.id());

    Thread.sleep(10_500); // the IT servers keep search pools for 10 s
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
    List<String> found = ids(anonymous.get(search));
    assertThat(found).as("the caller that starts the reload is answered from before").hasSize(1);
    assertThat(idsOnceEmpty(anonymous, search, deadline, 200))
        .as("reloaded in the background")
        .isEmpty();
  }

  @Test
  void aChangeOnOneNodeClearsTheSearchPoolsOfTheOther() throws InterruptedException {
    String token = katakana(6);
    var p = photographer("ehime", "松山市", null, null, 30, 20000, "道後温泉で" + token);
    Api nodeB = new Api(Env.SAKURA).onPort(Integer.getInteger("it.node2.port", 9281));
    String date = LocalDate.now(TOKYO).plusDays(26).toString();
    String search = "/api/v1/photographers?keyword=" + encode(token) + "&date=" + date;
    assertThat(ids(nodeB.get(search))).containsExactly(p.id());

    // On node A the photographer rewrites the bio; node B's pool for this search is fresh (10 s).
    java.time.Instant changed = java.time.Instant.now();
    var saved = p.api().put("/api/v1/me/profile", profile("ehime", "松山市", null, null, 30, "道後温泉で"));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    List<String> found = ids(nodeB.get(search));
    while (!found.isEmpty()
        && java.time.Instant.now().isBefore(changed.plus(java.time.Duration.ofSeconds(3)))) {
      Thread.sleep(50);
      found = ids(nodeB.get(search));
    }
    assertThat(found)
        .as("node B heard of the change over Redis, long before its pool expired")
        .isEmpty();
  }

  @Test
  void aBookingPatchesOnlyThePoolsOfItsDatesThatListItsPhotographer() {
    String token = katakana(6);
    var p = photographer("tokushima", "徳島市", null, null, 30, 20000, "眉山で" + token);
    Api anonymous = new Api(Env.SAKURA);
    Api otherMarketplace = new Api(Env.PAWS);
    LocalDate booked = LocalDate.now(TOKYO).plusDays(27);
    LocalDate other = booked.plusDays(6); // outside the booking's two-day margin
    String onBooked = "/api/v1/photographers?keyword=" + encode(token) + "&date=" + booked;
    String onOther = "/api/v1/photographers?keyword=" + encode(token) + "&date=" + other;
    String elsewhere = "/api/v1/photographers?date=" + other;
    String sameDateWithoutThem = "/api/v1/photographers?prefecture=kagawa&date=" + booked;
    assertThat(starts(anonymous.get(onBooked))).contains("10:00");
    anonymous.get(onOther);
    otherMarketplace.get(elsewhere);
    anonymous.get(sameDateWithoutThem);
    assertThat(sql(anonymous.get(onOther))).as("answered from its pool").isZero();
    assertThat(sql(anonymous.get(sameDateWithoutThem))).as("answered from its pool").isZero();
    assertThat(sql(otherMarketplace.get(elsewhere))).as("answered from its pool").isZero();

    var request =
        Accounts.customer(Env.SAKURA)
            .post(
                "/api/v1/bookings",
                Api.obj(
                    Map.of(
                        "planId",
                        p.planId(),
                        "date",
                        booked.toString(),
                        "startTime",
                        "10:00",
                        "note",
                        "砂丘で")));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);

    assertThat(sql(anonymous.get(onOther)))
        .as("another date's pool of the same marketplace is kept")
        .isZero();
    assertThat(sql(otherMarketplace.get(elsewhere)))
        .as("another marketplace's pool is kept")
        .isZero();
    assertThat(sql(anonymous.get(sameDateWithoutThem)))
        .as("a pool of the same date that does not list the photographer is kept")
        .isZero();
    var again = anonymous.get(onBooked);
    assertThat(sql(again))
        .as("the booked date's pool was patched with the photographer's free time, not dropped")
        .isZero();
    assertThat(starts(again)).as("10:00 is taken").isNotEmpty().doesNotContain("10:00");
  }

  @Test
  void aBookingCommittedOnOneNodeLeavesSearchOnTheOtherWithinASecond() throws InterruptedException {
    String token = katakana(6);
    var p = photographer("miyazaki", "宮崎市", null, null, 30, 20000, "青島で" + token);
    Api nodeB = new Api(Env.SAKURA).onPort(Integer.getInteger("it.node2.port", 9281));
    LocalDate day = LocalDate.now(TOKYO).plusDays(29);
    String search =
        "/api/v1/photographers?keyword=" + encode(token) + "&date=" + day + "&from=11:00&to=11:00";
    assertThat(ids(nodeB.get(search))).as("free at 11:00, and node B keeps the pool").hasSize(1);

    var request =
        Accounts.customer(Env.SAKURA)
            .post(
                "/api/v1/bookings",
                Api.obj(
                    Map.of("planId", p.planId(), "date", day.toString(), "startTime", "11:00")));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    java.time.Instant committed = java.time.Instant.now(); // node A answered: committed
    assertThat(idsOnceEmpty(nodeB, search, committed.plusSeconds(1), 20))
        .as("node B no longer offers 11:00 within a second of the commit")
        .isEmpty();
  }

  @Test
  void theRebuildJobBringsDataLoadedAroundTheApplicationIntoSearch() throws InterruptedException {
    String token = katakana(6);
    var p = photographer("kagoshima", "鹿児島市", null, null, 30, 20000, "桜島で" + token);
    LocalDate day = LocalDate.now(TOKYO).plusDays(31);
    String search = "/api/v1/photographers?keyword=" + encode(token) + "&date=";
    // Closed that day, loaded straight into the database (as a data import or the benchmark's
    // generator does): nothing has told search yet.
    Sql.execute(
        "INSERT INTO availability_exception (id, tenant_id, photographer_id, on_date)"
            + " VALUES (?, 'sakura', ?, CAST(? AS DATE))",
        java.util.UUID.randomUUID().toString(),
        p.id(),
        day.toString());
    String job = java.util.UUID.randomUUID().toString();
    Sql.execute(
        "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)"
            + " VALUES (?, 'sakura', 'search.days', 'PENDING', '', now(), 0, now())",
        job);
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    while (Sql.number("SELECT COUNT(*) FROM job WHERE id = ? AND status = 'DONE'", job) == 0
        && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(Sql.number("SELECT COUNT(*) FROM job WHERE id = ? AND status = 'DONE'", job))
        .as("the rebuild ran")
        .isEqualTo(1);
    Api anonymous = new Api(Env.SAKURA);
    assertThat(ids(anonymous.get(search + day))).as("closed that day").isEmpty();
    assertThat(ids(anonymous.get(search + day.plusDays(1)))).as("open the next").hasSize(1);
  }

  // --- helpers ---

  /** A search's ids, asked again every {@code pauseMillis} until none or the deadline. */
  private static List<String> idsOnceEmpty(
      Api api, String search, java.time.Instant deadline, long pauseMillis)
      throws InterruptedException {
    List<String> found = ids(api.get(search));
    while (!found.isEmpty() && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(pauseMillis);
      found = ids(api.get(search));
    }
    return found;
  }

  /** The free starts of the only photographer found. */
  private static List<String> starts(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.array()).hasSize(1);
    return answer
        .array()
        .getJsonObject(0)
        .getJsonObject("photographer")
        .getJsonArray("freeStarts")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /**
   * Search never tells a photographer's private base: distances come in bands (whole km up to 10,
   * then 5 km steps), and the ranking factor and the radius filter use the band too, so answers
   * from many points or radii cannot pin the base down.
   */
  @Test
  void distancesAreBandedSoTheBaseStaysPrivate() {
    String token = katakana(6);
    var photographer = photographer("kyoto", "京都市", 34.9850, 135.7580, 50, 30000, "嵐山で" + token);
    Api anonymous = new Api(Env.SAKURA);
    String base = "/api/v1/photographers?category=shichigosan&keyword=" + encode(token);
    java.util.Set<String> shown = new java.util.TreeSet<>();
    for (int step = 0; step <= 8; step++) { // 1.06 to 1.95 km north of the base, 110 m apart
      String lat = String.format(java.util.Locale.ROOT, "%.4f", 34.9945 + step * 0.001);
      var answer = anonymous.get(base + "&lat=" + lat + "&lon=135.7580&radiusKm=30");
      JsonObject match = answer.array().getJsonObject(0).getJsonObject("photographer");
      assertThat(match.getString("photographerId")).isEqualTo(photographer.id());
      shown.add(
          match.get("distanceKm").toString()
              + " "
              + match.getJsonObject("factors").get("distance"));
    }
    assertThat(shown)
        .as("from 1.06 to 1.95 km away, one distance (2 km) and one factor")
        .singleElement()
        .satisfies(d -> assertThat(d).startsWith("2"));
    String elevenKmNorth = base + "&lat=35.0850&lon=135.7580&radiusKm=";
    assertThat(ids(anonymous.get(elevenKmNorth + "12")))
        .as("the radius filter uses the band as well: 11.1 km counts as 15")
        .isEmpty();
    assertThat(ids(anonymous.get(elevenKmNorth + "15"))).containsExactly(photographer.id());
  }

  private static int sql(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return Integer.parseInt(answer.header("X-Sql-Statements"));
  }

  /** A shichigosan photographer on sakura at a place, travelling {@code radius} km. */
  static Accounts.Photographer photographer(
      String prefecture, String city, Double lat, Double lon, int radius, int price, String bio) {
    Api api = Accounts.signUp(Env.SAKURA, Env.unique("photographer"), "撮影者", "PHOTOGRAPHER");
    var profile = api.put("/api/v1/me/profile", profile(prefecture, city, lat, lon, radius, bio));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    var plan =
        api.post(
            "/api/v1/me/plans",
            Api.obj(
                Map.of(
                    "categoryId",
                    "shichigosan",
                    "title",
                    "七五三",
                    "durationMinutes",
                    60,
                    "price",
                    price,
                    "photoCount",
                    40)));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    return new Accounts.Photographer(
        api, profile.json().getString("id"), plan.json().getString("id"));
  }

  private static JsonObject profile(
      String prefecture, String city, Double lat, Double lon, int radius, String bio) {
    var values =
        new java.util.HashMap<String, Object>(
            Map.of(
                "displayName",
                "撮影者 " + city,
                "bio",
                bio,
                "prefecture",
                prefecture,
                "city",
                city,
                "languages",
                "ja,en",
                "travelRadiusKm",
                radius));
    var builder = jakarta.json.Json.createObjectBuilder(Api.obj(values));
    if (lat != null) {
      builder.add("latitude", lat).add("longitude", lon);
    }
    return builder.build();
  }

  private static List<String> ids(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().stream()
        .map(v -> v.asJsonObject().getJsonObject("photographer").getString("photographerId"))
        .toList();
  }

  private static List<String> ids(Api.Answer answer, String field) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().stream().map(v -> v.asJsonObject().getString(field)).toList();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Random katakana: a keyword no other test's photographers carry. */
  static String katakana(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('ア' + ThreadLocalRandom.current().nextInt(40)));
    }
    return s.toString();
  }
}
