package io.shutterport.matching;

import io.shutterport.booking.BookingRequest;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.CalendarService;
import io.shutterport.catalog.Availability;
import io.shutterport.catalog.Candidate;
import io.shutterport.catalog.CandidateQuery;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.Keyword;
import io.shutterport.catalog.Listing;
import io.shutterport.catalog.Places;
import io.shutterport.catalog.Prefecture;
import io.shutterport.gallery.GalleryService;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.tenancy.TenantWork;
import io.shutterport.platform.util.Amounts;
import io.shutterport.platform.util.ExpiringCache;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Search ranked by a documented score (docs/matching.md) over every photographer who passes its
 * filters, the marketplace's pick (おまかせ), and each photographer's view of their own ranking. A
 * search filters and scores this node's index in memory ({@link
 * io.shutterport.catalog.SearchIndex}) and costs two statements whatever the data size — the date's
 * stored free time, the shown results' covers — and none when its pool is cached and its page was
 * shown before (docs/benchmarks.md).
 */
@ApplicationScoped
public class MatchingService {
  static final int RESULTS = 20;

  /** A keyword's most characters, words, and index terms over all their spellings. */
  private static final int MAX_KEYWORD = 40;

  private static final int MAX_WORDS = 6;
  private static final int MAX_TERMS = 80;
  private static final Set<String> LANGUAGES = Set.of("ja", "en", "zh", "ko", "fr", "es", "de");
  private static final Duration STEP = Duration.ofMinutes(30);

  /** Tells every node what search inputs changed ({@link SearchInputsChanged#encode()}). */
  static final String POOLS_CHANGED = "search-pools-changed";

  @Inject CatalogService catalog;
  @Inject io.shutterport.catalog.SearchIndex index;
  @Inject CalendarService calendar;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject GalleryService gallery;
  @Inject TenantService tenants;
  @Inject io.shutterport.tenant.TenantPlugins plugins;
  @Inject TenantContext tenant;
  @Inject io.shutterport.platform.config.Settings settings;
  @Inject TenantWork work;
  @Inject ClusterBus bus;

  /** Reloads due pools off the request threads. */
  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  /**
   * What the database answered per tenant, filters and date, kept for a few seconds: in peak season
   * most visitors ask the same few questions (七五三, this prefecture, this Sunday), and budget, time
   * window and ranking are applied to it per request. A result may show a start that was booked a
   * moment ago; requesting it then answers "already booked".
   */
  private ExpiringCache<PoolKey, Pool> pools;

  /** What a pool depends on: its tenant, its date (or none), and every other database filter. */
  private record PoolKey(String tenantId, LocalDate date, String filters) {}

