package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.gallery.GalleryService;
import io.shutterport.matching.MatchingService;
import io.shutterport.matching.SearchForm;
import io.shutterport.matching.SearchResult;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What the catalog's API and pages both need, composed from the features once. */
@ApplicationScoped
public class CatalogFacade {
  @Inject CatalogService catalog;
  @Inject GalleryService gallery;
  @Inject MatchingService matching;
  @Inject TenantPlugins plugins;
  @Inject io.shutterport.review.ReviewService reviews;

  public List<CategoryView> categories(String language) {
    return plugins.categories().stream().map(c -> CategoryView.of(c, language)).toList();
  }

  /** Every category of the marketplace, shown or hidden (bookings of hidden ones still happen). */
  public List<CategoryView> allCategories(String language) {
    return plugins.allCategories().stream().map(c -> CategoryView.of(c, language)).toList();
  }

  public List<SearchResult> search(SearchForm form) {
    return matching.search(form);
  }

  /** One page of a search. */
  public io.shutterport.matching.ResultPage search(SearchForm form, int page) {
    return matching.search(form, page);
  }

  /** A page number as a visitor or client wrote it: blank is the first, anything else a 400. */
  public static int page(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      return Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      throw io.shutterport.platform.error.InvalidInputException.of("page", "validation.page");
    }
  }

  /**
   * A photographer's public page: profile, plans, portfolio and reviews read in one transaction (a
   * transaction each cost a fifth of the page's time, docs/benchmarks.md).
   */
  @jakarta.transaction.Transactional
  public PhotographerPage photographer(String id) {
    return new PhotographerPage(
        catalog.publicProfile(id), gallery.portfolio(id), reviews.aboutPhotographer(id));
  }
}
