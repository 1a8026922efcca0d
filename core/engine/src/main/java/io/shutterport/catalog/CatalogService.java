package io.shutterport.catalog;

import io.shutterport.catalog.domain.PhotographerProfile;
import io.shutterport.catalog.domain.Plan;
import io.shutterport.catalog.infrastructure.CatalogRepository;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.Money;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Profiles, plans and search. */
@ApplicationScoped
public class CatalogService {
  private static final Set<String> LANGUAGES = Set.of("ja", "en", "zh", "ko", "fr", "es", "de");

  @Inject CatalogRepository repository;
  @Inject IdentityService identity;
  @Inject TenantPlugins plugins;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;

  /** Creates or updates the caller's profile; only photographers have one. */
  @Transactional
  public ProfileView saveProfile(String userId, ProfileForm form) {
    requirePhotographer(userId);
    List<FieldError> errors = new ArrayList<>();
    String name = text(form.displayName(), "displayName", 1, 80, errors);
    String bio = text(form.bio(), "bio", 0, 4000, errors);
    String city = text(form.city(), "city", 1, 80, errors);
    if (Prefecture.fromCode(form.prefecture()).isEmpty()) {
      errors.add(new FieldError("prefecture", "validation.prefecture"));
    }
    List<String> languages =
        form.languages() == null || form.languages().isBlank()
            ? List.of("ja")
            : Arrays.stream(form.languages().split(",")).map(String::strip).distinct().toList();
    if (!LANGUAGES.containsAll(languages)) {
      errors.add(new FieldError("languages", "validation.languages"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PhotographerProfile existing = repository.profile(userId).orElse(null);
    PhotographerProfile profile = existing != null ? existing : new PhotographerProfile(userId);
    profile.describe(name, bio, form.prefecture().strip(), city, languages);
    if (existing == null) {
      repository.add(profile);
    }
    return view(profile);
  }

  @Transactional
  public PlanView addPlan(String userId, PlanForm form) {
    requirePhotographer(userId);
    if (repository.profile(userId).isEmpty()) {
      throw InvalidInputException.of("profile", "validation.profileFirst");
    }
    List<FieldError> errors = new ArrayList<>();
    if (form.categoryId() == null || plugins.category(form.categoryId()).isEmpty()) {
      errors.add(new FieldError("categoryId", "validation.category"));
    }
    String title = text(form.title(), "title", 1, 120, errors);
    range(form.durationMinutes(), "durationMinutes", 30, 600, errors);
    range(form.photoCount(), "photoCount", 1, 2000, errors);
    if (form.price() == null || form.price() < 1 || form.price() > 100_000_000L) {
      errors.add(new FieldError("price", "validation.price"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String currency = tenants.byId(tenant.require()).currency();
    Plan plan =
        new Plan(
            userId,
            form.categoryId(),
            title,
            form.durationMinutes(),
            Money.of(form.price(), currency),
            form.photoCount());
    repository.add(plan);
    return plan.view();
  }

  @Transactional
  public ProfileView profile(String photographerId) {
    return repository
        .profile(photographerId)
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  /** Time the photographer keeps free around every shoot. */
  @Transactional
  public Buffers buffers(String photographerId) {
    return repository
        .profile(photographerId)
        .map(PhotographerProfile::buffers)
        .orElseThrow(() -> new NotFoundException("photographer"));
  }

  @Transactional
  public boolean hasProfile(String photographerId) {
    return repository.profile(photographerId).isPresent();
  }

  @Transactional
  public PlanView plan(String planId) {
    return repository.plan(planId).map(Plan::view).orElseThrow(() -> new NotFoundException("plan"));
  }

  /**
   * Photographers offering a category in a prefecture, cheapest plan first per photographer.
   *
   * @param categoryId a category id, or null/blank for any
   * @param prefecture a prefecture code, or null/blank for any
   */
  @Transactional
  public List<PhotographerCard> search(String categoryId, String prefecture) {
    String category = blankToNull(categoryId);
    String pref = blankToNull(prefecture);
    if (category != null && category.length() > 64) {
      throw InvalidInputException.of("category", "validation.category");
    }
    if (pref != null && Prefecture.fromCode(pref).isEmpty()) {
      throw InvalidInputException.of("prefecture", "validation.prefecture");
    }
    Map<String, PhotographerCard> cards = new LinkedHashMap<>();
    for (Object[] row : repository.search(category, pref, 500)) {
      PhotographerProfile profile = (PhotographerProfile) row[0];
      PlanView plan = ((Plan) row[1]).view();
      cards.merge(
          profile.id(),
          new PhotographerCard(
              profile.id(),
              profile.displayName(),
              profile.prefecture(),
              profile.city(),
              plan.price(),
              1),
          (a, b) ->
              new PhotographerCard(
                  a.photographerId(),
                  a.displayName(),
                  a.prefecture(),
                  a.city(),
                  a.fromPrice().compareTo(b.fromPrice()) <= 0 ? a.fromPrice() : b.fromPrice(),
                  a.planCount() + 1));
    }
    return cards.values().stream().limit(50).toList();
  }

  private ProfileView view(PhotographerProfile p) {
    return new ProfileView(
        p.id(),
        p.displayName(),
        p.bio(),
        p.prefecture(),
        p.city(),
        p.languages(),
        repository.plansOf(p.id()).stream().map(Plan::view).toList());
  }

  private void requirePhotographer(String userId) {
    if (identity.user(userId).role() != Role.PHOTOGRAPHER) {
      throw new ForbiddenException();
    }
  }

  private static String text(
      String value, String field, int min, int max, List<FieldError> errors) {
    String v = value == null ? "" : value.strip();
    if (v.length() < min || v.length() > max) {
      errors.add(new FieldError(field, "validation." + field));
    }
    return v;
  }

  private static void range(
      Integer value, String field, int min, int max, List<FieldError> errors) {
    if (value == null || value < min || value > max) {
      errors.add(new FieldError(field, "validation." + field));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
