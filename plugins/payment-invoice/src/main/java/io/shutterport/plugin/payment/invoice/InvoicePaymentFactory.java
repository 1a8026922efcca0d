package io.shutterport.plugin.payment.invoice;

import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ConfigSchema;
import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentProviderFactory;
import java.util.Set;
import org.pf4j.Extension;

/** Bank transfer or payment at the shoot, confirmed by the operator. */
@Extension
public class InvoicePaymentFactory implements PaymentProviderFactory {
  static final String BANK_DETAILS = "bankDetails";
  static final String DUE_DAYS = "dueDays";

  @Override
  public String id() {
    return "payment-invoice";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("銀行振込", "Bank transfer");
  }

  @Override
  public ConfigSchema configSchema() {
    return ConfigSchema.of(
        new ConfigField(
            BANK_DETAILS,
            ConfigField.Type.STRING,
            true,
            null,
            LocalizedText.of("振込先（銀行名・支店・口座）", "Bank account to pay into")),
        new ConfigField(
            DUE_DAYS,
            ConfigField.Type.INTEGER,
            false,
            "7",
            LocalizedText.of("支払期限（日）", "Days to pay")));
  }

  @Override
  public Set<String> supportedCurrencies() {
    return Set.of("JPY", "EUR", "USD", "GBP");
  }

  @Override
  public FlowKind flowKind() {
    return FlowKind.OFFLINE;
  }

  @Override
  public PaymentProvider create(PluginContext context, PluginConfig config) {
    return new InvoicePayment(config.require(BANK_DETAILS), config.integer(DUE_DAYS).orElse(7));
  }
}
