package io.shutterport.web.console;

import io.shutterport.booking.CancellationPolicy;
import io.shutterport.booking.CancellationPolicy.Tier;
import io.shutterport.spi.Money;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cancellation policy as customers will read it, drawn from its text form while the operator
 * types: the fee and refund of a sample booking in each period before the shoot, the reasons that
 * cost nothing, and what a photographer's cancellation and taking credit give.
 */
@Named("policyPreview")
@RequestScoped
public class PolicyPreview {
  @Inject Localizer localizer;
  @Inject Ui ui;

  /**
   * One period before the shoot.
   *
   * @param period when the customer cancels, in words
   * @param feePercent the fee in percent of the price
   * @param fee the fee on the sample price
   * @param refund what comes back of the sample price
   */
  public record Row(String period, int feePercent, String fee, String refund) {}

  /**
   * The policy in words.
   *
   * @param valid whether the text is a policy (else only {@code problem} is set)
   * @param problem why it is not, in words
   * @param sample the sample price the rows are counted on
   * @param rows the periods, furthest from the shoot first
   * @param notes exempt reasons, compensation and credit bonus, in words
   */
  public record Preview(
      boolean valid, String problem, String sample, List<Row> rows, List<String> notes) {}

  private String lastText;
  private Preview last;

  /** The preview of a policy's text form (the page asks for it once per part it shows). */
  public Preview of(String text) {
    if (last == null || !java.util.Objects.equals(text, lastText)) {
      last = preview(text);
      lastText = text;
    }
    return last;
  }

  private Preview preview(String text) {
    CancellationPolicy policy;
    try {
      policy = CancellationPolicy.parse(text);
    } catch (IllegalArgumentException e) {
      return new Preview(false, localizer.message("validation.policy"), "", List.of(), List.of());
    }
    String currency = ui.getTenant() == null ? "JPY" : ui.getTenant().currency();
    Money price = Money.of(30_000, currency);
    List<Row> rows = new ArrayList<>();
    List<Tier> tiers = policy.tiers(); // most hours first
    int fee = 0;
    for (int i = 0; i <= tiers.size(); i++) {
      String period;
      if (i == 0) {
        period = localizer.message("policy.before", tiers.get(0).hoursBefore());
      } else if (i < tiers.size()) {
        period =
            localizer.message(
                "policy.between", tiers.get(i - 1).hoursBefore(), tiers.get(i).hoursBefore());
      } else {
        int hours = tiers.get(i - 1).hoursBefore();
        period =
            hours == 0
                ? localizer.message("policy.started")
                : localizer.message("policy.last", hours);
      }
      if (i > 0) {
        fee = tiers.get(i - 1).feePercent();
      }
      Money charged = price.percentage(fee * 100);
      rows.add(new Row(period, fee, ui.money(charged), ui.money(price.minus(charged))));
    }
    List<String> notes = new ArrayList<>();
    if (!policy.exempt().isEmpty()) {
      notes.add(
          localizer.message(
              "policy.exempt",
              policy.exempt().stream()
                  .sorted()
                  .map(r -> localizer.message("reason." + r.name()))
                  .collect(Collectors.joining(", "))));
    }
    notes.add(localizer.message("policy.compensation", policy.compensationPercent()));
    if (policy.creditBonusPercent() > 0) {
      notes.add(localizer.message("policy.creditBonus", policy.creditBonusPercent()));
    }
    return new Preview(true, "", ui.money(price), rows, notes);
  }
}
