package io.shutterport.web.catalog;

import io.shutterport.booking.BookingRequest;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.catalog.PlanView;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** A photographer's public page, with the booking form for signed-in customers. */
@Named("profilePage")
@RequestScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CatalogFacade catalog;
  @Inject BookingService bookings;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject io.shutterport.web.platform.Ui ui;

  private String id;
  private String planId;
  private String date;
  private String startTime;
  private String note;
  private String backupDate;
  private transient PhotographerPage page;

  /** Runs when the page opens: an unknown id is a 404 page. */
  public void load() throws IOException {
    try {
      page = catalog.photographer(id);
      if (planId == null && !page.profile().plans().isEmpty()) {
        planId = page.profile().plans().get(0).id();
      }
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * The photographer shown. On the booking form's postback the bean is new (request scope keeps
   * visitors session-free) and the view parameter is applied only after validation, so the id also
   * travels as a plain field of the form.
   */
  public PhotographerPage getPage() {
    if (id == null) {
      id =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("photographer");
    }
    if (page == null && id != null) {
      page = catalog.photographer(id);
    }
    return page;
  }

  public String book() {
    return actions.run(
        () -> {
          if (startTime == null || startTime.isBlank()) {
            // picked from the free times, never typed: nothing is asked until one is picked
            throw io.shutterport.platform.error.InvalidInputException.of(
                "startTime", "book.pickSlot");
          }
          BookingView booking =
              bookings.request(
                  currentUser.id(),
                  new BookingRequest(
                      planId,
                      date,
                      startTime,
                      note,
                      backupDate,
                      null,
                      null,
                      null,
                      null,
                      DetailParams.of(plan(planId) == null ? null : plan(planId).categoryId())));
          try {
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect("/booking?id=" + booking.id());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        });
  }

  /** The categories of this photographer's plans, with their booking questions. */
  public java.util.List<CategoryView> getPlanCategories() {
    var ids = getPage().profile().plans().stream().map(PlanView::categoryId).distinct().toList();
    return catalog.allCategories(ui.getLanguage()).stream()
        .filter(c -> ids.contains(c.id()))
        .toList();
  }

  /** Plan id → category id, as JSON for booking-fields.js. */
  public String getPlanCategoriesJson() {
    var json = jakarta.json.Json.createObjectBuilder();
    getPage().profile().plans().forEach(p -> json.add(p.id(), p.categoryId()));
    return json.build().toString();
  }

  public PlanView plan(String planIdToFind) {
    return getPage().profile().plans().stream()
        .filter(p -> p.id().equals(planIdToFind))
        .findFirst()
        .orElse(null);
  }

  public String getBackupDate() {
    return backupDate;
  }

  public void setBackupDate(String backupDate) {
    this.backupDate = backupDate;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPlanId() {
    return planId;
  }

  public void setPlanId(String planId) {
    this.planId = planId;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
