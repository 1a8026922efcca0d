package io.shutterport.matching;

import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.catalog.Prefecture;
import io.shutterport.catalog.ProfileView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.matching.domain.Proposal;
import io.shutterport.matching.domain.ShootRequest;
import io.shutterport.matching.infrastructure.ShootRequestRepository;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.persistence.SqlStates;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.util.Amounts;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reverse flow: a customer posts a shoot request, photographers of that category and prefecture
 * send proposals, the customer accepts one and it becomes an accepted booking.
 */
@ApplicationScoped
public class ShootRequestService {
  @Inject ShootRequestRepository repository;
  @Inject CatalogService catalog;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject TenantService tenants;
  @Inject TenantPlugins plugins;
  @Inject TenantContext tenant;

  @Transactional
  public ShootRequestView post(String customerId, ShootRequestForm form) {
    identity.requireRole(customerId, Role.CUSTOMER);
    TenantView t = tenants.byId(tenant.require());
    ShootRequestForm f =
        form == null ? new ShootRequestForm(null, null, null, null, null, null, null, null) : form;
    List<FieldError> errors = new ArrayList<>();
    if (f.category() == null || plugins.category(f.category()).isEmpty()) {
      errors.add(new FieldError("category", "validation.category"));
    }
    if (f.prefecture() == null || Prefecture.fromCode(f.prefecture()).isEmpty()) {
      errors.add(new FieldError("prefecture", "validation.prefecture"));
    }
    String city = f.city() == null ? "" : f.city().strip();
    if (city.length() > 80) {
      errors.add(new FieldError("city", "validation.city"));
    }
    Instant start = null;
    try {
      LocalDate date = LocalDate.parse(f.date() == null ? "" : f.date().strip());
      LocalTime time = LocalTime.parse(f.startTime() == null ? "" : f.startTime().strip());
      LocalDate today = LocalDate.now(t.zone());
      if (!date.isAfter(today) || date.isAfter(today.plusYears(1))) {
        errors.add(new FieldError("date", "validation.dateRange"));
      } else {
        start = ZonedDateTime.of(date, time, t.zone()).toInstant();
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("date", "validation.date"));
    }
    if (f.durationMinutes() == null || f.durationMinutes() < 30 || f.durationMinutes() > 600) {
      errors.add(new FieldError("durationMinutes", "validation.durationMinutes"));
    }
    Money budget = Amounts.parse(f.budget(), t.currency()).orElse(null);
    if (budget == null) {
      errors.add(new FieldError("budget", "validation.price"));
    }
    String note = f.note() == null ? "" : f.note().strip();
    if (note.length() > 2000) {
      errors.add(new FieldError("note", "validation.note"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ShootRequest request =
        new ShootRequest(
            customerId,
            f.category(),
            f.prefecture().strip(),
            city,
            start,
            f.durationMinutes(),
            budget,
            note);
    repository.add(request);
    return request.view(List.of());
  }

  /** The customer's own requests with every proposal. */
  @Transactional
  public List<ShootRequestView> mine(String customerId) {
    identity.requireRole(customerId, Role.CUSTOMER);
    return repository.ofCustomer(customerId).stream().map(this::withProposals).toList();
  }

  /** Open requests a photographer can answer: their categories, their prefecture. */
  @Transactional
  public List<ShootRequestView> forPhotographer(String photographerId) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    ProfileView profile = catalog.profile(photographerId);
    var categories = profile.plans().stream().map(PlanView::categoryId).distinct().toList();
    if (categories.isEmpty()) {
      return List.of();
    }
    return repository.open(categories, profile.prefecture()).stream()
        .map(
            r ->
                r.view(
                    repository.proposalsOf(r.id()).stream()
                        .filter(p -> p.photographerId().equals(photographerId))
                        .map(p -> p.view(profile.displayName()))
                        .toList()))
        .toList();
  }

  /** A request as its customer, or a photographer who may answer it, sees it. */
  @Transactional
  public ShootRequestView get(String userId, String requestId) {
    ShootRequest request = visible(userId, requestId);
    if (request.customerId().equals(userId)) {
      return withProposals(request);
    }
    return request.view(
        repository.proposalsOf(requestId).stream()
            .filter(p -> p.photographerId().equals(userId))
            .map(p -> p.view(catalog.profile(userId).displayName()))
            .toList());
  }

  /** A photographer proposes a price, once per request, using their plan of its category. */
  @Transactional
  public ProposalView propose(String photographerId, String requestId, ProposalForm form) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    ShootRequest request = visible(photographerId, requestId);
    if (!request.open()) {
      throw new RequestClosedException();
    }
    TenantView t = tenants.byId(tenant.require());
    List<FieldError> errors = new ArrayList<>();
    ProposalForm f = form == null ? new ProposalForm(null, null) : form;
    Money price = Amounts.parse(f.price(), t.currency()).orElse(null);
    if (price == null) {
      errors.add(new FieldError("price", "validation.price"));
    }
    String message = f.message() == null ? "" : f.message().strip();
    if (message.length() > 2000) {
      errors.add(new FieldError("message", "validation.note"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ProfileView profile = catalog.profile(photographerId);
    PlanView plan =
        profile.plans().stream()
            .filter(p -> p.categoryId().equals(request.categoryId()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("shootRequest"));
    Proposal proposal = new Proposal(requestId, photographerId, plan.id(), price, message);
    try {
      repository.add(proposal);
    } catch (PersistenceException e) {
      if (SqlStates.has(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyProposedException();
      }
      throw e;
    }
    return proposal.view(profile.displayName());
  }

  /**
   * The customer accepts one proposal: it becomes an accepted booking at the proposed price, the
   * other proposals are declined and the request is closed. The request row is locked, so two
   * acceptances at once make one booking.
   */
  @Transactional
  public BookingView accept(String customerId, String requestId, String proposalId) {
    identity.requireRole(customerId, Role.CUSTOMER);
    ShootRequest request =
        repository
            .byIdForUpdate(requestId == null || requestId.length() > 36 ? "" : requestId)
            .filter(r -> r.customerId().equals(customerId))
            .orElseThrow(() -> new NotFoundException("shootRequest"));
    if (!request.open()) {
      throw new RequestClosedException();
    }
    Proposal chosen =
        repository
            .proposal(proposalId == null || proposalId.length() > 36 ? "" : proposalId)
            .filter(p -> p.requestId().equals(requestId))
            .orElseThrow(() -> new NotFoundException("proposal"));
    BookingView booking =
        bookings.fromProposal(
            customerId,
            chosen.planId(),
            request.startsAt(),
            request.durationMinutes(),
            chosen.price(),
            request.note());
    for (Proposal p : repository.proposalsOf(requestId)) {
      p.decide(p.id().equals(chosen.id()));
    }
    request.booked(booking.id());
    return booking;
  }

  private ShootRequestView withProposals(ShootRequest request) {
    List<Proposal> proposals = repository.proposalsOf(request.id());
    Map<String, String> names =
        proposals.stream()
            .map(Proposal::photographerId)
            .distinct()
            .collect(Collectors.toMap(id -> id, id -> catalog.profile(id).displayName()));
    return request.view(
        proposals.stream().map(p -> p.view(names.get(p.photographerId()))).toList());
  }

  /** The request if the user is its customer or a photographer offering its category. */
  private ShootRequest visible(String userId, String requestId) {
    ShootRequest request =
        repository
            .byId(requestId == null || requestId.length() > 36 ? "" : requestId)
            .orElseThrow(() -> new NotFoundException("shootRequest"));
    if (request.customerId().equals(userId)) {
      return request;
    }
    if (identity.user(userId).role() == Role.PHOTOGRAPHER && catalog.hasProfile(userId)) {
      ProfileView profile = catalog.profile(userId);
      if (profile.prefecture().equals(request.prefecture())
          && profile.plans().stream().anyMatch(p -> p.categoryId().equals(request.categoryId()))) {
        return request;
      }
    }
    throw new NotFoundException("shootRequest");
  }
}
