package io.shutterport.spi.testkit;

import static io.shutterport.spi.testkit.Payments.key;
import static io.shutterport.spi.testkit.Payments.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.SupportsWebhooks;
import io.shutterport.spi.payment.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SupportsWebhooks}: an event is believed only with a valid signature over
 * the exact bytes received, and it names the payment it is about.
 */
public abstract class AbstractWebhooksContractTest {
  /** The provider under test and its hooks. */
  protected abstract PaymentProviderUnderTest subject();

  @Test
  void eventsAreBelievedOnlyWithAValidSignatureOverTheExactBytes() {
    PaymentProviderUnderTest subject = subject();
    PaymentProvider provider = subject.createProvider();
    assertThat(provider).isInstanceOf(SupportsWebhooks.class);
    SupportsWebhooks webhooks = (SupportsWebhooks) provider;
    PaymentResult created = provider.createPayment(request(subject, key()));
    byte[] body = subject.webhookEvent(created).getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = subject.signedHeaders(body);
    assertThat(webhooks.parseWebhook(headers, body))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.providerPaymentId()).isEqualTo(created.providerPaymentId()))
        .allSatisfy(e -> assertThat(e.eventId()).isNotBlank());
    byte[] changed = body.clone();
    changed[changed.length / 2] ^= 1;
    assertThatThrownBy(() -> webhooks.parseWebhook(headers, changed))
        .isInstanceOf(WebhookRejectedException.class);
    assertThatThrownBy(() -> webhooks.parseWebhook(Map.of(), body))
        .isInstanceOf(WebhookRejectedException.class);
  }
}
