package io.shutterport.plugin.payment.invoice;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import io.shutterport.spi.testkit.AbstractPaymentProviderContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Bank transfer keeps the payment contract: the operator's confirmation takes the money. */
class InvoiceContractTest extends AbstractPaymentProviderContractTest {
  @Override
  protected PaymentProviderUnderTest subject() {
    return new PaymentProviderUnderTest() {
      @Override
      public PaymentProvider createProvider() {
        return new InvoicePaymentFactory()
            .create(
                new PluginContext("t1", Clock.systemUTC()),
                new PluginConfig(Map.of("bankDetails", "Demo Bank 001-1234567")));
      }

      @Override
      public void customerPays(PaymentResult created) {
        // The transfer happens at the bank; the operator confirms it.
      }
    };
  }

  @Override
  protected Set<Class<?>> declaredAbilities() {
    return Set.of(SupportsManualConfirmation.class);
  }
}
