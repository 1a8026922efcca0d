package io.shutterport.web.catalog;

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
  private List<SearchResult> results;

  public List<SearchResult> getResults() {
    if (results == null) {
      try {
        results = catalog.search(category, prefecture);
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

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }
}
