package io.shutterport.web.catalog;

import io.shutterport.matching.ResultPage;
import io.shutterport.matching.SearchForm;
import io.shutterport.matching.SearchResult;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.web.platform.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The search page: a stateless GET form and its results. */
@Named("searchPage")
@RequestScoped
public class SearchPage {
  @Inject CatalogFacade catalog;
  @Inject PageActions actions;

  private String category;
  private String prefecture;
  private String date;
  private String from;
  private String to;
  private String budget;
  private String keyword;
  private String language;
  private String rating;
  private String lat;
  private String lon;
  private String radius;
  private String place;
  private String page;
  private ResultPage found;

  /** Searches before the page is drawn, so that a refusal's message shows above the results. */
  public void load() {
    found();
  }

  /** This page of results (none when the search could not be read; its messages say why). */
  public List<SearchResult> getResults() {
    return found().results();
  }

  /** How many photographers passed the filters, on every page. */
  public int getTotal() {
    return found().total();
  }

  public int getPageNumber() {
    return found().page();
  }

  public boolean isMore() {
    return found().more();
  }

  private ResultPage found() {
    if (found == null) {
      try {
        found =
            catalog.search(
                new SearchForm(
                    category,
                    prefecture,
                    null,
                    decimal(lat, "latitude"),
                    decimal(lon, "latitude"),
                    radius == null || radius.isBlank()
                        ? null
                        : (int) (double) decimal(radius, "radiusKm"),
                    date,
                    from,
                    to,
                    budget,
                    language,
                    decimal(rating, "minRating"),
                    keyword,
                    place),
                CatalogFacade.page(page));
      } catch (ShutterportException e) {
        actions.show(e);
        found = new ResultPage(List.of(), 1, 0, false);
      }
    }
    return found;
  }

  private static Double decimal(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw io.shutterport.platform.error.InvalidInputException.of(
          field,
          switch (field) {
            case "latitude" -> "validation.point";
            case "radiusKm" -> "validation.radiusKm";
            default -> "validation.minRating";
          });
    }
  }

  /**
   * This search's address with another page number, for the previous/next links (every filter kept,
   * URL-encoded).
   */
  public String pageLink(int number) {
    StringBuilder link = new StringBuilder("/search?page=").append(number);
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("category", category);
    params.put("prefecture", prefecture);
    params.put("date", date);
    params.put("from", from);
    params.put("to", to);
    params.put("budget", budget);
    params.put("keyword", keyword);
    params.put("language", language);
    params.put("rating", rating);
    params.put("lat", lat);
    params.put("lon", lon);
    params.put("radius", radius);
    params.put("place", place);
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            link.append('&')
                .append(name)
                .append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
          }
        });
    return link.toString();
  }

  /** Where the prefectural offices are, for the map to centre on the chosen prefecture. */
  public String getSeats() {
    return SEATS;
  }

  /** {@link #getSeats()}: code → [latitude, longitude] as JSON, the same for every page. */
  private static final String SEATS =
      java.util.Arrays.stream(io.shutterport.catalog.Prefecture.values())
          .map(p -> "\"" + p.code() + "\":[" + p.latitude() + "," + p.longitude() + "]")
          .collect(java.util.stream.Collectors.joining(",", "{", "}"));

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public String getLat() {
    return lat;
  }

  public void setLat(String lat) {
    this.lat = lat;
  }

  public String getLon() {
    return lon;
  }

  public void setLon(String lon) {
    this.lon = lon;
  }

  public String getRadius() {
    return radius;
  }

  public void setRadius(String radius) {
    this.radius = radius;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getKeyword() {
    return keyword;
  }

  public void setKeyword(String keyword) {
    this.keyword = keyword;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }
}
