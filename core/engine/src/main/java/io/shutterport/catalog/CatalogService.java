package io.shutterport.catalog;

import io.shutterport.catalog.domain.AvailabilityException;
import io.shutterport.catalog.domain.AvailabilityRule;
import io.shutterport.catalog.domain.PhotographerProfile;
import io.shutterport.catalog.domain.Plan;
import io.shutterport.catalog.infrastructure.CatalogRepository;
import io.shutterport.catalog.infrastructure.ListingReader;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Profiles, plans and search. */
@ApplicationScoped
public class CatalogService {
  private static final Set<String> LANGUAGES = Set.of("ja", "en", "zh", "ko", "fr", "es", "de");

  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject CatalogRepository repository;
  @Inject ListingReader listings;
  @Inject SearchIndex index;
  @Inject io.shutterport.catalog.infrastructure.FreeDays freeDays;
  @Inject io.shutterport.catalog.infrastructure.SearchTerms searchTerms;
  @Inject IdentityService identity;
  @Inject TenantPlugins plugins;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;

  @Inject
  jakarta.enterprise.event.Event<io.shutterport.platform.events.SearchInputsChanged> changed;

  /** Creates or updates the caller's profile; only photographers have one. */
  @Transactional
  public ProfileView saveProfile(String userId, ProfileForm form) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    List<FieldError> errors = new ArrayList<>();
    String name = text(form.displayName(), "displayName", 1, 80, errors);
    String bio = text(form.bio(), "bio", 0, 4000, errors);
    String city = text(form.city(), "city", 1, 80, errors);
    if (Prefecture.fromCode(form.prefecture()).isEmpty()) {
      errors.add(new FieldError("prefecture", "validation.prefecture"));
    }
    List<String> languages =
        form.languages() == null || form.languages().isBlank()
            ? List.of("ja")
            : Arrays.stream(form.languages().split(",")).map(String::strip).distinct().toList();
    if (!LANGUAGES.containsAll(languages)) {
      errors.add(new FieldError("languages", "validation.languages"));
    }
    boolean hasPoint = form.latitude() != null || form.longitude() != null;
    if (hasPoint
        && (form.latitude() == null
            || form.longitude() == null
            || !(Math.abs(form.latitude()) <= 90)
            || !(Math.abs(form.longitude()) <= 180))) {
      errors.add(new FieldError("latitude", "validation.point"));
    }
    int radius = form.travelRadiusKm() == null ? 30 : form.travelRadiusKm();
    range(radius, "travelRadiusKm", 1, 500, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PhotographerProfile existing = repository.profile(userId).orElse(null);
    PhotographerProfile profile = existing != null ? existing : new PhotographerProfile(userId);
    profile.describe(name, bio, form.prefecture().strip(), city, languages);
    profile.serviceArea(
        hasPoint ? form.latitude() : null, hasPoint ? form.longitude() : null, radius);
    if (existing == null) {
      if (tenants.byId(tenant.require()).approvePhotographers()) {
        profile.awaitApproval();
      }
      repository.add(profile);
      List<AvailabilityRule> workdays = new ArrayList<>();
      for (int day = 1; day <= 7; day++) {
        workdays.add(new AvailabilityRule(userId, day, 9 * 60, 18 * 60));
      }
      repository.replaceAvailability(userId, workdays, LocalDate.now(), List.of());
    }
    reindex(profile);
    return view(profile);
  }

  /**
   * The candidates of a search — every photographer who passes its filters, with their cheapest
   * matching plan, cheapest first — and with a date their free time on it: one query whatever their
   * number.
   */
  @Transactional
  public Listing candidatesOn(CandidateQuery query, LocalDate date) {
    String tenantId = tenant.require();
    SearchIndex.Found found = index.candidates(tenantId, query);
    List<Candidate> candidates = found.candidates();
    if (date == null || candidates.isEmpty()) {
      return new Listing(candidates, Map.of(), found.relevance());
    }
    // The date's stored free time, read by prefecture (decision 107); for a few candidates, theirs.
    Set<String> prefectures = new java.util.TreeSet<>();
    if (query.prefecture() != null) {
      prefectures.add(query.prefecture());
    } else {
      candidates.forEach(c -> prefectures.add(c.prefecture()));
    }
    Map<String, FreeTime> stored =
        candidates.size() <= FEW_CANDIDATES
            ? listings.freeOnDate(
                tenantId, date, null, candidates.stream().map(Candidate::photographerId).toList())
            : listings.freeOnDate(tenantId, date, prefectures, null);
    Map<String, FreeTime> free = new HashMap<>();
    int weekday = date.getDayOfWeek().getValue();
    for (Candidate c : candidates) {
      FreeTime day = stored.get(c.photographerId());
      if (day == null) {
        List<Availability.Window> windows = found.index().weekly(c.photographerId(), weekday);
        day = windows.isEmpty() ? null : FreeTime.whole(windows);
      }
      if (day != null) {
        free.put(c.photographerId(), day);
      }
    }
    return new Listing(candidates, free, found.relevance());
  }

