package io.shutterport.plugin.payment.invoice;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.payment.CancelRequest;
import io.shutterport.spi.payment.CaptureRequest;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An invoice per booking; the operator confirms the transfer. */
final class InvoicePayment implements PaymentProvider, SupportsManualConfirmation {
  private final String bankDetails;
  private final int dueDays;

  InvoicePayment(String bankDetails, int dueDays) {
    if (dueDays < 1 || dueDays > 90) {
      throw new PluginException("dueDays must be between 1 and 90", false);
    }
    this.bankDetails = bankDetails;
    this.dueDays = dueDays;
  }

  @Override
  public PaymentResult createPayment(CreatePaymentRequest request) {
    String id = "inv_" + shortHash(request.idempotencyKey());
    LocalizedText instructions =
        LocalizedText.of(
            "%s を %d 日以内に次の口座へお振込みください：%s（振込名義の前に参照番号 %s をご記入ください）"
                .formatted(request.amount(), dueDays, bankDetails, request.reference()),
            "Please transfer %s within %d days to: %s (put reference %s before your name)"
                .formatted(request.amount(), dueDays, bankDetails, request.reference()));
    return new PaymentResult(
        id, PaymentStatus.AWAITING_OFFLINE_PAYMENT, request.amount(), instructions, null, null);
  }

  @Override
  public PaymentResult capture(CaptureRequest request) {
    // Money arrives outside the system; capture happens when the operator confirms it.
    return new PaymentResult(
        request.providerPaymentId(),
        PaymentStatus.AWAITING_OFFLINE_PAYMENT,
        request.amount(),
        null,
        null,
        null);
  }

  @Override
  public PaymentResult cancel(CancelRequest request) {
    return new PaymentResult(
        request.providerPaymentId(), PaymentStatus.CANCELLED, null, null, null, null);
  }

  @Override
  public PaymentResult confirmReceived(
      String idempotencyKey, String providerPaymentId, String confirmationNote) {
    return new PaymentResult(providerPaymentId, PaymentStatus.CAPTURED, null, null, null, null);
  }

  private static String shortHash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
