package io.shutterport.spi.testkit;

import static io.shutterport.spi.testkit.Payments.key;
import static io.shutterport.spi.testkit.Payments.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import io.shutterport.spi.payment.SupportsRefunds;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SupportsRefunds}: refunds in parts, a retried refund gives back nothing
 * more, and nothing beyond what was taken ever goes back.
 */
public abstract class AbstractRefundsContractTest {
  /** The provider under test and its hooks. */
  protected abstract PaymentProviderUnderTest subject();

  @Test
  void refundsNeverGiveBackMoreThanWasTaken() {
    PaymentProviderUnderTest subject = subject();
    PaymentProvider provider = subject.createProvider();
    assertThat(provider).isInstanceOf(SupportsRefunds.class);
    SupportsRefunds refunds = (SupportsRefunds) provider;
    PaymentResult created = provider.createPayment(request(subject, key()));
    subject.customerPays(created);
    Payments.take(provider, subject, created, key());
    String id = created.providerPaymentId();
    Money amount = subject.amount();
    long total = amount.minorUnits();
    Money part = Money.of(total / 3, amount.currency());
    String partKey = key();
    assertThat(refunds.refund(partKey, id, part).status()).isNotEqualTo(PaymentStatus.DECLINED);
    refunds.refund(partKey, id, part); // a retry: nothing more goes back
    Money rest = Money.of(total - total / 3, amount.currency());
    assertThat(refunds.refund(key(), id, rest).status())
        .as("the retry above gave nothing back, so the rest can still go")
        .isNotEqualTo(PaymentStatus.DECLINED);
    assertThatThrownBy(() -> refunds.refund(key(), id, Money.of(1, amount.currency())))
        .as("nothing is left to give back")
        .isInstanceOf(PluginException.class);
  }
}