  /** Up to this many candidates, their own stored days are read; beyond, their prefectures'. */
  private static final int FEW_CANDIDATES = 40;

  /**
   * One photographer's free time on each of {@code dates}, read as {@link #candidatesOn} reads it,
   * from the primary: search patches its kept pools with it after a booking or cancellation.
   */
  public Map<LocalDate, io.shutterport.catalog.FreeTime> freeOn(
      String tenantId, String photographerId, java.util.Set<LocalDate> dates) {
    return listings.freeOn(tenantId, photographerId, dates);
  }

  /** A listing's row as search's candidate. */
  static Candidate candidate(ListingReader.Row r) {
    Money extra = r.extraPriceMinor() == null ? null : Money.of(r.extraPriceMinor(), r.currency());
    Money express =
        r.expressPriceMinor() == null ? null : Money.of(r.expressPriceMinor(), r.currency());
    PlanView plan =
        new PlanView(
            r.planId(),
            r.photographerId(),
            r.categoryId(),
            r.title(),
            r.durationMinutes(),
            Money.of(r.priceMinor(), r.currency()),
            r.photoCount(),
            r.cancellationPolicy(),
            r.deliveryDays(),
            r.extraMinutes(),
            extra,
            r.expressDays(),
            express,
            r.instantBook(),
            null); // search cards do not show it
    return new Candidate(
        r.photographerId(),
        r.displayName(),
        r.prefecture(),
        r.city(),
        r.latitude(),
        r.longitude(),
        r.travelRadiusKm(),
        Arrays.asList(r.languages().split(",")),
        r.ratingCount(),
        r.ratingSum(),
        r.requestsReceived(),
        r.requestsAnswered(),
        plan,
        new Candidate.Schedule(
            ZoneId.of(r.timeZone()),
            Duration.ofMinutes(r.minNoticeMinutes()),
            r.horizonDays(),
            new Buffers(
                Duration.ofMinutes(r.bufferBeforeMinutes()),
                Duration.ofMinutes(r.bufferAfterMinutes()))));
  }

  private static Candidate candidate(PhotographerProfile p, PlanView plan) {
    return new Candidate(
        p.id(),
        p.displayName(),
        p.prefecture(),
        p.city(),
        p.latitude(),
        p.longitude(),
        p.travelRadiusKm(),
        p.languages(),
        p.ratingCount(),
        p.ratingSum(),
        p.requestsReceived(),
        p.requestsAnswered(),
        plan,
        new Candidate.Schedule(p.zone(), p.minNotice(), p.horizonDays(), p.buffers()));
  }

  /** One photographer's ranking figures, with their cheapest plan (or null without plans). */
  @Transactional
  public Candidate figures(String photographerId) {
    PhotographerProfile p =
        repository.profile(photographerId).orElseThrow(() -> new NotFoundException("photographer"));
    PlanView cheapest =
        repository.plansOf(photographerId).stream()
            .map(Plan::view)
            .min(java.util.Comparator.comparing(PlanView::price))
            .orElse(null);
    return candidate(p, cheapest);
  }

  /**
   * A photographer received a booking request. Search hears of it through the request's own hold (a
   * held-time change re-reads the photographer's figures too): no second event.
   */
  @Transactional
  public void countRequestReceived(String photographerId) {
    repository.countRequest(photographerId, 1, 0);
  }

  /** A published review adds its stars to the photographer's rating. */
  @Transactional
  public void countRating(String photographerId, int stars) {
    repository.countRating(photographerId, stars);
    changed.fire(
        io.shutterport.platform.events.SearchInputsChanged.figures(
            tenant.require(), photographerId));
  }

  /** A photographer answered a request (accepted or declined it). */
  @Transactional
  public void countRequestAnswered(String photographerId) {
    repository.countRequest(photographerId, 0, 1);
    changed.fire(
        io.shutterport.platform.events.SearchInputsChanged.figures(
            tenant.require(), photographerId));
  }

