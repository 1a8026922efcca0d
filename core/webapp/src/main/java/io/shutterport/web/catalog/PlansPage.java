package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanForm;
import io.shutterport.catalog.PlanView;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The photographer's plans in the studio: a table of the plans they offer, and one form to add a
 * plan or change one with every field the engine has (delivery promise, extra time, express
 * delivery, instant booking); retiring takes a plan off the profile and search. The same service as
 * {@code POST/PUT/DELETE /api/v1/me/plans} does the work.
 */
@Named("plansPage")
@ViewScoped
public class PlansPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CatalogService catalog;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;

  private boolean hasProfile;
  private List<PlanView> plans = List.of();
  private Draft draft = new Draft();

  /** The plan being written: a new one when {@code id} is null. */
  public static final class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String categoryId;
    private String title;
    private Integer durationMinutes = 60;
    private Long price;
    private Integer photoCount = 50;
    private Integer deliveryDays = 14;
    private Integer extraMinutes;
    private Long extraPrice;
    private Integer expressDays;
    private Long expressPrice;
    private boolean instantBook;
    private Integer selectionLimit;

    static Draft of(PlanView plan) {
      Draft d = new Draft();
      d.id = plan.id();
      d.categoryId = plan.categoryId();
      d.title = plan.title();
      d.durationMinutes = plan.durationMinutes();
      d.price = plan.price().minorUnits();
      d.photoCount = plan.photoCount();
      d.deliveryDays = plan.deliveryDays();
      d.extraMinutes = plan.extraMinutes();
      d.extraPrice = plan.extraPrice() == null ? null : plan.extraPrice().minorUnits();
      d.expressDays = plan.expressDays();
      d.expressPrice = plan.expressPrice() == null ? null : plan.expressPrice().minorUnits();
      d.instantBook = plan.instantBook();
      d.selectionLimit = plan.selectionLimit();
      return d;
    }

    PlanForm form() {
      return new PlanForm(
          categoryId,
          title,
          durationMinutes,
          price,
          photoCount,
          deliveryDays,
          extraMinutes,
          extraPrice,
          expressDays,
          expressPrice,
          instantBook,
          selectionLimit);
    }

    public boolean isEditing() {
      return id != null;
    }

    public String getId() {
      return id;
    }

    public String getCategoryId() {
      return categoryId;
    }

    public void setCategoryId(String categoryId) {
      this.categoryId = categoryId;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public Integer getDurationMinutes() {
      return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
      this.durationMinutes = durationMinutes;
    }

    public Long getPrice() {
      return price;
    }

    public void setPrice(Long price) {
      this.price = price;
    }

    public Integer getPhotoCount() {
      return photoCount;
    }

    public void setPhotoCount(Integer photoCount) {
      this.photoCount = photoCount;
    }

    public Integer getDeliveryDays() {
      return deliveryDays;
    }

    public void setDeliveryDays(Integer deliveryDays) {
      this.deliveryDays = deliveryDays;
    }

    public Integer getExtraMinutes() {
      return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
      this.extraMinutes = extraMinutes;
    }

    public Long getExtraPrice() {
      return extraPrice;
    }

    public void setExtraPrice(Long extraPrice) {
      this.extraPrice = extraPrice;
    }

    public Integer getExpressDays() {
      return expressDays;
    }

    public void setExpressDays(Integer expressDays) {
      this.expressDays = expressDays;
    }

    public Long getExpressPrice() {
      return expressPrice;
    }

    public void setExpressPrice(Long expressPrice) {
      this.expressPrice = expressPrice;
    }

    public boolean isInstantBook() {
      return instantBook;
    }

    public void setInstantBook(boolean instantBook) {
      this.instantBook = instantBook;
    }

    public Integer getSelectionLimit() {
      return selectionLimit;
    }

    public void setSelectionLimit(Integer selectionLimit) {
      this.selectionLimit = selectionLimit;
    }
  }

  @PostConstruct
  void load() {
    hasProfile = catalog.hasProfile(currentUser.id());
    refresh();
  }

  private void refresh() {
    plans = hasProfile ? catalog.profile(currentUser.id()).plans() : List.of();
  }

  /** Fills the form with a plan to change it. */
  public void edit(String planId) {
    plans.stream()
        .filter(p -> p.id().equals(planId))
        .findFirst()
        .map(Draft::of)
        .ifPresent(d -> draft = d);
  }

  /** Empties the form for a new plan. */
  public void startNew() {
    draft = new Draft();
  }

  public String save() {
    return actions.run(
        () -> {
          if (draft.isEditing()) {
            catalog.updatePlan(currentUser.id(), draft.id, draft.form());
            actions.info("plans.updated");
          } else {
            catalog.addPlan(currentUser.id(), draft.form());
            actions.info("studio.planAdded");
          }
          draft = new Draft();
          refresh();
          return null;
        });
  }

  public String retire(String planId) {
    return actions.run(
        () -> {
          catalog.retirePlan(currentUser.id(), planId);
          if (planId.equals(draft.id)) {
            draft = new Draft();
          }
          refresh();
          actions.info("plans.retired");
          return null;
        });
  }

  public boolean isHasProfile() {
    return hasProfile;
  }

  public List<PlanView> getPlans() {
    return plans;
  }

  public Draft getDraft() {
    return draft;
  }
}
