package io.shutterport.web.catalog;

import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.gallery.PortfolioService;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The photographer's portfolio in the studio: upload with progress (the site's uploader, posting to
 * {@code /api/v1/me/portfolio}), order by dragging, choose the cover, remove. The same services as
 * the {@code /api/v1/me/portfolio} endpoints do the work.
 */
@Named("portfolioPage")
@ViewScoped
public class PortfolioPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GalleryService gallery;
  @Inject PortfolioService portfolio;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;

  private List<PhotoView> photos = List.of();
  private List<String> order = new ArrayList<>();

  @PostConstruct
  void load() {
    show(gallery.portfolio(currentUser.id()));
  }

  private void show(List<PhotoView> shown) {
    photos = shown;
    order = new ArrayList<>(shown.stream().map(PhotoView::id).toList());
  }

  /** Saves the order the photos were dragged into. */
  public String saveOrder() {
    return actions.run(
        () -> {
          show(portfolio.arrange(currentUser.id(), order));
          actions.info("portfolio.arranged");
          return null;
        });
  }

  public String cover(String photoId) {
    return actions.run(
        () -> {
          show(portfolio.cover(currentUser.id(), photoId));
          actions.info("portfolio.covered");
          return null;
        });
  }

  public String remove(String photoId) {
    return actions.run(
        () -> {
          show(portfolio.remove(currentUser.id(), photoId));
          actions.info("portfolio.removed");
          return null;
        });
  }

  public List<PhotoView> getPhotos() {
    return photos;
  }

  public List<String> getOrder() {
    return order;
  }

  public void setOrder(List<String> order) {
    this.order = order;
  }
}
