package io.shutterport.payment;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingMoved;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.CancellationPolicy;
import io.shutterport.booking.PaidMoney;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.payment.domain.LedgerEntry;
import io.shutterport.payment.domain.Payment;
import io.shutterport.payment.domain.Refund;
import io.shutterport.payment.domain.WebhookEvent;
import io.shutterport.payment.infrastructure.PaymentRepository;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.SqlStates;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.util.Amounts;
import io.shutterport.platform.util.Weeks;
import io.shutterport.spi.Money;
import io.shutterport.spi.payment.CancelRequest;
import io.shutterport.spi.payment.CaptureRequest;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.EmbeddedCheckout;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.SupportsEmbeddedCheckout;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import io.shutterport.spi.payment.SupportsRefunds;
import io.shutterport.spi.payment.SupportsWebhooks;
import io.shutterport.spi.payment.WebhookRejectedException;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts payments, takes operator confirmations and keeps the ledger. */
@ApplicationScoped
public class PaymentService implements PaidMoney {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(PaymentService.class.getName());

  @Inject PaymentRepository repository;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject TenantPlugins plugins;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject JobQueue jobs;
  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject io.shutterport.platform.config.Settings settings;

  /**
   * The customer pays an accepted booking. Repeating the call returns the same payment; the
   * provider is called once per booking.
   */
  @Transactional
  public PaymentView pay(String customerId, String bookingId) {
    if (bookings.roleIn(customerId, bookingId) != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    String key = "pay:" + bookingId;
    Optional<Payment> existing = repository.byKey(key);
    if (existing.isPresent()) {
      return existing.get().view();
    }
    BookingView booking = bookings.forParty(customerId, bookingId);
    boolean early = "REQUESTED".equals(booking.status());
    if (!"ACCEPTED".equals(booking.status()) && !(early && authorisesEarly(customerId, booking))) {
      throw new PaymentNotPayableException();
    }
    Money credit = takeCredit(customerId, booking.price());
    Money due = booking.price().minus(credit);
    if (due.minorUnits() == 0) {
      Payment payment = new Payment(bookingId, CREDIT_ONLY, key, due).withCredit(credit);
      insert(payment);
      payment.capturedFromCredit();
      advance(payment);
      return payment.view();
    }
    return start(
        new CreatePaymentRequest(key, booking.reference(), due, false, booking.reference()),
        bookingId,
        false,
        credit);
  }

  /**
   * Whether a request the photographer has not answered yet can be paid now: only by a card form
   * (an authorisation, captured when the photographer accepts), and only when credit does not cover
   * it all (credit is spent at once, so it waits for the answer).
   */
  private boolean authorisesEarly(String customerId, BookingView booking) {
    Money price = booking.price();
    return plugins.payment().supports(SupportsEmbeddedCheckout.class)
        && repository.creditOf(customerId, price.currency()) < price.minorUnits();
  }

  /**
   * What the booking page needs to show the provider's card form for a payment waiting for the
   * customer; empty for providers without one, and while the provider cannot start (a new
   * marketplace whose operator has not filled in its settings): the pages are drawn without the
   * card form, and paying says the payment is unavailable.
   */
  @Transactional
  public Optional<EmbeddedCheckout> checkout() {
    try {
      PluginBinding<PaymentProvider> provider = plugins.payment();
      if (!provider.supports(SupportsEmbeddedCheckout.class)) {
        return Optional.empty();
      }
      return Optional.of(
          provider.call(
              "payment.checkout", p -> ((SupportsEmbeddedCheckout) p).embeddedCheckout()));
    } catch (io.shutterport.spi.PluginException e) {
      LOG.log(java.util.logging.Level.WARNING, "Payment plugin unavailable: {0}", e.getMessage());
      return Optional.empty();
    }
  }

  /** The provider id of a payment that credit covered entirely: no plugin was asked. */
  static final String CREDIT_ONLY = "credit";

  /**
   * Spends as much of the customer's credit as the price needs. A concurrent payment spending the
   * same credit makes the conditional update miss; the balance is then read again.
   */
  private Money takeCredit(String customerId, Money price) {
    String currency = price.currency();
    for (int attempt = 0; attempt < 5; attempt++) {
      long take = Math.min(repository.creditOf(customerId, currency), price.minorUnits());
      if (take == 0 || repository.spendCredit(customerId, currency, take)) {
        return Money.of(take, currency);
      }
    }
    throw new PaymentAlreadyStartedException(); // credit kept moving under us: let the client retry
  }

  @Override
  @Transactional
  public Money paidIn(String bookingId, Money price) {
    return repository
        .capturedOf(bookingId)
        .map(Payment::amount)
        .orElse(Money.of(0, price.currency()));
  }

  @Override
  @Transactional
  public Money creditRoom(String customerId, String currency) {
    long room = settings.creditCapMinor() - repository.creditOf(customerId, currency);
    return Money.of(Math.max(0, room), currency);
  }

  /** The customer's credit, one balance per currency. */
  @Transactional
  public List<Money> credits(String customerId) {
    return repository.creditsOf(customerId).stream()
        .map(c -> Money.of(c.balanceMinor(), c.currency()))
        .filter(m -> m.minorUnits() > 0)
        .toList();
  }

  /**
   * Records a payment under its key, then asks the provider: the unique key stops a concurrent
   * duplicate before the provider is called.
   */
  private PaymentView start(
      CreatePaymentRequest request, String bookingId, boolean tip, Money credit) {
    PluginBinding<PaymentProvider> provider = plugins.payment();
    Payment payment =
        new Payment(bookingId, provider.pluginId(), request.idempotencyKey(), request.amount())
            .withCredit(credit);
    if (tip) {
      payment.asTip();
    }
    insert(payment);
    payment.record(provider.call("payment.create", p -> p.createPayment(request)));
    advance(payment);
    return payment.view();
  }

  private void insert(Payment payment) {
    try {
      repository.add(payment);
      repository.flush();
    } catch (PersistenceException e) {
      throw new PaymentAlreadyStartedException();
    }
  }

  /**
   * A provider calls back. The signature is checked on the raw body by the plugin; each event is
   * recorded under its id in this transaction, so a redelivery (even a concurrent one) changes
   * nothing. Events out of order converge: a payment captured stays captured.
   */
  @Transactional
  public void webhook(String providerId, Map<String, String> headers, byte[] rawBody) {
    PluginBinding<PaymentProvider> provider = plugins.payment();
    if (!provider.pluginId().equals(providerId) || !provider.supports(SupportsWebhooks.class)) {
      throw new NotFoundException("payment");
    }
    List<SupportsWebhooks.PaymentEvent> events;
    try {
      events =
          provider.call(
              "payment.webhook", p -> ((SupportsWebhooks) p).parseWebhook(headers, rawBody));
    } catch (WebhookRejectedException e) {
      throw new WebhookRejected();
    }
    String tenantId = tenant.require();
    for (SupportsWebhooks.PaymentEvent event : events) {
      if (event.eventId() == null || event.eventId().isBlank() || event.eventId().length() > 255) {
        throw new WebhookRejected();
      }
      if (repository.seen(tenantId, providerId, event.eventId())) {
        continue;
      }
      try {
        repository.record(new WebhookEvent(tenantId, providerId, event.eventId()));
      } catch (PersistenceException e) {
        if (SqlStates.has(e, SqlStates.UNIQUE_VIOLATION)) {
          throw new WebhookAlreadyHandled(); // a concurrent delivery of the same event won
        }
        throw e;
      }
      repository
          .byProviderId(providerId, event.providerPaymentId())
          .ifPresent(
              payment -> {
                // The booking's row first: a photographer accepting at this moment either sees
                // the authorisation or is seen to have accepted (see onBookingMoved).
                bookings.lockForPayment(payment.bookingId());
                repository.refresh(payment);
                payment.providerSays(event.status());
                advance(payment);
              });
    }
  }

  /**
   * Moves a payment on after the provider spoke: an authorisation is captured while the booking is
   * accepted, held while the photographer has not answered the request yet, and released otherwise;
   * a capture settles the ledger once.
   */
  private void advance(Payment payment) {
    if (payment.authorised()) {
      BookingView booking = bookings.internal(payment.bookingId());
      PluginBinding<PaymentProvider> provider = plugins.payment();
      if (!payment.tip() && "REQUESTED".equals(booking.status())) {
        return; // held: captured when the photographer accepts
      }
      if (payment.tip() || "ACCEPTED".equals(booking.status())) {
        payment.record(
            provider.call(
                "payment.capture",
                p ->
                    p.capture(
                        new CaptureRequest(
                            "capture:" + payment.id(),
                            payment.providerPaymentId(),
                            payment.amount()))));
      } else {
        payment.record(
            provider.call(
                "payment.cancel",
                p ->
                    p.cancel(
                        new CancelRequest("cancel:" + payment.id(), payment.providerPaymentId()))));
        return;
      }
    }
    if (payment.settle()) {
      if (payment.tip()) {
        settleTip(payment);
      } else {
        settle(payment);
      }
    }
  }

  /**
   * The customer tips the photographer (おひねり) once the photos are delivered: once per booking, at
   * most the booking's price. The photographer's share is the tenant's, released at once.
   */
  @Transactional
  public PaymentView tip(String customerId, String bookingId, String amountText) {
    if (bookings.roleIn(customerId, bookingId) != Actor.CUSTOMER) {
      throw new ForbiddenException();
    }
    BookingView booking = bookings.forParty(customerId, bookingId);
    if (!"DELIVERED".equals(booking.status()) && !"COMPLETED".equals(booking.status())) {
      throw new TipNotOpenException();
    }
    Money amount =
        Amounts.parse(amountText, booking.price().currency())
            .filter(a -> a.compareTo(booking.price()) <= 0)
            .orElseThrow(() -> InvalidInputException.of("amount", "validation.tip"));
    String key = "tip:" + bookingId;
    Optional<Payment> existing = repository.byKey(key);
    if (existing.isPresent()) {
      if (!existing.get().amount().equals(amount)) {
        throw new TipAlreadyGivenException();
      }
      return existing.get().view();
    }
    return start(
        new CreatePaymentRequest(
            key, booking.reference() + "-TIP", amount, false, "Tip " + booking.reference()),
        bookingId,
        true,
        Money.of(0, amount.currency()));
  }

  /** An operator confirms that an offline payment arrived. */
  @Transactional
  public PaymentView confirmReceived(String operatorId, String paymentId, String note) {
    identity.requireRole(operatorId, Role.OPERATOR);
    Payment payment =
        repository.byId(paymentId).orElseThrow(() -> new NotFoundException("payment"));
    if (payment.captured()) {
      return payment.view();
    }
    if (!payment.awaitingOffline()) {
      throw new PaymentNotPayableException();
    }
    PluginBinding<PaymentProvider> provider = plugins.payment();
    if (!provider.supports(SupportsManualConfirmation.class)) {
      throw new PaymentNotPayableException();
    }
    PaymentResult result =
        provider.call(
            "payment.confirm",
            p ->
                ((SupportsManualConfirmation) p)
                    .confirmReceived(
                        "confirm:" + paymentId,
                        payment.providerPaymentId(),
                        note == null ? "" : note));
    payment.record(result);
    advance(payment);
    audit.record(operatorId, "payment.confirm", payment.bookingId(), "payment " + paymentId);
    return payment.view();
  }

  @Transactional
  public Optional<PaymentView> ofBooking(String userId, String bookingId) {
    bookings.forParty(userId, bookingId);
    return repository.ofBooking(bookingId).map(Payment::view);
  }

  /** The marketplace's latest {@code limit} payments (bookings and tips), newest first. */
  @Transactional
  public List<PaymentRecord> recent(String operatorId, int limit) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.recent(limit).stream().map(Payment::record).toList();
  }

