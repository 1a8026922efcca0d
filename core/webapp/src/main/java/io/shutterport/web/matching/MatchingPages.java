package io.shutterport.web.matching;

import io.shutterport.booking.BookingView;
import io.shutterport.matching.AutoBooking;
import io.shutterport.matching.MatchingService;
import io.shutterport.matching.ProposalForm;
import io.shutterport.matching.ShootRequestForm;
import io.shutterport.matching.ShootRequestService;
import io.shutterport.matching.ShootRequestView;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The おまかせ form and the shoot-request pages. */
@Named("matchingPages")
@RequestScoped
public class MatchingPages {
  @Inject MatchingService matching;
  @Inject ShootRequestService requests;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;

  private String category;
  private String prefecture;
  private String city;
  private String date;
  private String startTime = "10:00";
  private Integer durationMinutes = 60;
  private String budget;
  private String note;
  private String proposalPrice;
  private String proposalMessage;
  private List<ShootRequestView> list;

  public String omakase() {
    return actions.run(
        () -> {
          BookingView booking =
              matching.auto(
                  currentUser.id(),
                  new AutoBooking(
                      category,
                      prefecture,
                      city,
                      date,
                      startTime,
                      budget,
                      note,
                      io.shutterport.web.catalog.DetailParams.of(category)));
          redirect("/booking?id=" + booking.id());
          return null;
        });
  }

  public String postRequest() {
    return actions.run(
        () -> {
          requests.post(
              currentUser.id(),
              new ShootRequestForm(
                  category, prefecture, city, date, startTime, durationMinutes, budget, note));
          redirect("/requests");
          return null;
        });
  }

  public String propose(String requestId) {
    return actions.run(
        () -> {
          requests.propose(
              currentUser.id(), requestId, new ProposalForm(proposalPrice, proposalMessage));
          redirect("/requests");
          return null;
        });
  }

  public String accept(String requestId, String proposalId) {
    return actions.run(
        () -> {
          BookingView booking = requests.accept(currentUser.id(), requestId, proposalId);
          redirect("/booking?id=" + booking.id());
          return null;
        });
  }

  /** The customer's own requests, or the open ones a photographer can answer. */
  public List<ShootRequestView> getRequests() {
    if (list == null) {
      list =
          currentUser.hasRole("CUSTOMER")
              ? requests.mine(currentUser.id())
              : requests.forPhotographer(currentUser.id());
    }
    return list;
  }

  private static void redirect(String path) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
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

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getProposalPrice() {
    return proposalPrice;
  }

  public void setProposalPrice(String proposalPrice) {
    this.proposalPrice = proposalPrice;
  }

  public String getProposalMessage() {
    return proposalMessage;
  }

  public void setProposalMessage(String proposalMessage) {
    this.proposalMessage = proposalMessage;
  }
}
