package io.shutterport.payment;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.payment.domain.LedgerEntry;
import io.shutterport.payment.domain.Payment;
import io.shutterport.payment.infrastructure.PaymentRepository;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.Money;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Starts payments, takes operator confirmations and keeps the ledger. */
@ApplicationScoped
public class PaymentService {
  @Inject PaymentRepository repository;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject TenantPlugins plugins;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;

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
    if (!"ACCEPTED".equals(booking.status())) {
      throw new PaymentNotPayableException();
    }
    PluginBinding<PaymentProvider> provider = plugins.payment();
    Payment payment = new Payment(bookingId, provider.pluginId(), key, booking.price());
    try {
      repository.add(payment);
      repository.flush(); // the unique key stops a concurrent duplicate here, before the provider
    } catch (PersistenceException e) {
      throw new PaymentAlreadyStartedException();
    }
    PaymentResult result =
        provider.call(
            "payment.create",
            p ->
                p.createPayment(
                    new CreatePaymentRequest(
                        key, booking.reference(), booking.price(), true, booking.reference())));
    payment.record(result);
    if (payment.captured()) {
      settle(payment);
    }
    return payment.view();
  }

  /** An operator confirms that an offline payment arrived. */
  @Transactional
  public PaymentView confirmReceived(String operatorId, String paymentId, String note) {
    requireOperator(operatorId);
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
    if (payment.captured()) {
      settle(payment);
    }
    return payment.view();
  }

  @Transactional
  public Optional<PaymentView> ofBooking(String userId, String bookingId) {
    bookings.forParty(userId, bookingId);
    return repository.ofBooking(bookingId).map(Payment::view);
  }

  @Transactional
  public List<PaymentView> awaitingConfirmation(String operatorId) {
    requireOperator(operatorId);
    return repository.awaitingOffline(200).stream().map(Payment::view).toList();
  }

  /**
   * The ledger of a booking: charges minus refunds, fees, payouts and held funds. Zero when it
   * balances.
   */
  @Transactional
  public long imbalance(String bookingId) {
    long total = 0;
    for (LedgerEntry entry : repository.ledgerOf(bookingId)) {
      long amount = entry.amount().minorUnits();
      total += entry.kind() == LedgerEntry.Kind.CHARGE ? amount : -amount;
    }
    return total;
  }

  private void settle(Payment payment) {
    Money amount = payment.amount();
    Money fee = amount.percentage(tenants.byId(tenant.require()).commissionBasisPoints());
    repository.add(new LedgerEntry(payment.bookingId(), LedgerEntry.Kind.CHARGE, amount));
    repository.add(new LedgerEntry(payment.bookingId(), LedgerEntry.Kind.PLATFORM_FEE, fee));
    repository.add(
        new LedgerEntry(payment.bookingId(), LedgerEntry.Kind.PAYOUT_HELD, amount.minus(fee)));
    bookings.markPaid(payment.bookingId());
  }

  private void requireOperator(String userId) {
    if (identity.user(userId).role() != Role.OPERATOR) {
      throw new ForbiddenException();
    }
  }
}
