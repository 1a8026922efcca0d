package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.matching.Match;
import io.shutterport.matching.MatchingService;
import io.shutterport.matching.SearchForm;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** What the catalog's API and pages both need, composed from the features once. */
@ApplicationScoped
public class CatalogFacade {
  @Inject CatalogService catalog;
  @Inject GalleryService gallery;
  @Inject MatchingService matching;
  @Inject TenantPlugins plugins;

  public List<CategoryView> categories(String language) {
    return plugins.categories().stream().map(c -> CategoryView.of(c, language)).toList();
  }

  public List<SearchResult> search(SearchForm form) {
    List<Match> cards = matching.search(form);
    Map<String, PhotoView> covers =
        gallery.covers(cards.stream().map(Match::photographerId).toList());
    return cards.stream()
        .map(
            c ->
                new SearchResult(
                    c,
                    covers.containsKey(c.photographerId())
                        ? covers.get(c.photographerId()).id()
                        : null))
        .toList();
  }

  public PhotographerPage photographer(String id) {
    return new PhotographerPage(catalog.publicProfile(id), gallery.portfolio(id));
  }
}
