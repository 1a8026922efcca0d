package io.shutterport.gallery;

import io.shutterport.gallery.domain.Photo;
import io.shutterport.gallery.domain.PortfolioChangedException;
import io.shutterport.gallery.infrastructure.PhotoRepository;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A photographer arranges their portfolio: the order photos are shown in (the first is the cover
 * search results show), and removing photos. A removed photo's row goes in the caller's
 * transaction; its stored objects are deleted by a job once that has committed, so a rollback never
 * leaves a row without its bytes.
 */
@ApplicationScoped
public class PortfolioService {
  static final String DELETE_OBJECTS_JOB = "storage.delete-objects";

  @Inject PhotoRepository photos;
  @Inject IdentityService identity;
  @Inject StorageQuotas quotas;
  @Inject JobQueue jobs;
  @Inject TenantContext tenant;
  @Inject Event<SearchInputsChanged> searchInputs;
  @Inject Event<io.shutterport.platform.events.PortfolioChanged> portfolioChanged;

  /**
   * Shows the portfolio in the given order: every photo of it, each once.
   *
   * @throws PortfolioChangedException (409) when the ids are not the portfolio's as it stands
   */
  @Transactional
  public List<PhotoView> arrange(String photographerId, List<String> order) {
    List<Photo> current = mine(photographerId);
    if (order == null || order.size() > 1000 || order.stream().anyMatch(id -> id == null)) {
      throw InvalidInputException.of("order", "validation.portfolioOrder");
    }
    if (order.size() != current.size()
        || !new HashSet<>(order).equals(new HashSet<>(ids(current)))) {
      throw new PortfolioChangedException();
    }
    List<Photo> arranged = new ArrayList<>();
    for (String id : order) {
      arranged.add(current.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow());
    }
    return renumber(current, arranged);
  }

  /** Makes one photo the cover (first); the others keep their order. */
  @Transactional
  public List<PhotoView> cover(String photographerId, String photoId) {
    List<Photo> current = mine(photographerId);
    Photo cover = find(current, photoId);
    List<Photo> arranged = new ArrayList<>(current);
    arranged.remove(cover);
    arranged.add(0, cover);
    return renumber(current, arranged);
  }

  /** Removes a photo from the portfolio, gives its bytes back to the quota and deletes them. */
  @Transactional
  public List<PhotoView> remove(String photographerId, String photoId) {
    List<Photo> current = mine(photographerId);
    Photo gone = find(current, photoId);
    if (!photos.delete(gone)) {
      throw new NotFoundException("photo"); // removed meanwhile: its bytes were given back then
    }
    quotas.giveBack(photographerId, gone.sizeBytes());
    jobs.enqueue(DELETE_OBJECTS_JOB, String.join("\n", gone.storedKeys()));
    List<Photo> rest = new ArrayList<>(current);
    rest.remove(gone);
    if (gone.position() == 1) {
      searchInputs.fire(SearchInputsChanged.cover(tenant.require(), photographerId)); // or none
    }
    return renumber(rest, rest);
  }

  private List<Photo> mine(String photographerId) {
    identity.requireRole(photographerId, Role.PHOTOGRAPHER);
    return photos.of(Photo.Owner.PORTFOLIO, photographerId);
  }

  private static Photo find(List<Photo> portfolio, String photoId) {
    return portfolio.stream()
        .filter(p -> p.id().equals(photoId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("photo"));
  }

  private static List<String> ids(List<Photo> photos) {
    return photos.stream().map(Photo::id).toList();
  }

  /**
   * Numbers the photos 1… in the new order; the public page changes, and a new cover changes search
   * results.
   */
  private List<PhotoView> renumber(List<Photo> before, List<Photo> arranged) {
    if (!before.isEmpty()) {
      portfolioChanged.fire(
          new io.shutterport.platform.events.PortfolioChanged(
              tenant.require(), before.get(0).ownerId()));
    }
    String oldCover = before.isEmpty() ? null : before.get(0).id();
    for (int i = 0; i < arranged.size(); i++) {
      arranged.get(i).moveTo(i + 1);
    }
    if (!arranged.isEmpty() && !arranged.get(0).id().equals(oldCover)) {
      searchInputs.fire(SearchInputsChanged.cover(tenant.require(), arranged.get(0).ownerId()));
    }
    return arranged.stream().map(Photo::view).toList();
  }

  /** Deletes the stored objects of removed photos; a missing object counts as deleted. */
  @ApplicationScoped
  public static class DeleteObjectsHandler implements JobHandler {
    @Inject TenantPlugins plugins;

    @Override
    public String kind() {
      return DELETE_OBJECTS_JOB;
    }

    @Override
    public void handle(String keys) {
      var storage = plugins.storage();
      for (String key : keys.split("\n")) {
        if (!key.isBlank()) {
          storage.call("storage.delete", s -> s.delete(key));
        }
      }
    }
  }
}