  /**
   * Candidates with their free starts over the whole date (minutes after midnight in their zone),
   * the cheapest plans first, with no budget applied: the cheapest plans within a budget are
   * exactly these filtered by it. Free starts are held by position, beside their candidate: a map
   * lookup per candidate was the largest cost of ranking a pool (docs/benchmarks.md). Cover photos
   * are read for the results shown, when first shown ("" for none): reading them for every
   * candidate cost more than ranking them.
   */
  private record Pool(
      List<Candidate> candidates,
      int[][] freeMinutes,
      Map<String, Double> relevance,
      Map<String, String> covers) {
    Pool(List<Candidate> candidates, int[][] freeMinutes, Map<String, Double> relevance) {
      this(candidates, freeMinutes, relevance, new ConcurrentHashMap<>());
    }

    private int indexOf(String photographerId) {
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i).photographerId().equals(photographerId)) {
          return i;
        }
      }
      return -1;
    }

    Candidate candidate(String photographerId) {
      int i = indexOf(photographerId);
      return i < 0 ? null : candidates.get(i);
    }

    /** This pool with one photographer's free starts replaced (none: not free that date). */
    Pool withFree(String photographerId, int[] minutes) {
      int[][] free = freeMinutes.clone();
      free[indexOf(photographerId)] = minutes == null ? NO_MINUTES : minutes;
      return new Pool(candidates, free, relevance, covers);
    }

    /** The covers of the shown photographers, reading those not read yet in one statement. */
    Map<String, String> coversOf(List<String> photographerIds, GalleryService gallery) {
      List<String> unknown =
          photographerIds.stream().filter(id -> !covers.containsKey(id)).toList();
      if (!unknown.isEmpty()) {
        Map<String, String> read = gallery.coverIds(unknown);
        for (String id : unknown) {
          covers.put(id, read.getOrDefault(id, ""));
        }
      }
      return covers;
    }
  }

  @Inject io.shutterport.platform.telemetry.Telemetry telemetry;

  @jakarta.annotation.PostConstruct
  void init() {
    pools = new ExpiringCache<>(settings.searchCache(), 10_000, executor);
    bus.subscribe(POOLS_CHANGED, this::poolsChanged);
    var meter = telemetry.meter();
    meter
        .counterBuilder("shutterport.search.pool.hits")
        .setDescription("Searches answered from a kept result pool (this node)")
        .buildWithCallback(m -> m.record(pools.hits()));
    meter
        .counterBuilder("shutterport.search.pool.misses")
        .setDescription("Searches that waited for the database to fill a pool (this node)")
        .buildWithCallback(m -> m.record(pools.misses()));
  }

  /**
   * A change that can touch any result is forgotten at once on this node, inside the change's
   * transaction; the rest once committed (below).
   */
  void onSearchInputsChanged(@Observes SearchInputsChanged event) {
    if (forgetsPools(event)) {
      forget(event.tenantId());
    }
  }

  /**
   * Every node, once the change is committed (a node reading earlier would read the old): this one
   * before the request that made the change answers, the others when the bus tells them.
   */
  void afterSearchInputsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SearchInputsChanged event) {
    apply(event);
    bus.publish(POOLS_CHANGED, event.encode());
  }

  private void poolsChanged(String message) {
    apply(SearchInputsChanged.decode(message));
  }

  /**
   * The index marks what changed; kept pools are patched (held time), lose a cover (read again when
   * shown), or go (anything else but figures, which pools keep for their few seconds).
   */
  private void apply(SearchInputsChanged event) {
    index.changed(event);
    switch (event.scope()) {
      case HOLDS -> patch(event.tenantId(), event.dates(), event.photographerId());
      case FIGURES -> {}
      case COVER ->
          pools.update(
              key -> key.tenantId().equals(event.tenantId()),
              (key, pool) -> {
                pool.covers().remove(event.photographerId());
                return pool;
              });
      case LISTING, TENANT -> forget(event.tenantId());
    }
  }

  private static boolean forgetsPools(SearchInputsChanged event) {
    return event.scope() == SearchInputsChanged.Scope.LISTING
        || event.scope() == SearchInputsChanged.Scope.TENANT;
  }

  /**
   * A booking, cancellation or hold of one photographer: the kept pools of its dates that list them
   * get their free time read again (one small statement) instead of being dropped — dropped, every
   * booking at peak cost a reload of pools of a thousand candidates each (docs/benchmarks.md).
   * Loads of those dates running meanwhile are not kept.
   */
  private void patch(String tenantId, Set<LocalDate> dates, String photographerId) {
    if (settings.searchCache().isZero() || dates.isEmpty()) {
      return; // no pools kept
    }
    java.util.function.Predicate<PoolKey> keys =
        key -> key.tenantId().equals(tenantId) && key.date() != null && dates.contains(key.date());
    java.util.function.BiFunction<PoolKey, Pool, Pool> dropListing =
        (key, pool) -> pool.candidate(photographerId) == null ? pool : null;
    if (!pools.any(keys, (key, pool) -> pool.candidate(photographerId) != null)) {
      // Nothing to read; a pool listing them kept since this check may have read before the
      // change: it goes (and loads running now are not kept).
      pools.update(keys, dropListing);
      return;
    }
    Map<LocalDate, io.shutterport.catalog.FreeTime> free;
    try {
      free = catalog.freeOn(tenantId, photographerId, dates);
    } catch (RuntimeException e) { // not read: those pools go, as a stale one must not stay
      pools.update(keys, dropListing);
      throw e;
    }
    pools.update(
        keys,
        (key, pool) -> {
          Candidate candidate = pool.candidate(photographerId);
          if (candidate == null) {
            return pool;
          }
          int[] minutes =
              freeMinutes(
                      List.of(candidate), Map.of(photographerId, free.get(key.date())), key.date())
                  .get(photographerId);
          return pool.withFree(photographerId, minutes);
        });
  }

  /** A change that can touch any of a marketplace's results: its pools go; others' stay. */
  private void forget(String tenantId) {
    pools.removeIf((key, pool) -> key.tenantId().equals(tenantId));
  }

  /**
   * Searches and ranks; at most {@value #RESULTS} results, best first, each with its cover photo.
   * Not a transaction of its own: a pooled answer reads nothing, and a pool's queries each run in
   * their service's.
   */
  public List<SearchResult> search(SearchForm form) {
    return search(form, 1).results();
  }

  /**
   * One page of {@value #RESULTS} results of a search, in the ranking's order (stable: ties go to
   * the cheaper plan, then the photographer id).
   *
   * @param form the search
   * @param page from 1
   */
  public ResultPage search(SearchForm form, int page) {
    if (page < 1 || page > MAX_PAGE) {
      throw InvalidInputException.of("page", "validation.page");
    }
    TenantView t = tenants.byId(tenant.require());
    Criteria c = criteria(form == null ? SearchForm.of(null, null) : form, t);
    Pool pool =
        settings.searchCache().isZero()
            ? pool(c)
            : pools.get(
                new PoolKey(t.id(), c.date(), c.poolFilters()),
                k -> work.call(t.id(), () -> pool(c)));
    Ranked ranked =
        rank(pool, c, RankingWeights.parse(t.rankingWeights()), (page - 1) * RESULTS, RESULTS);
    Map<String, String> covers =
        pool.coversOf(ranked.matches().stream().map(Match::photographerId).toList(), gallery);
    return new ResultPage(
        ranked.matches().stream()
            .map(m -> new SearchResult(m, blankToNull(covers.get(m.photographerId()))))
            .toList(),
        page,
        ranked.total(),
        page * RESULTS < ranked.total());
  }

  /** The highest page a search answers. */
  static final int MAX_PAGE = 50;

  private Pool pool(Criteria c) {
    Listing listing = catalog.candidatesOn(c.unbudgeted(), c.date());
    List<Candidate> candidates = listing.candidates();
    Map<String, int[]> byPhotographer =
        c.date() == null ? Map.of() : freeMinutes(candidates, listing.free(), c.date());
    int[][] free = new int[candidates.size()][];
    for (int i = 0; i < free.length; i++) {
      free[i] = byPhotographer.getOrDefault(candidates.get(i).photographerId(), NO_MINUTES);
    }
    return new Pool(candidates, free, listing.relevance());
  }

  /**
   * Budget, place, time window and ranking, in memory. Only the results shown are built in full;
   * the other candidates are scored and dropped.
   */
  private Ranked rank(Pool pool, Criteria c, RankingWeights weights, int offset, int limit) {
    List<Scored> scored = new ArrayList<>(pool.candidates().size());
    for (int i = 0; i < pool.candidates().size(); i++) {
      Candidate candidate = pool.candidates().get(i);
      if (c.budget() != null && candidate.plan().price().minorUnits() > c.budget().minorUnits()) {
        continue;
      }
      if (c.latitude() != null && !reaches(candidate, c)) {
        continue;
      }
      int[] free = pool.freeMinutes()[i];
      int starts = 0;
      for (int minute : free) {
        if (minute >= c.fromMinute() && minute <= c.toMinute()) {
          starts++;
        }
      }
      if (c.date() != null && starts == 0) {
        continue; // not free on the asked date and time
      }
      Double km = c.latitude() == null ? null : distance(candidate, c);
      Factors factors =
          new Factors(
              km == null ? 0.5 : Math.max(0, 1 - km / c.radiusKm()),
              c.date() == null ? 0.5 : (double) starts / Math.max(1, c.possibleStarts()),
              Factors.bayesianRating(candidate.ratingCount(), candidate.ratingSum()) / 5.0,
              Factors.responseRate(candidate.requestsReceived(), candidate.requestsAnswered()),
              priceFit(candidate.plan().price(), c.budget()),
              c.query().keyword().isEmpty()
                  ? null
                  : pool.relevance().getOrDefault(candidate.photographerId(), 0.0));
      scored.add(new Scored(candidate, weights.score(factors), factors, km, free));
    }
    List<Scored> best = best(scored, offset + limit);
    int from = Math.min(offset, best.size());
    int to = Math.min(offset + limit, best.size());
    List<Match> matches = new ArrayList<>(to - from);
    for (Scored s : best.subList(from, to)) {
      Candidate candidate = s.candidate();
      List<String> starts = new ArrayList<>();
      for (int minute : s.free()) {
        if (minute >= c.fromMinute() && minute <= c.toMinute()) {
          starts.add(HH_MM[minute]);
        }
      }
      matches.add(
          new Match(
              candidate.photographerId(),
              candidate.displayName(),
              candidate.prefecture(),
              candidate.city(),
              candidate.plan().id(),
              candidate.plan().price(),
              s.score(),
              s.factors(),
              candidate.ratingCount() == 0
                  ? 0
                  : (double) candidate.ratingSum() / candidate.ratingCount(),
              candidate.ratingCount(),
              s.distanceKm(),
              List.copyOf(starts)));
    }
    return new Ranked(List.copyOf(matches), scored.size());
  }

  /** The shown part of a ranking, and how many passed the filters. */
  private record Ranked(List<Match> matches, int total) {}

  /** Best first: highest score, then cheapest, then by photographer (a total order). */
  private static final Comparator<Scored> BEST_FIRST =
      (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
          return byScore;
        }
        int byPrice = a.candidate().plan().price().compareTo(b.candidate().plan().price());
        return byPrice != 0
            ? byPrice
            : a.candidate().photographerId().compareTo(b.candidate().photographerId());
      };

  /**
   * The first {@code n} of {@code scored} in {@link #BEST_FIRST} order, without sorting the rest: a
   * page of twenty out of a thousand candidates keeps a heap of twenty (docs/benchmarks.md).
   */
  static List<Scored> best(List<Scored> scored, int n) {
    if (n <= 0) {
      return List.of();
    }
    java.util.PriorityQueue<Scored> kept =
        new java.util.PriorityQueue<>(n + 1, BEST_FIRST.reversed());
    for (Scored s : scored) {
      if (kept.size() < n) {
        kept.add(s);
      } else if (BEST_FIRST.compare(s, kept.peek()) < 0) {
        kept.poll();
        kept.add(s);
      }
    }
    List<Scored> best = new ArrayList<>(kept);
    best.sort(BEST_FIRST);
    return best;
  }

  /** A candidate that passed the filters, with its score. */
  record Scored(
      Candidate candidate, double score, Factors factors, Double distanceKm, int[] free) {}

  private static final int[] NO_MINUTES = {};

  /** "HH:mm" of every minute of a day, as {@link LocalTime#toString()} writes it. */
  private static final String[] HH_MM =
      java.util.stream.IntStream.range(0, 24 * 60)
          .mapToObj(m -> LocalTime.of(m / 60, m % 60).toString())
          .toArray(String[]::new);

  /**
   * おまかせ: the marketplace requests the best-ranked photographer free at that time. When the first
   * choice was taken a moment ago, the next is asked.
   */
  public BookingView auto(String customerId, AutoBooking form) {
    identity.requireRole(customerId, Role.CUSTOMER);
    if (form == null) {
      throw InvalidInputException.of("date", "validation.date");
    }
    if (form.startTime() == null || form.startTime().isBlank()) {
      throw InvalidInputException.of("startTime", "validation.time");
    }
    TenantView t = tenants.byId(tenant.require());
    Criteria c =
        criteria(
            new SearchForm(
                form.category(),
                form.prefecture(),
                form.city(),
                null,
                null,
                null,
                form.date(),
                form.startTime(),
                form.startTime(),
                form.budget(),
                null,
                null,
                null,
                null),
            t);
    List<Match> ranked = // this moment's availability, never cached
        rank(pool(c), c, RankingWeights.parse(t.rankingWeights()), 0, RESULTS).matches();
    ShutterportException last = null;
    for (Match match : ranked.stream().limit(3).toList()) {
      try {
        return bookings.request(
            customerId,
            new BookingRequest(
                match.planId(),
                form.date(),
                form.startTime(),
                form.note(),
                null,
                null,
                null,
                null,
                null,
                form.details()));
      } catch (ShutterportException e) {
        if (e.kind() != ShutterportException.Kind.CONFLICT
            && e.kind() != ShutterportException.Kind.INVALID) {
          throw e;
        }
        last = e;
      }
    }
    if (last != null) {
      throw last;
    }
    throw new NoPhotographerFreeException();
  }

  /** A photographer's own ranking factors, outside any particular search. */
  @Transactional
  public RankingView myRanking(String photographerId) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    TenantView t = tenants.byId(tenant.require());
    Candidate me = catalog.figures(photographerId);
    LocalDate today = LocalDate.now(t.zone());
    Availability availability = catalog.availability(photographerId, today, today.plusDays(14));
    Instant from = today.atStartOfDay(t.zone()).toInstant();
    Instant to = today.plusDays(16).atStartOfDay(t.zone()).toInstant();
    List<Availability.Busy> busy =
        calendar.busy(List.of(photographerId), from, to).getOrDefault(photographerId, List.of());
    Duration hour = Duration.ofHours(1);
    Instant now = Instant.now();
    int possible = availability.slots(today, today.plusDays(13), hour, STEP, List.of(), now).size();
    int open = availability.slots(today, today.plusDays(13), hour, STEP, busy, now).size();
    double freeShare = possible == 0 ? 0 : (double) open / possible;
    Factors factors =
        new Factors(
            0.5,
            freeShare,
            Factors.bayesianRating(me.ratingCount(), me.ratingSum()) / 5.0,
            Factors.responseRate(me.requestsReceived(), me.requestsAnswered()),
            0.5);
    RankingWeights weights = RankingWeights.parse(t.rankingWeights());
    return new RankingView(
        factors,
        weights.score(factors),
        weights,
        me.ratingCount() == 0 ? 0 : (double) me.ratingSum() / me.ratingCount(),
        me.ratingCount(),
        Factors.bayesianRating(me.ratingCount(), me.ratingSum()),
        me.requestsReceived(),
        me.requestsAnswered(),
        freeShare);
  }

  /** An operator sets the ranking weights (text form of {@link RankingWeights}). */
  @Transactional
  public RankingWeights updateWeights(String operatorId, String weights) {
    identity.requireRole(operatorId, Role.OPERATOR);
    RankingWeights parsed = weights(weights);
    tenants.updateRankingWeights(tenant.require(), parsed.format());
    return parsed;
  }

  /**
   * What proposed weights would change before an operator saves them: the first results of a search
   * on {@code date} (any category and place) under the proposed weights, each with its place under
   * today's.
   *
   * @param operatorId the operator
   * @param weights the proposed weights, text form of {@link RankingWeights}
   * @param date ISO date of the search, or null for a search without a date
   */
  public List<WeightsPreview> previewWeights(String operatorId, String weights, String date) {
    identity.requireRole(operatorId, Role.OPERATOR);
    RankingWeights proposed = weights(weights);
    TenantView t = tenants.byId(tenant.require());
    Criteria c =
        criteria(
            new SearchForm(
                null, null, null, null, null, null, date, null, null, null, null, null, null, null),
            t);
    Pool pool = pool(c);
    List<String> now =
        rank(pool, c, RankingWeights.parse(t.rankingWeights()), 0, PREVIEW_PLACES)
            .matches()
            .stream()
            .map(Match::photographerId)
            .toList();
    List<WeightsPreview> rows = new ArrayList<>();
    for (Match m : rank(pool, c, proposed, 0, RESULTS).matches()) {
      int before = now.indexOf(m.photographerId());
      rows.add(
          new WeightsPreview(
              m.photographerId(),
              m.displayName(),
              rows.size() + 1,
              before < 0 ? null : before + 1,
              m.score()));
    }
    return List.copyOf(rows);
  }

  /** How far down today's ranking a preview looks for each photographer's place. */
  private static final int PREVIEW_PLACES = 1_000;

  /** An operator's weights in their text form, or a 400 saying how to write them. */
  private static RankingWeights weights(String text) {
    try {
      return RankingWeights.parse(text);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("weights", "validation.weights");
    }
  }

  // --- criteria ---

  private record Criteria(
      CandidateQuery query,
      Double latitude,
      Double longitude,
      int radiusKm,
      LocalDate date,
      int fromMinute,
      int toMinute,
      Money budget) {
    int possibleStarts() {
      return (toMinute - fromMinute) / (int) STEP.toMinutes() + 1;
    }

    /** The query without the budget: pools are shared by every budget (see {@link Pool}). */
    CandidateQuery unbudgeted() {
      return new CandidateQuery(
          query.categoryId(),
          query.prefecture(),
          query.city(),
          query.box(),
          null,
          query.language(),
          query.minRating(),
          query.keyword());
    }

    /** The database filters a pool depends on besides its date: all but the budget. */
    String poolFilters() {
      return String.join(
          "\n",
          String.valueOf(query.categoryId()),
          String.valueOf(query.prefecture()),
          String.valueOf(query.city()),
          query.box() == null ? "" : java.util.Arrays.toString(query.box()),
          String.valueOf(query.language()),
          String.valueOf(query.minRating()),
          query.keyword().key());
    }
  }

  private Criteria criteria(SearchForm f, TenantView t) {
    List<FieldError> errors = new ArrayList<>();
    String category = blankToNull(f.category());
    if (category != null && category.length() > 64) {
      errors.add(new FieldError("category", "validation.category"));
    }
    String prefecture = blankToNull(f.prefecture());
    if (prefecture != null && Prefecture.fromCode(prefecture).isEmpty()) {
      errors.add(new FieldError("prefecture", "validation.prefecture"));
    }
    String city = blankToNull(f.city());
    if (city != null && city.length() > 80) {
      errors.add(new FieldError("city", "validation.city"));
    }
    Double latitude = f.latitude();
    Double longitude = f.longitude();
    boolean point = latitude != null || longitude != null;
    if (point
        && (latitude == null
            || longitude == null
            || !(Math.abs(latitude) <= 90)
            || !(Math.abs(longitude) <= 180))) {
      errors.add(new FieldError("latitude", "validation.point"));
      point = false;
    } else if (!point && blankToNull(f.place()) != null) {
      var place = Places.locate(f.place(), "ja");
      if (place.isPresent()) {
        latitude = place.get().latitude();
        longitude = place.get().longitude();
        point = true;
      } else {
        errors.add(new FieldError("place", "validation.place"));
      }
    }
    int radius = f.radiusKm() == null ? 30 : f.radiusKm();
    if (radius < 1 || radius > 300) {
      errors.add(new FieldError("radiusKm", "validation.radiusKm"));
    }
    LocalDate date = null;
    int fromMinute = 0;
    int toMinute = 24 * 60 - 30;
    if (blankToNull(f.date()) != null) {
      try {
        date = LocalDate.parse(f.date().strip());
        LocalDate today = LocalDate.now(t.zone());
        if (date.isBefore(today) || date.isAfter(today.plusYears(1))) {
          errors.add(new FieldError("date", "validation.dateRange"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("date", "validation.date"));
      }
      fromMinute = minute(f.from(), fromMinute, "from", errors);
      toMinute = minute(f.to(), toMinute, "to", errors);
      if (toMinute < fromMinute) {
        errors.add(new FieldError("to", "validation.window"));
      }
    }
    Money budget = null;
    if (blankToNull(f.budget()) != null) {
      budget = Amounts.parse(f.budget(), t.currency()).orElse(null);
      if (budget == null) {
        errors.add(new FieldError("budget", "validation.budget"));
      }
    }
    String language = blankToNull(f.language());
    if (language != null && !LANGUAGES.contains(language)) {
      errors.add(new FieldError("language", "validation.languages"));
    }
    if (f.minRating() != null && !(f.minRating() >= 1 && f.minRating() <= 5)) {
      errors.add(new FieldError("minRating", "validation.minRating"));
    }
    Keyword keyword = Keyword.NONE;
    String text = blankToNull(f.keyword());
    if (text != null) {
      if (text.length() > MAX_KEYWORD) {
        errors.add(new FieldError("keyword", "validation.keyword"));
      } else {
        keyword = Keyword.of(text, plugins.synonyms());
        if (keyword.isEmpty()
            || keyword.words().size() > MAX_WORDS
            || keyword.terms() > MAX_TERMS) {
          errors.add(new FieldError("keyword", "validation.keyword"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    double[] box = null;
    if (point) {
      // A box around every point within the radius: a degree of latitude is 111.2 km, and a
      // degree of longitude is shortest at the box's edge farthest from the equator.
      double dLat = radius / 111.0;
      double farthest = Math.min(90, Math.abs(latitude) + dLat);
      double dLon = radius / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(farthest))));
      box = new double[] {latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon};
    }
    CandidateQuery query =
        new CandidateQuery(
            category,
            prefecture,
            city,
            box,
            budget == null ? null : budget.minorUnits(),
            language,
            f.minRating(),
            keyword);
    return new Criteria(
        query,
        point ? latitude : null,
        point ? longitude : null,
        radius,
        date,
        fromMinute,
        toMinute,
        budget);
  }

  /**
   * Free starts over the whole date per candidate, in minutes after midnight in their zone: their
   * stored free time ({@link io.shutterport.catalog.FreeTime}) for their plan's length, from their
   * notice on and within their horizon — no slot is computed against bookings here.
   */
  private static Map<String, int[]> freeMinutes(
      List<Candidate> candidates,
      Map<String, io.shutterport.catalog.FreeTime> freeTimes,
      LocalDate date) {
    Instant now = Instant.now();
    Map<String, int[]> result = new java.util.HashMap<>();
    // Per zone (most candidates share one): today there, and where the date starts.
    Map<java.time.ZoneId, Object[]> zones = new java.util.HashMap<>();
    for (Candidate candidate : candidates) {
      io.shutterport.catalog.FreeTime free = freeTimes.get(candidate.photographerId());
      Candidate.Schedule schedule = candidate.schedule();
      if (free == null) {
        continue;
      }
      Object[] zone =
          zones.computeIfAbsent(
              schedule.zone(),
              z ->
                  new Object[] {
                    now.atZone(z).toLocalDate(), date.atStartOfDay(z).toInstant().getEpochSecond()
                  });
      if (date.isAfter(((LocalDate) zone[0]).plusDays(schedule.horizonDays()))) {
        continue;
      }
      long seconds = now.plus(schedule.minNotice()).getEpochSecond() - (long) zone[1];
      int earliest = (int) Math.max(-1, Math.min(24 * 60 + 1, -Math.floorDiv(-seconds, 60)));
      result.put(
          candidate.photographerId(),
          free.starts(candidate.plan().durationMinutes(), 0, 24 * 60, earliest));
    }
    return result;
  }

  private static boolean reaches(Candidate candidate, Criteria c) {
    if (candidate.latitude() == null || candidate.longitude() == null) {
      return false;
    }
    double km = distance(candidate, c);
    return km <= c.radiusKm() && km <= candidate.travelRadiusKm();
  }

  /** The banded distance ({@link io.shutterport.catalog.Geo#band}): search never tells more. */
  private static double distance(Candidate candidate, Criteria c) {
    return io.shutterport.catalog.Geo.band(
        io.shutterport.catalog.Geo.km(
            c.latitude(), c.longitude(), candidate.latitude(), candidate.longitude()));
  }

  /** 1 at or below 70% of the budget, falling linearly to 0 at the budget; 0.5 without one. */
  static double priceFit(Money price, Money budget) {
    if (budget == null) {
      return 0.5;
    }
    double ratio = (double) price.minorUnits() / budget.minorUnits();
    return ratio <= 0.7 ? 1.0 : Math.max(0, (1.0 - ratio) / 0.3);
  }

  private static int minute(String hhmm, int fallback, String field, List<FieldError> errors) {
    if (hhmm == null || hhmm.isBlank()) {
      return fallback;
    }
    try {
      LocalTime t = LocalTime.parse(hhmm.strip());
      return t.getHour() * 60 + t.getMinute();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "validation.time"));
      return fallback;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