  /**
   * One page of the marketplace's payments for the records' table: filters {@code booking} (its
   * reference contains), {@code provider} (contains), {@code status} (a status's name) and {@code
   * kind} ({@code price} or {@code tip}); sorts {@code provider}, {@code status}, {@code amount},
   * {@code created}.
   */
  @Transactional
  public List<PaymentRecord> records(
      String operatorId, io.shutterport.platform.persistence.RecordsQuery query) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository
        .records(
            query.checked(), status(query), query.either("kind", "tip", "price"), referenced(query))
        .stream()
        .map(Payment::record)
        .toList();
  }

  /** How many payments {@link #records}' filters keep. */
  @Transactional
  public long countRecords(
      String operatorId, io.shutterport.platform.persistence.RecordsQuery query) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.countRecords(
        query.checked(), status(query), query.either("kind", "tip", "price"), referenced(query));
  }

  /** The bookings whose reference holds the {@code booking} filter's text; null for any. */
  private List<String> referenced(io.shutterport.platform.persistence.RecordsQuery query) {
    String reference = query.filter("booking");
    return reference == null ? null : bookings.idsWithReference(reference, 1000);
  }

  private static String status(io.shutterport.platform.persistence.RecordsQuery query) {
    String status = query.filter("status");
    if (status != null
        && java.util.Arrays.stream(io.shutterport.spi.payment.PaymentStatus.values())
            .noneMatch(s -> s.name().equals(status))) {
      throw InvalidInputException.of("status", "validation.status");
    }
    return status;
  }

  @Transactional
  public List<PaymentView> awaitingConfirmation(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return repository.awaitingOffline(200).stream().map(Payment::view).toList();
  }

  /** The ledger of a booking, for operators. */
  @Transactional
  public List<LedgerLine> ledger(String operatorId, String bookingId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    bookings.forParty(operatorId, bookingId);
    return repository.ledgerOf(bookingId).stream().map(LedgerEntry::view).toList();
  }

  /**
   * The ledger of a booking: charges and credit spent minus refunds, credits, fees, payouts and
   * held funds. Zero when it balances.
   */
  @Transactional
  public long imbalance(String bookingId) {
    long total = 0;
    for (LedgerEntry entry : repository.ledgerOf(bookingId)) {
      total += entry.kind().incoming() ? entry.signedMinor() : -entry.signedMinor();
    }
    return total;
  }

  /**
   * Reacts to bookings moving, in their transaction: a paid booking cancelled is refunded by its
   * policy's outcome; an unpaid one has its pending payment cancelled; a completed one has its
   * payout released after the tenant's delay.
   */
  void onBookingMoved(@Observes BookingMoved event) {
    switch (event.transition()) {
      case CANCEL, EXPIRE, DECLINE -> {
        if (event.cancellation() != null) {
          refund(event.bookingId(), event.cancellation());
        } else {
          repository.ofBooking(event.bookingId()).ifPresent(this::cancelPending);
        }
      }
      case COMPLETE -> schedulePayout(event.bookingId());
      case ACCEPT ->
          repository
              .ofBooking(event.bookingId())
              .filter(Payment::authorised)
              .ifPresent(this::advance); // the card authorised with the request is charged now
      default -> {}
    }
  }

  /** Moves a booking's held funds to payout; doing it twice moves nothing more. */
  @Transactional
  public void releasePayout(String bookingId) {
    long held = 0;
    String currency = null;
    for (LedgerEntry entry : repository.ledgerOf(bookingId)) {
      if (entry.kind() == LedgerEntry.Kind.PAYOUT_HELD) {
        held += entry.signedMinor();
        currency = entry.currency();
      }
    }
    if (held <= 0) {
      return;
    }
    String photographer = bookings.internal(bookingId).photographerId();
    repository.add(
        new LedgerEntry(bookingId, LedgerEntry.Kind.PAYOUT_HELD, -held, currency, photographer));
    repository.add(
        new LedgerEntry(bookingId, LedgerEntry.Kind.PAYOUT, held, currency, photographer));
  }

  private void refund(String bookingId, CancellationPolicy.Outcome outcome) {
    Payment payment =
        repository.capturedOf(bookingId).orElseThrow(() -> new PaymentNotPayableException());
    BookingView booking = bookings.internal(bookingId);
    String currency = payment.amount().currency();
    // What credit paid goes back as credit: the provider can only return what it took.
    Money toProvider =
        outcome.refund().compareTo(payment.amount()) <= 0 ? outcome.refund() : payment.amount();
    Money credit = outcome.credit().plus(outcome.refund().minus(toProvider));
    if (toProvider.minorUnits() > 0) {
      String key = "refund:" + bookingId;
      Refund refund =
          new Refund(
              payment.id(),
              bookingId,
              key,
              toProvider,
              false,
              String.valueOf(booking.cancelReason()),
              Refund.Status.MANUAL);
      repository.add(refund); // the unique key stops a second refund before the provider
      PluginBinding<PaymentProvider> provider = plugins.payment();
      if (provider.supports(SupportsRefunds.class)) {
        provider.call(
            "payment.refund",
            p -> ((SupportsRefunds) p).refund(key, payment.providerPaymentId(), toProvider));
        refund.status(Refund.Status.DONE);
      }
      entry(
          bookingId,
          LedgerEntry.Kind.REFUND,
          toProvider.minorUnits(),
          currency,
          booking.customerId());
    }
    if (credit.minorUnits() > 0) {
      repository.add(
          new Refund(
              payment.id(),
              bookingId,
              "credit:" + bookingId,
              credit,
              true,
              String.valueOf(booking.cancelReason()),
              Refund.Status.CREDITED));
      entry(
          bookingId, LedgerEntry.Kind.CREDIT, credit.minorUnits(), currency, booking.customerId());
      repository.grantCredit(booking.customerId(), currency, credit.minorUnits());
    }
    // What stays charged is the fee; it is split again by the commission, and the platform pays
    // for the part of the credit that is compensation or bonus.
    long charged = 0;
    long fees = 0;
    long held = 0;
    for (LedgerEntry e : repository.ledgerOf(bookingId)) {
      switch (e.kind()) {
        case CHARGE, CREDIT_SPENT -> charged += e.signedMinor();
        case PLATFORM_FEE -> fees += e.signedMinor();
        case PAYOUT_HELD -> held += e.signedMinor();
        default -> {}
      }
    }
    long kept =
        charged
            - outcome.refund().minorUnits()
            - (outcome.credit().minorUnits() - outcome.platformFunded().minorUnits());
    long newFee = Money.of(kept, currency).percentage(commission()).minorUnits();
    long newHeld = kept - newFee;
    entry(
        bookingId,
        LedgerEntry.Kind.PLATFORM_FEE,
        newFee - outcome.platformFunded().minorUnits() - fees,
        currency,
        null);
    entry(
        bookingId,
        LedgerEntry.Kind.PAYOUT_HELD,
        newHeld - held,
        currency,
        booking.photographerId());
    if (newHeld > 0) {
      schedulePayout(bookingId);
    }
  }

  /** A payment that never completed: credit it spent goes back, an offline one is called off. */
  private void cancelPending(Payment payment) {
    if (payment.captured()) {
      return;
    }
    Money credit = payment.returnCredit();
    if (credit.minorUnits() > 0) {
      repository.grantCredit(
          bookings.internal(payment.bookingId()).customerId(),
          credit.currency(),
          credit.minorUnits());
    }
    if (!payment.awaitingOffline() && !payment.open()) {
      return;
    }
    PaymentResult result =
        plugins
            .payment()
            .call(
                "payment.cancel",
                p ->
                    p.cancel(
                        new CancelRequest("cancel:" + payment.id(), payment.providerPaymentId())));
    payment.record(result);
  }

  private void schedulePayout(String bookingId) {
    jobs.schedule(
        PayoutReleaseHandler.KIND,
        bookingId,
        Instant.now().plus(tenants.byId(tenant.require()).rules().payoutDelay()));
  }

  private void entry(
      String bookingId, LedgerEntry.Kind kind, long signedMinor, String currency, String party) {
    if (signedMinor != 0) {
      repository.add(new LedgerEntry(bookingId, kind, signedMinor, currency, party));
    }
  }

  private int commission() {
    return tenants.byId(tenant.require()).commissionBasisPoints();
  }

  private void settleTip(Payment payment) {
    Money amount = payment.amount();
    BookingView booking = bookings.internal(payment.bookingId());
    int share = tenants.byId(tenant.require()).rules().tipShareBasisPoints();
    Money photographer = amount.percentage(share);
    String currency = amount.currency();
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.CHARGE,
        amount.minorUnits(),
        currency,
        booking.customerId());
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.PLATFORM_FEE,
        amount.minus(photographer).minorUnits(),
        currency,
        null);
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.PAYOUT_HELD,
        photographer.minorUnits(),
        currency,
        booking.photographerId());
    if ("COMPLETED".equals(booking.status())) {
      schedulePayout(payment.bookingId()); // otherwise it goes out with the booking's payout
    }
  }

  private void settle(Payment payment) {
    Money amount = payment.amount().plus(payment.credit());
    Money fee = amount.percentage(commission());
    BookingView booking = bookings.internal(payment.bookingId());
    String currency = amount.currency();
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.CHARGE,
        payment.amount().minorUnits(),
        currency,
        booking.customerId());
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.CREDIT_SPENT,
        payment.credit().minorUnits(),
        currency,
        booking.customerId());
    entry(payment.bookingId(), LedgerEntry.Kind.PLATFORM_FEE, fee.minorUnits(), currency, null);
    entry(
        payment.bookingId(),
        LedgerEntry.Kind.PAYOUT_HELD,
        amount.minus(fee).minorUnits(),
        currency,
        booking.photographerId());
    bookings.markPaid(payment.bookingId());
  }

  /**
   * What each photographer was paid out (released) and still has held in a month, from the ledger:
   * one row per photographer and currency, largest payout first.
   */
  @Transactional
  public List<PayoutLine> payouts(String operatorId, java.time.YearMonth month) {
    identity.requireRole(operatorId, Role.OPERATOR);
    var zone = tenants.byId(tenant.require()).zone();
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    return repository.payoutTotals(from, to).stream()
        .sorted(java.util.Comparator.comparingLong(PayoutLine::paidMinor).reversed())
        .toList();
  }

  /**
   * What the calling photographer earned in each of the last {@code months} months (the current one
   * included), newest first; months without money are left out.
   */
  @Transactional
  public List<MonthlyEarnings> earnings(String photographerId, int months) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    var zone = tenants.byId(tenant.require()).zone();
    java.time.YearMonth now = java.time.YearMonth.now(zone);
    java.time.YearMonth first = now.minusMonths(Math.max(1, Math.min(months, 36)) - 1L);
    Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = now.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    record Key(java.time.YearMonth month, String currency) {}
    java.util.Map<Key, long[]> sums =
        new java.util.TreeMap<>(
            java.util.Comparator.comparing(Key::month).reversed().thenComparing(Key::currency));
    java.util.Map<Key, java.util.Set<String>> bookings = new java.util.HashMap<>();
    for (var entry : repository.payoutEntriesOf(photographerId, from, to)) {
      Key key = new Key(java.time.YearMonth.from(entry.at().atZone(zone)), entry.currency());
      long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
      sum["PAYOUT".equals(entry.kind()) ? 0 : 1] += entry.amountMinor();
      bookings.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(entry.bookingId());
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new MonthlyEarnings(
                    e.getKey().month().toString(),
                    e.getKey().currency(),
                    e.getValue()[0],
                    e.getValue()[1],
                    bookings.get(e.getKey()).size()))
        .toList();
  }

  /**
   * Money customers paid in (charges, in the marketplace's currency) in each of the last {@code
   * weeks} weeks, oldest first, keyed by the week's Monday in the marketplace's zone.
   */
  @Transactional
  public java.util.LinkedHashMap<String, Long> weeklyRevenue(String operatorId, int weeks) {
    identity.requireRole(operatorId, Role.OPERATOR);
    var t = tenants.byId(tenant.require());
    Weeks span = Weeks.lastOf(weeks, t.zone());
    long[] sums = new long[span.count()];
    for (var charge : repository.chargesSince(span.from())) {
      int week = span.indexOf(charge.at());
      if (charge.currency().equals(t.currency()) && week >= 0 && week < span.count()) {
        sums[week] += charge.amountMinor();
      }
    }
    java.util.LinkedHashMap<String, Long> revenue = new java.util.LinkedHashMap<>();
    for (int i = 0; i < span.count(); i++) {
      revenue.put(span.monday(i).toString(), sums[i]);
    }
    return revenue;
  }
}