  /** Rebuilds the photographer's listing and keyword index (name, plan titles, area and bio). */
  private void reindex(PhotographerProfile profile) {
    repository.relist(profile);
    changed.fire(
        io.shutterport.platform.events.SearchInputsChanged.listing(tenant.require(), profile.id()));
    searchTerms.rebuild(tenant.require(), List.of(profile.id()));
  }

  /**
   * When a photographer can be booked, with the exceptions between two dates (in their zone).
   * Anyone may ask: it is what the public slot view shows.
   */
  @Transactional
  public Availability availability(String photographerId, LocalDate first, LocalDate last) {
    PhotographerProfile profile =
        repository.profile(photographerId).orElseThrow(() -> new NotFoundException("photographer"));
    Map<DayOfWeek, List<Availability.Window>> weekly = new EnumMap<>(DayOfWeek.class);
    Map<LocalDate, List<Availability.Window>> exceptions = new HashMap<>();
    for (CatalogRepository.WindowRow row :
        repository.windowsOf(tenant.require(), photographerId, first, last)) {
      if (row.weekday() != null) {
        weekly
            .computeIfAbsent(DayOfWeek.of(row.weekday()), d -> new ArrayList<>())
            .add(new Availability.Window(row.startMinute(), row.endMinute()));
        continue;
      }
      List<Availability.Window> windows =
          exceptions.computeIfAbsent(row.date(), d -> new ArrayList<>());
      if (row.startMinute() != null) {
        windows.add(new Availability.Window(row.startMinute(), row.endMinute()));
      }
    }
    return new Availability(
        profile.zone(),
        weekly,
        exceptions,
        profile.minNotice(),
        profile.horizonDays(),
        profile.buffers());
  }

