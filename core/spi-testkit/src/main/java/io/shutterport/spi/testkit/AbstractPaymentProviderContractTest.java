package io.shutterport.spi.testkit;

import static io.shutterport.spi.testkit.Payments.key;
import static io.shutterport.spi.testkit.Payments.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.Money;
import io.shutterport.spi.payment.CancelRequest;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import io.shutterport.spi.payment.SupportsRefunds;
import io.shutterport.spi.payment.SupportsWebhooks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PaymentProvider} keeps, whatever its flow: one idempotency key never
 * moves money twice (sequential or concurrent retries get the same payment); the amount charged is
 * the amount the host asked for, never one from elsewhere; capture (or, for offline providers, the
 * operator's confirmation) takes the money once; an uncaptured payment cancels. Optional abilities
 * have contract classes of their own ({@link AbstractRefundsContractTest}, {@link
 * AbstractWebhooksContractTest}); {@link #declaredAbilities()} must name exactly the ones the
 * provider has, and the plugin has a test extending each of their classes.
 */
public abstract class AbstractPaymentProviderContractTest {
  private PaymentProvider provider;

  /** The provider under test and its hooks. */
  protected abstract PaymentProviderUnderTest subject();

  /**
   * The optional abilities the provider has, among {@link SupportsRefunds}, {@link
   * SupportsWebhooks} and {@link SupportsManualConfirmation}.
   */
  protected abstract Set<Class<?>> declaredAbilities();

  @BeforeEach
  void setUpProvider() {
    provider = subject().createProvider();
  }

  @Test
  void declaredAbilitiesAreExactlyTheImplementedOnes() {
    Set<Class<?>> implemented = new HashSet<>();
    for (Class<?> ability :
        List.of(SupportsRefunds.class, SupportsWebhooks.class, SupportsManualConfirmation.class)) {
      if (ability.isInstance(provider)) {
        implemented.add(ability);
      }
    }
    assertThat(implemented).isEqualTo(declaredAbilities());
  }

  @Test
  void oneKeyCreatesOnePaymentHoweverOftenItIsSent() throws Exception {
    PaymentProviderUnderTest subject = subject();
    String key = key();
    int before = subject.paymentsAtProvider();
    PaymentResult first = provider.createPayment(request(subject, key));
    List<Callable<PaymentResult>> retries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      retries.add(() -> provider.createPayment(request(subject, key)));
    }
    Set<String> ids = new HashSet<>();
    ids.add(first.providerPaymentId());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<PaymentResult> retry : pool.invokeAll(retries)) {
        ids.add(retry.get().providerPaymentId());
      }
    } finally {
      pool.shutdownNow();
    }
    ids.add(provider.createPayment(request(subject, key)).providerPaymentId());
    assertThat(ids).as("every retry answers the same payment").hasSize(1);
    if (before >= 0) {
      assertThat(subject.paymentsAtProvider() - before).as("payments at the provider").isEqualTo(1);
    }
    assertThat(provider.createPayment(request(subject, key())).providerPaymentId())
        .as("another key is another payment")
        .isNotEqualTo(first.providerPaymentId());
  }

  @Test
  void theAmountIsTheOneTheHostAsksFor() {
    Money asked = subject().amount();
    PaymentResult created = provider.createPayment(request(subject(), key()));
    assertThat(created.providerPaymentId()).isNotBlank();
    assertThat(created.status()).as("only authorised so far").isNotEqualTo(PaymentStatus.CAPTURED);
    if (created.amount() != null) {
      assertThat(created.amount()).isEqualTo(asked);
    }
    Money other = Money.of(asked.minorUnits() + 1, asked.currency());
    PaymentResult larger =
        provider.createPayment(new CreatePaymentRequest(key(), "BK-2", other, false, "Shoot"));
    if (larger.amount() != null) {
      assertThat(larger.amount()).isEqualTo(other);
    }
  }

  @Test
  void theMoneyIsTakenOnceWhateverTheRetries() {
    PaymentProviderUnderTest subject = subject();
    PaymentResult created = provider.createPayment(request(subject, key()));
    subject.customerPays(created);
    int before = subject.capturesAtProvider();
    String key = key();
    PaymentResult first = Payments.take(provider, subject, created, key);
    PaymentResult again = Payments.take(provider, subject, created, key);
    assertThat(first.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(again.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(again.providerPaymentId()).isEqualTo(first.providerPaymentId());
    if (before >= 0) {
      assertThat(subject.capturesAtProvider() - before).as("captures at the provider").isEqualTo(1);
    }
  }

  @Test
  void aPaymentNotTakenCancels() {
    PaymentResult created = provider.createPayment(request(subject(), key()));
    PaymentResult cancelled =
        provider.cancel(new CancelRequest(key(), created.providerPaymentId()));
    assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
  }
}
