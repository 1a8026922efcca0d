package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The operator's records on a phone: PrimeFaces data tables of bookings, accounts, payments,
 * payouts and the audit log over the whole history (each page, order, filter and count one query in
 * the database), and exported to CSV as filtered.
 */
class OperatorRecordsIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final String BOOKINGS = "#records\\:tabs\\:bookings";
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void anOperatorFindsSortsPagesAndExportsBookingsAndPayments() {
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var photographer = Accounts.photographer(Profile.PRODUCTION, 41000);
    String name = "記録" + Long.toString(System.nanoTime(), 36);
    Api customer =
        Accounts.signUp(Profile.PRODUCTION, Env.SAKURA, Env.unique("records"), name, "CUSTOMER");
    String paid =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            LocalDate.now(TOKYO).plusDays(11),
            "10:00",
            "");
    String asked =
        Accounts.request(
            customer, photographer.planId(), LocalDate.now(TOKYO).plusDays(12), "10:00", "");
    Api another = Accounts.customer(Profile.PRODUCTION);
    for (int day = 13; day < 13 + 20; day++) { // more than a page, whatever else the tenant holds
      Accounts.request(
          another, photographer.planId(), LocalDate.now(TOKYO).plusDays(day), "10:00", "");
    }
    String paidReference = customer.get("/api/v1/bookings/" + paid).json().getString("reference");
    String askedReference = customer.get("/api/v1/bookings/" + asked).json().getString("reference");

    Browser browser = browsers.phone(Env.SAKURA);
    browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/lang?to=ja&next=/operator/records");
    assertThat(browser.all(BOOKINGS + " tbody tr")).as("one page of 20").hasSize(20);
    assertThat(browser.all(BOOKINGS + " .ui-paginator")).isNotEmpty();
    assertCountsEveryRow(browser, BOOKINGS, "booking");
    String firstOnPageOne = browser.text(BOOKINGS + " tbody tr:first-child .sp-record-link");
    browser.click(BOOKINGS + " .ui-paginator-next");
    browser.waitForScript(
        "var a = document.querySelector(arguments[0]);"
            + " return a && a.textContent !== arguments[1] ? true : null;",
        BOOKINGS + " tbody tr:first-child .sp-record-link",
        firstOnPageOne);
    assertThat(browser.overflowing()).as("the tables fit a phone").isEmpty();
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.screenshot("operator-records-phone-ja");

    // The customer's name finds their two bookings; the status filter leaves the paid one.
    browser.type(BOOKINGS + "\\:customer\\:filter", name);
    waitForRows(browser, BOOKINGS, 2);
    assertThat(texts(browser.all(BOOKINGS + " tbody .sp-record-link")))
        .containsExactlyInAnyOrder(paidReference, askedReference);
    browser.click(BOOKINGS + "\\:when");
    waitForFirst(browser, BOOKINGS, paidReference); // ascending: the earlier shoot first
    browser.click(BOOKINGS + "\\:when");
    waitForFirst(browser, BOOKINGS, askedReference);
    browser.select(BOOKINGS + "\\:status-filter", "PAID");
    waitForRows(browser, BOOKINGS, 1);
    assertThat(browser.text(BOOKINGS + " tbody .sp-record-link")).isEqualTo(paidReference);

    String csv = browser.download(BOOKINGS + "\\:bookings-csv", "bookings");
    assertThat(csv.lines().toList())
        .as("the CSV holds what is filtered: a header and the paid booking")
        .hasSize(2);
    assertThat(csv).contains(paidReference).contains(name).contains("41000");

    // Payments: the paid booking's payment, found by its reference.
    browser.click("a[href$='payments-tab']");
    String payments = "#records\\:tabs\\:payments";
    browser.waitVisible(payments + "\\:booking\\:filter");
    assertCountsEveryRow(browser, payments, "payment");
    browser.type(payments + "\\:booking\\:filter", paidReference);
    waitForRows(browser, payments, 1);
    browser.select(payments + "\\:kind-filter", "tip");
    waitForRows(browser, payments, 0);
    browser.select(payments + "\\:kind-filter", "price");
    waitForRows(browser, payments, 1);
    assertThat(browser.text(payments + " tbody tr")).contains("41,000").contains("支払い済み");
    String paymentsCsv = browser.download(payments + "\\:payments-csv", "payments");
    assertThat(paymentsCsv).contains(paidReference).contains("payment-invoice");

    // Accounts: the customer by name, with the operator's CSV.
    browser.click("a[href$='accounts-tab']");
    String accounts = "#records\\:tabs\\:accounts";
    browser.waitVisible(accounts + "\\:name\\:filter");
    assertCountsEveryRow(browser, accounts, "app_user");
    browser.type(accounts + "\\:name\\:filter", name);
    waitForRows(browser, accounts, 1);
    assertThat(browser.text(accounts + " tbody tr")).contains(name).contains("有効");
    browser.select(accounts + "\\:role-filter", "PHOTOGRAPHER");
    waitForRows(browser, accounts, 0);
    browser.select(accounts + "\\:role-filter", "CUSTOMER");
    waitForRows(browser, accounts, 1);
    browser.select(accounts + "\\:state-filter", "suspended");
    waitForRows(browser, accounts, 0);

    // The audit log: the operator's confirmation of the transfer, among every entry counted (the
    // page opened afresh, so that the count is read at the same moment as the database's).
    browser.open("/operator/records");
    browser.click("a[href$='audit-tab']");
    String audit = "#records\\:tabs\\:audit";
    browser.waitVisible(audit + "\\:target\\:filter");
    assertCountsEveryRow(browser, audit, "audit_entry");
    browser.type(audit + "\\:target\\:filter", paid);
    browser.waitForScript(
        "var rows = document.querySelectorAll(arguments[0] + ' tbody tr:not(.ui-datatable-empty-message)');"
            + " return rows.length > 0 && rows.length < 20 ? true : null;",
        audit);
    assertThat(browser.text(audit + " tbody")).contains(paid);
    assertThat(customer.get("/operator/records").status())
        .as("a customer never sees the records")
        .isEqualTo(403);
  }

  /** The table's total is the tenant's every row in the database, not a loaded slice. */
  private static void assertCountsEveryRow(Browser browser, String table, String sqlTable) {
    assertThat(browser.text(table + " .ui-paginator-current"))
        .as(sqlTable)
        .startsWith(
            Sql.number("SELECT COUNT(*) FROM " + sqlTable + " WHERE tenant_id = ?", "sakura")
                + " 件");
  }

  /** Waits until the table shows {@code count} data rows (an empty table shows one message row). */
  static void waitForRows(Browser browser, String table, int count) {
    browser.waitForScript(
        "var rows = document.querySelectorAll(arguments[0] + ' tbody tr:not(.ui-datatable-empty-message)');"
            + " return rows.length === arguments[1] ? true : null;",
        table,
        count);
  }

  static void waitForFirst(Browser browser, String table, String reference) {
    browser.waitForScript(
        "var a = document.querySelector(arguments[0] + ' tbody tr:first-child .sp-record-link');"
            + " return a && a.textContent === arguments[1] ? true : null;",
        table,
        reference);
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