  /** The caller's availability as they edit it. */
  @Transactional
  public AvailabilityForm myAvailability(String userId) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    PhotographerProfile profile =
        repository.profile(userId).orElseThrow(() -> new NotFoundException("photographer"));
    LocalDate today = LocalDate.now(profile.zone());
    List<AvailabilityForm.WeeklyWindow> weekly =
        repository.rulesOf(userId).stream()
            .map(
                r ->
                    new AvailabilityForm.WeeklyWindow(
                        r.weekday(),
                        Availability.Window.format(r.startMinute()),
                        Availability.Window.format(r.endMinute())))
            .toList();
    List<AvailabilityForm.DateException> exceptions =
        repository.exceptionsOf(userId, today, today.plusDays(profile.horizonDays())).stream()
            .map(
                e ->
                    new AvailabilityForm.DateException(
                        e.date().toString(),
                        e.startMinute() == null
                            ? null
                            : Availability.Window.format(e.startMinute()),
                        e.endMinute() == null ? null : Availability.Window.format(e.endMinute())))
            .toList();
    return new AvailabilityForm(
        profile.zone().getId(),
        (int) profile.buffers().before().toMinutes(),
        (int) profile.buffers().after().toMinutes(),
        (int) profile.minNotice().toMinutes(),
        profile.horizonDays(),
        weekly,
        exceptions,
        calendarPath(profile));
  }

  /**
   * Gives the caller's calendar feed a new secret URL (after it leaked, or to drop a subscriber);
   * the old one answers 404 from now on.
   *
   * @return the new feed's path
   */
  @Transactional
  public String renewCalendarUrl(String userId) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    PhotographerProfile profile =
        repository
            .profile(userId)
            .orElseThrow(() -> InvalidInputException.of("profile", "validation.profileFirst"));
    profile.renewCalendarToken();
    return calendarPath(profile);
  }

  private static String calendarPath(PhotographerProfile profile) {
    return "/api/v1/calendars/" + profile.calendarToken() + ".ics";
  }

  /** Replaces the caller's availability: all weekly windows, and the exceptions from today on. */
  @Transactional
  public AvailabilityForm saveAvailability(String userId, AvailabilityForm form) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    PhotographerProfile profile =
        repository
            .profile(userId)
            .orElseThrow(() -> InvalidInputException.of("profile", "validation.profileFirst"));
    if (form == null) {
      throw InvalidInputException.of("weekly", "validation.windows");
    }
    List<FieldError> errors = new ArrayList<>();
    ZoneId zone = null;
    try {
      zone = ZoneId.of(form.timeZone() == null ? "" : form.timeZone().strip());
    } catch (java.time.DateTimeException e) {
      errors.add(new FieldError("timeZone", "validation.timeZone"));
    }
    range(form.bufferBeforeMinutes(), "bufferBeforeMinutes", 0, 240, errors);
    range(form.bufferAfterMinutes(), "bufferAfterMinutes", 0, 240, errors);
    range(form.minNoticeMinutes(), "minNoticeMinutes", 0, 43_200, errors);
    range(form.horizonDays(), "horizonDays", 1, 365, errors);
    List<AvailabilityRule> rules = new ArrayList<>();
    Map<Integer, List<Availability.Window>> byDay = new HashMap<>();
    List<AvailabilityForm.WeeklyWindow> weekly = form.weekly() == null ? List.of() : form.weekly();
    if (weekly.size() > 70) {
      errors.add(new FieldError("weekly", "validation.windows"));
    }
    for (int i = 0; i < weekly.size() && i < 70; i++) {
      var w = weekly.get(i);
      Availability.Window window = window(w == null ? null : w.start(), w == null ? null : w.end());
      if (w == null
          || w.weekday() == null
          || w.weekday() < 1
          || w.weekday() > 7
          || window == null) {
        errors.add(new FieldError("weekly[" + i + "]", "validation.window"));
        continue;
      }
      byDay.computeIfAbsent(w.weekday(), d -> new ArrayList<>()).add(window);
      rules.add(
          new AvailabilityRule(userId, w.weekday(), window.startMinute(), window.endMinute()));
    }
    byDay.forEach(
        (day, windows) -> {
          if (Availability.overlapping(windows)) {
            errors.add(new FieldError("weekly", "validation.overlappingWindows"));
          }
        });
    LocalDate today = LocalDate.now(zone == null ? ZoneId.of("Asia/Tokyo") : zone);
    List<AvailabilityException> exceptions = new ArrayList<>();
    Map<LocalDate, List<Availability.Window>> byDate = new HashMap<>();
    List<AvailabilityForm.DateException> given =
        form.exceptions() == null ? List.of() : form.exceptions();
    if (given.size() > 1000) {
      errors.add(new FieldError("exceptions", "validation.windows"));
    }
    for (int i = 0; i < given.size() && i < 1000; i++) {
      var e = given.get(i);
      LocalDate date = null;
      try {
        date = e == null ? null : LocalDate.parse(e.date() == null ? "" : e.date().strip());
      } catch (java.time.format.DateTimeParseException ex) {
        date = null;
      }
      if (date == null || date.isBefore(today) || date.isAfter(today.plusYears(1))) {
        errors.add(new FieldError("exceptions[" + i + "].date", "validation.dateRange"));
        continue;
      }
      boolean closed = blank(e.start()) && blank(e.end());
      Availability.Window window = closed ? null : window(e.start(), e.end());
      if (!closed && window == null) {
        errors.add(new FieldError("exceptions[" + i + "]", "validation.window"));
        continue;
      }
      List<Availability.Window> windows = byDate.computeIfAbsent(date, d -> new ArrayList<>());
      if (window != null) {
        windows.add(window);
      }
      exceptions.add(
          new AvailabilityException(
              userId,
              date,
              window == null ? null : window.startMinute(),
              window == null ? null : window.endMinute()));
    }
    byDate.forEach(
        (date, windows) -> {
          if (Availability.overlapping(windows)) {
            errors.add(new FieldError("exceptions", "validation.overlappingWindows"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.stream().distinct().toList());
    }
    profile.schedule(
        zone,
        new Buffers(
            Duration.ofMinutes(form.bufferBeforeMinutes()),
            Duration.ofMinutes(form.bufferAfterMinutes())),
        Duration.ofMinutes(form.minNoticeMinutes()),
        form.horizonDays());
    repository.replaceAvailability(userId, rules, today, exceptions);
    freeDays.rebuild(tenant.require(), List.of(userId));
    changed.fire(
        io.shutterport.platform.events.SearchInputsChanged.listing(tenant.require(), userId));
    return myAvailability(userId);
  }

  /** The photographer whose calendar feed has this secret; not found otherwise. */
  @Transactional
  public String photographerOfCalendar(String token) {
    if (token == null || !token.matches("[0-9a-f]{48}")) {
      throw new NotFoundException("photographer");
    }
    return repository
        .byCalendarToken(token)
        .map(PhotographerProfile::id)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Availability.Window window(String start, String end) {
    try {
      return new Availability.Window(
          Availability.Window.minuteOf(start.strip()), Availability.Window.minuteOf(end.strip()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A photographer adds a plan. */
  @Transactional
  public PlanView addPlan(String userId, PlanForm form) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    if (repository.profile(userId).isEmpty()) {
      throw InvalidInputException.of("profile", "validation.profileFirst");
    }
    ValidPlan valid = validate(form);
    String currency = tenants.byId(tenant.require()).currency();
    Plan plan =
        new Plan(
            userId,
            valid.form().categoryId(),
            valid.title(),
            valid.form().durationMinutes(),
            Money.of(valid.form().price(), currency),
            valid.form().photoCount());
    valid.applyTo(plan);
    repository.add(plan);
    reindex(repository.profile(userId).orElseThrow());
    return plan.view();
  }

  /**
   * A photographer changes one of their plans. Bookings already made keep the price, length and
   * delivery promise they were made with.
   */
  @Transactional
  public PlanView updatePlan(String userId, String planId, PlanForm form) {
    Plan plan = ownPlan(userId, planId);
    ValidPlan valid = validate(form);
    plan.describe(
        valid.form().categoryId(),
        valid.title(),
        valid.form().durationMinutes(),
        valid.form().price(),
        valid.form().photoCount());
    valid.applyTo(plan);
    reindex(repository.profile(userId).orElseThrow());
    return plan.view();
  }

  /**
   * A photographer stops offering a plan: it leaves their profile and search at once; bookings made
   * with it go on as agreed.
   */
  @Transactional
  public void retirePlan(String userId, String planId) {
    Plan plan = ownPlan(userId, planId);
    plan.retire();
    reindex(repository.profile(userId).orElseThrow());
  }

  /** One of the caller's plans still offered; not found for anyone else's or a retired one. */
  private Plan ownPlan(String userId, String planId) {
    identity.requireRole(userId, Role.PHOTOGRAPHER);
    return repository
        .plan(planId == null || planId.length() > 36 ? "" : planId)
        .filter(p -> p.photographerId().equals(userId) && !p.retired())
        .orElseThrow(() -> new NotFoundException("plan"));
  }

  /** A plan form that passed every check, with what it decided. */
  private record ValidPlan(
      PlanForm form, String title, int deliveryDays, boolean extra, boolean express) {
    void applyTo(Plan plan) {
      plan.delivery(
              deliveryDays,
              extra ? form.extraMinutes() : null,
              extra ? form.extraPrice() : null,
              express ? form.expressDays() : null,
              express ? form.expressPrice() : null)
          .instantBook(Boolean.TRUE.equals(form.instantBook()))
          .selectionLimit(form.selectionLimit());
    }
  }

  private ValidPlan validate(PlanForm form) {
    if (form == null) {
      throw InvalidInputException.of("title", "validation.title");
    }
    List<FieldError> errors = new ArrayList<>();
    if (form.categoryId() == null || plugins.category(form.categoryId()).isEmpty()) {
      errors.add(new FieldError("categoryId", "validation.category"));
    }
    String title = text(form.title(), "title", 1, 120, errors);
    range(form.durationMinutes(), "durationMinutes", 30, 600, errors);
    range(form.photoCount(), "photoCount", 1, 2000, errors);
    if (form.price() == null || form.price() < 1 || form.price() > 100_000_000L) {
      errors.add(new FieldError("price", "validation.price"));
    }
    if (form.selectionLimit() != null) {
      range(form.selectionLimit(), "selectionLimit", 1, 2000, errors);
    }
    int deliveryDays = form.deliveryDays() == null ? 14 : form.deliveryDays();
    range(deliveryDays, "deliveryDays", 1, 90, errors);
    boolean extra = form.extraMinutes() != null || form.extraPrice() != null;
    if (extra) {
      range(form.extraMinutes(), "extraMinutes", 15, 120, errors);
      if (form.extraPrice() == null || form.extraPrice() < 1 || form.extraPrice() > 10_000_000L) {
        errors.add(new FieldError("extraPrice", "validation.price"));
      }
    }
    boolean express = form.expressDays() != null || form.expressPrice() != null;
    if (express) {
      range(form.expressDays(), "expressDays", 1, 89, errors);
      if (form.expressDays() != null && form.expressDays() >= deliveryDays) {
        errors.add(new FieldError("expressDays", "validation.expressDays"));
      }
      if (form.expressPrice() == null
          || form.expressPrice() < 1
          || form.expressPrice() > 10_000_000L) {
        errors.add(new FieldError("expressPrice", "validation.price"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ValidPlan(form, title, deliveryDays, extra, express);
  }

  @Transactional
  public ProfileView profile(String photographerId) {
    return repository
        .profile(photographerId)
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  /** A photographer's public profile: not found until an operator has approved them. */
  /** The public names of the photographers among {@code ids} shown publicly, in one read. */
  @Transactional
  public java.util.Map<String, String> publicNames(java.util.Collection<String> ids) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (PhotographerProfile p : repository.profiles(ids)) {
      if (p.approved()) {
        names.put(p.id(), p.displayName());
      }
    }
    return names;
  }

  @Transactional
  public ProfileView publicProfile(String photographerId) {
    return repository
        .profile(photographerId == null || photographerId.length() > 36 ? "" : photographerId)
        .filter(PhotographerProfile::approved)
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  /** A plan customers may book: its photographer is approved. Not found otherwise. */
  @Transactional
  public PlanView bookablePlan(String planId) {
    return repository
        .approvedPlan(planId)
        .map(Plan::view)
        .orElseThrow(() -> new NotFoundException("plan"));
  }

  /** Photographers waiting for an operator's approval. */
  @Transactional
  public List<ProfileView> pendingPhotographers(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.pending(200).stream().map(this::view).toList();
  }

  /** An operator approves a photographer: they appear in search and can be booked. */
  @Transactional
  public ProfileView approve(String operatorId, String photographerId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    PhotographerProfile profile =
        repository
            .profile(photographerId == null || photographerId.length() > 36 ? "" : photographerId)
            .orElseThrow(() -> new NotFoundException("photographer"));
    profile.approve();
    reindex(profile);
    audit.record(operatorId, "photographer.approve", profile.id(), "");
    return view(profile);
  }

  /** Whether any photographer of the marketplace has a plan (its prices name its currency). */
  @Transactional
  public boolean hasPlans() {
    return repository.anyPlan();
  }

  /**
   * Time was held or given back (a booking moved in or out of a holding state): the free days of
   * the dates it touches are recomputed in the same transaction, so search never shows a committed
   * booking's time as free.
   */
  void onHoldsChanged(
      @jakarta.enterprise.event.Observes io.shutterport.platform.events.SearchInputsChanged event) {
    if (event.scope() == io.shutterport.platform.events.SearchInputsChanged.Scope.HOLDS) {
      freeDays.refresh(event.tenantId(), event.photographerId(), event.dates());
    }
  }

  /** A suspended photographer's listings leave search and booking; reinstated, they return. */
  void onSuspension(
      @jakarta.enterprise.event.Observes io.shutterport.identity.AccountSuspended event) {
    if (event.role() != Role.PHOTOGRAPHER) {
      return;
    }
    repository
        .profile(event.userId())
        .ifPresent(
            profile -> {
              if (event.suspended()) {
                profile.suspend();
              } else {
                profile.approve();
              }
              reindex(profile);
            });
  }

  /** An operator decides whether new photographers wait for approval. */
  @Transactional
  public void requireApproval(String operatorId, boolean required) {
    identity.requireRole(operatorId, Role.OPERATOR);
    tenants.updatePhotographerApproval(tenant.require(), required);
  }

  /**
   * Takes the photographer's calendar for the rest of the transaction: whoever changes what the
   * calendar holds calls this first, so two changes never both see the same time free.
   */
  @Transactional
  public void lockCalendar(String photographerId) {
    if (!repository.lockCalendar(photographerId)) {
      throw new NotFoundException("photographer");
    }
  }

  /** Time the photographer keeps free around every shoot. */
  @Transactional
  public Buffers buffers(String photographerId) {
    return repository
        .profile(photographerId)
        .map(PhotographerProfile::buffers)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  @Transactional
  public boolean hasProfile(String photographerId) {
    return repository.profile(photographerId).isPresent();
  }

  @Transactional
  public PlanView plan(String planId) {
    return repository.plan(planId).map(Plan::view).orElseThrow(() -> new NotFoundException("plan"));
  }

  private ProfileView view(PhotographerProfile p) {
    return new ProfileView(
        p.id(),
        p.displayName(),
        p.bio(),
        p.prefecture(),
        p.city(),
        p.languages(),
        repository.plansOf(p.id()).stream().map(Plan::view).toList());
  }

  private static String text(
      String value, String field, int min, int max, List<FieldError> errors) {
    String v = value == null ? "" : value.strip();
    if (v.length() < min || v.length() > max) {
      errors.add(new FieldError(field, "validation." + field));
    }
    return v;
  }

  private static void range(
      Integer value, String field, int min, int max, List<FieldError> errors) {
    if (value == null || value < min || value > max) {
      errors.add(new FieldError(field, "validation." + field));
    }
  }
}
