package io.shutterport.plugin.payment.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoicePaymentTest {
  private final PaymentProvider provider =
      new InvoicePaymentFactory()
          .create(
              new PluginContext("t1", Clock.systemUTC()),
              new PluginConfig(Map.of("bankDetails", "Demo Bank 001-1234567")));

  @Test
  void createsAnInvoiceWithInstructionsAndMovesNoMoney() {
    PaymentResult result =
        provider.createPayment(
            new CreatePaymentRequest("key-1", "BK-42", Money.of(30_000, "JPY"), true, "shoot"));

    assertThat(result.status()).isEqualTo(PaymentStatus.AWAITING_OFFLINE_PAYMENT);
    assertThat(result.customerInstructions().in("en"))
        .contains("30000 JPY")
        .contains("BK-42")
        .contains("Demo Bank");
    assertThat(result.customerInstructions().in("ja")).contains("お振込み");
  }

  @Test
  void sameIdempotencyKeyGivesSamePaymentOtherKeyAnother() {
    var request = new CreatePaymentRequest("key-1", "BK-1", Money.of(1, "JPY"), true, "x");
    assertThat(provider.createPayment(request).providerPaymentId())
        .isEqualTo(provider.createPayment(request).providerPaymentId());
    var other = new CreatePaymentRequest("key-2", "BK-1", Money.of(1, "JPY"), true, "x");
    assertThat(provider.createPayment(other).providerPaymentId())
        .isNotEqualTo(provider.createPayment(request).providerPaymentId());
  }

  @Test
  void operatorConfirmationCaptures() {
    var confirmed =
        ((SupportsManualConfirmation) provider).confirmReceived("c-1", "inv_abc", "transfer seen");
    assertThat(confirmed.status()).isEqualTo(PaymentStatus.CAPTURED);
  }

  @Test
  void refusesMissingBankDetails() {
    assertThatThrownBy(
            () ->
                new InvoicePaymentFactory()
                    .create(new PluginContext("t1", Clock.systemUTC()), PluginConfig.empty()))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("bankDetails");
  }
}
