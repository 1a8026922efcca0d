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
  static final String PUBLISHABLE_KEY = "publishableKey";
  static final String SCRIPT_URL = "scriptUrl";
  static final String STRIPE_JS = "https://js.stripe.com/v3/";

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
            PUBLISHABLE_KEY,
            ConfigField.Type.STRING,
            true,
            null,
            LocalizedText.of("公開可能キー（pk_…）", "Publishable key (pk_…)")),
        new ConfigField(
            BASE_URL,
            ConfigField.Type.URL,
            false,
            "https://api.stripe.com",
            LocalizedText.of("API の URL", "API base URL")),
        new ConfigField(
            SCRIPT_URL,
            ConfigField.Type.URL,
            false,
            STRIPE_JS,
            LocalizedText.of("Stripe.js の URL", "Stripe.js URL")));
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
    String publishable = config.require(PUBLISHABLE_KEY);
    if (!publishable.matches("pk_[A-Za-z0-9_]{1,250}")) {
      throw new PluginException("publishableKey is not a Stripe publishable key", false);
    }
    return new StripePayment(
        url(config, BASE_URL, "https://api.stripe.com"),
        config.require(SECRET_KEY),
        new WebhookVerifier(secrets, context.clock()),
        new StripePayment.Browser(url(config, SCRIPT_URL, STRIPE_JS), publishable));
  }

  private static URI url(PluginConfig config, String field, String fallback) {
    try {
      return URI.create(config.string(field).orElse(fallback));
    } catch (IllegalArgumentException e) {
      throw new PluginException(field + " is not a URL", false);
    }
  }
}
