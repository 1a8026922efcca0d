package io.shutterport.web.matching;

import io.shutterport.matching.MatchingService;
import io.shutterport.matching.RankingWeights;
import io.shutterport.matching.WeightsPreview;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.platform.Ui;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The operator's ranking weights on the console: five numbers, a preview of the first results of a
 * search on a date under the proposed weights (each with its place today), and save.
 */
@Named("weightsPage")
@RequestScoped
public class WeightsPage {
  @Inject MatchingService matching;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Ui ui;

  private Integer distance;
  private Integer availability;
  private Integer rating;
  private Integer response;
  private Integer price;
  private Integer relevance;
  private String date;
  private List<WeightsPreview> preview;

  @PostConstruct
  void load() {
    if (ui.getTenant() == null) {
      return;
    }
    RankingWeights w = RankingWeights.parse(ui.getTenant().rankingWeights());
    distance = w.distance();
    availability = w.availability();
    rating = w.rating();
    response = w.response();
    price = w.price();
    relevance = w.relevance();
    date =
        LocalDate.now(ui.getTenant().zone())
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
            .toString();
  }

  /** The proposed weights in their text form (a missing number counts as 0). */
  private String weights() {
    return "distance="
        + number(distance)
        + ",availability="
        + number(availability)
        + ",rating="
        + number(rating)
        + ",response="
        + number(response)
        + ",price="
        + number(price)
        + ",relevance="
        + number(relevance);
  }

  private static int number(Integer n) {
    return n == null ? 0 : n;
  }

  /** Ranks a search with the proposed weights, without saving them. */
  public void preview() {
    preview =
        actions.get(() -> matching.previewWeights(currentUser.id(), weights(), date), List.of());
  }

  public String save() {
    return actions.run(
        () -> {
          matching.updateWeights(currentUser.id(), weights());
          actions.info("console.saved");
          actions.keepMessages();
          return "/operator/settings?faces-redirect=true#weights";
        },
        field -> "weightsForm:distance");
  }

  /** The last preview, or null before one was asked for. */
  public List<WeightsPreview> getPreview() {
    return preview;
  }

  public Integer getDistance() {
    return distance;
  }

  public void setDistance(Integer distance) {
    this.distance = distance;
  }

  public Integer getAvailability() {
    return availability;
  }

  public void setAvailability(Integer availability) {
    this.availability = availability;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public Integer getResponse() {
    return response;
  }

  public void setResponse(Integer response) {
    this.response = response;
  }

  public Integer getRelevance() {
    return relevance;
  }

  public void setRelevance(Integer relevance) {
    this.relevance = relevance;
  }

  public Integer getPrice() {
    return price;
  }

  public void setPrice(Integer price) {
    this.price = price;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }
}
