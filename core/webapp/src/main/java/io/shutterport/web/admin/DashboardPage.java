package io.shutterport.web.admin;

import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantService;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The operator's dashboard page: the weekly figures as Chart.js charts (PrimeFaces' chart
 * component, which carries Chart.js) and as a table that screen readers and tests read.
 */
@Named("dashboardPage")
@RequestScoped
public class DashboardPage {
  @Inject Dashboard dashboard;
  @Inject Localizer localizer;
  @Inject Ui ui;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;

  public List<Dashboard.Week> getWeeks() {
    return dashboard.figures().weeks();
  }

  public String getConversion() {
    return ui.percent(dashboard.figures().conversion());
  }

  public String revenue(Dashboard.Week week) {
    return ui.money(Money.of(week.revenueMinor(), tenants.byId(tenant.require()).currency()));
  }

  /** Bookings requested and paid per week (bars), money paid in (a line on its own axis). */
  public String getBookingsChart() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    datasets.add(bars("dashboard.requested", Dashboard.Week::requested, "#9e9e9e"));
    datasets.add(bars("dashboard.paid", Dashboard.Week::paid, "#2e7d32"));
    datasets.add(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", localizer.message("dashboard.revenue"))
            .add("data", series(Dashboard.Week::revenueMinor))
            .add("borderColor", "#c2185b")
            .add("backgroundColor", "#c2185b")
            .add("yAxisID", "money"));
    return chart(
        "bar",
        datasets,
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("beginAtZero", true))
            .add(
                "money",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("position", "right")
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
  }

  /** Late deliveries per week of the shoot. */
  public String getLateChart() {
    return chart(
        "bar",
        Json.createArrayBuilder().add(bars("dashboard.late", Dashboard.Week::late, "#a4161a")),
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))));
  }

  private JsonObjectBuilder bars(
      String label, ToLongFunction<Dashboard.Week> value, String colour) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("label", localizer.message(label))
        .add("data", series(value))
        .add("backgroundColor", colour);
  }

  private JsonArrayBuilder series(ToLongFunction<Dashboard.Week> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    getWeeks().forEach(w -> data.add(value.applyAsLong(w)));
    return data;
  }

  private String chart(String type, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    getWeeks().forEach(w -> labels.add(w.weekStart().substring(5)));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales))
        .build()
        .toString();
  }
}
