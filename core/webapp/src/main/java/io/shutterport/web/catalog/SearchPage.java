package io.shutterport.web.catalog;

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
  private List<SearchResult> results;

  public List<SearchResult> getResults() {
    if (results == null) {
      try {
        results =
            catalog.search(
                new SearchForm(
                    category,
                    prefecture,
                    null,
                    null,
                    null,
                    null,
                    date,
                    from,
                    to,
                    budget,
                    language,
                    null,
                    keyword));
      } catch (ShutterportException e) {
        actions.show(e);
        results = List.of();
      }
    }
    return results;
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
}
