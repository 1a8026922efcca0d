package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ConfigSchema;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentProviderFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Card payments through Stripe, per tenant account. */
@Extension
public class StripePaymentFactory implements PaymentProviderFactory {
  static final String SECRET_KEY = "secretKey";
  static final String WEBHOOK_SECRETS = "webhookSecrets";
  static final String BASE_URL = "baseUrl";

  @Override
  public String id() {
    return "payment-stripe";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("クレジットカード（Stripe）", "Card (Stripe)");
  }

  @Override
  public ConfigSchema configSchema() {
    return ConfigSchema.of(
        new ConfigField(
            SECRET_KEY,
            ConfigField.Type.SECRET,
            true,
            null,
            LocalizedText.of("シークレットキー（sk_…）", "Secret key (sk_…)")),
        new ConfigField(
            WEBHOOK_SECRETS,
            ConfigField.Type.SECRET,
            true,
            null,
            LocalizedText.of(
                "Webhook 署名シークレット（whsec_…、切り替え中はカンマ区切りで2つ）",
                "Webhook signing secrets (whsec_…; two, comma-separated, while rotating)")),
        new ConfigField(
            BASE_URL,
            ConfigField.Type.URL,
            false,
            "https://api.stripe.com",
            LocalizedText.of("API の URL", "API base URL")));
  }

  @Override
  public Set<String> supportedCurrencies() {
    return Set.of("JPY", "USD", "EUR", "GBP", "AUD", "CAD", "SGD", "HKD");
  }

  @Override
  public FlowKind flowKind() {
    return FlowKind.EMBEDDED;
  }

  @Override
  public PaymentProvider create(PluginContext context, PluginConfig config) {
    List<String> secrets =
        Arrays.stream(config.require(WEBHOOK_SECRETS).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    URI base;
    try {
      base = URI.create(config.string(BASE_URL).orElse("https://api.stripe.com"));
    } catch (IllegalArgumentException e) {
      throw new PluginException("baseUrl is not a URL", false);
    }
    return new StripePayment(
        base, config.require(SECRET_KEY), new WebhookVerifier(secrets, context.clock()));
  }
}
