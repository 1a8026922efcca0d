package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Credit cannot be grown: compensation and the credit bonus are earned on money paid in only, so a
 * customer and a colluding photographer looping inquiry → offer of the credit balance → payment
 * with credit → the photographer cancels gain nothing, on both profiles, and every booking's ledger
 * balances.
 */
class CreditIT {

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theInquiryOfferCancelLoopDoesNotGrowCredit(Profile profile) {
    var photographer = Accounts.photographer(profile, 20000);
    Api customer = Accounts.customer(profile);
    Api operator = Accounts.demo(profile, "operator@sakura.example");

    // A real cancellation by the photographer of a booking paid by bank transfer: 10 % of the
    // 20,000 paid in, as credit.
    String paid =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            java.time.LocalDate.parse(RacesIT.someDay()),
            "09:00",
            "");
    cancelByPhotographer(photographer, paid);
    long balance = credit(customer);
    assertThat(balance).isEqualTo(2000);
    assertThat(imbalance(operator, paid)).isZero();

    for (int round = 0; round < 3; round++) {
      var inquiry =
          customer.post(
              "/api/v1/bookings/inquiries",
              Api.obj(Map.of("planId", photographer.planId(), "date", RacesIT.someDay())));
      assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
      String id = inquiry.json().getString("id");
      String base = "/api/v1/bookings/" + id;
      var offer =
          photographer
              .api()
              .post(
                  base + "/offer",
                  Api.obj(
                      Map.of(
                          "date",
                          RacesIT.someDay(),
                          "startTime",
                          String.format("%02d:00", 12 + round),
                          "price",
                          String.valueOf(balance))));
      assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
      assertThat(customer.post(base + "/accept", JsonObject.EMPTY_JSON_OBJECT).status())
          .isEqualTo(200);
      var payment = customer.post(base + "/payment", JsonObject.EMPTY_JSON_OBJECT);
      assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
      assertThat(payment.json().getString("status")).as("credit paid it all").isEqualTo("CAPTURED");
      assertThat(credit(customer)).isZero();

      cancelByPhotographer(photographer, id);
      assertThat(credit(customer))
          .as("round %d: the credit spent comes back, and nothing more", round + 1)
          .isEqualTo(balance);
      assertThat(imbalance(operator, id)).isZero();
    }
  }

  private static void cancelByPhotographer(Accounts.Photographer photographer, String bookingId) {
    var cancelled =
        photographer
            .api()
            .post(
                "/api/v1/bookings/" + bookingId + "/cancel",
                Api.obj(Map.of("reason", "PHOTOGRAPHER_UNAVAILABLE")));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("REFUNDED");
  }

  private static long credit(Api customer) {
    JsonArray balances = customer.get("/api/v1/me/credit").array();
    return balances.isEmpty()
        ? 0
        : balances.getJsonObject(0).getJsonNumber("minorUnits").longValue();
  }

  /** Money in minus money out of a booking's ledger, as its operator reads it: 0 when balanced. */
  private static long imbalance(Api operator, String bookingId) {
    return operator
        .get("/api/v1/operator/bookings/" + bookingId + "/ledger")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .mapToLong(
            l -> {
              long amount = l.getJsonNumber("amountMinor").longValue();
              String kind = l.getString("kind");
              return kind.equals("CHARGE") || kind.equals("CREDIT_SPENT") ? amount : -amount;
            })
        .sum();
  }
}
