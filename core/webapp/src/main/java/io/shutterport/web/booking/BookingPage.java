package io.shutterport.web.booking;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Cancellation;
import io.shutterport.booking.Terms;
import io.shutterport.booking.Transition;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.identity.IdentityService;
import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.payment.LedgerLine;
import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PaymentView;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.review.ReviewForm;
import io.shutterport.review.ReviewService;
import io.shutterport.review.ReviewView;
import io.shutterport.spi.Money;
import io.shutterport.spi.payment.EmbeddedCheckout;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** One booking: its state, actions, payment, conversation and photos. */
@Named("bookingPage")
@ViewScoped
public class BookingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BookingService bookings;
  @Inject PaymentService payments;
  @Inject io.shutterport.gallery.GalleryLifecycle lifecycle;
  @Inject io.shutterport.gallery.GallerySharing sharing;
  @Inject MessagingService messaging;
  @Inject GalleryService gallery;
  @Inject CatalogService catalog;
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;
  @Inject ReviewService reviews;
  @Inject io.shutterport.tenant.TenantPlugins tenantPlugins;
  @Inject io.shutterport.tenant.TenantService tenants;
  @Inject io.shutterport.platform.tenancy.TenantContext tenantContext;
  @Inject io.shutterport.booking.CategoryAnswers categoryAnswers;
  @Inject io.shutterport.web.platform.Ui ui;

  private String id;
  private String message;
  private String cancelReason = "CHANGE_OF_PLANS";
  private boolean cancelAsCredit;
  private String termsDate;
  private String termsTime;
  private String termsPrice;
  private String tipAmount;
  private Integer reviewStars = 5;
  private String reviewBody;
  private String replyBody;
  private String disputeReason;
  private transient List<Part> files;
  private transient Snapshot snapshot;
  private transient List<ReviewView> reviewsShown; // read with the snapshot's request, when asked

  /**
   * What the page shows of the booking, read once per request: EL asks for it many times while
   * rendering. An action that changes the booking drops it.
   */
  private transient Optional<EmbeddedCheckout> checkout;

  private transient List<PhotoView> photos;
  private transient io.shutterport.gallery.SelectionView selection;
  private transient Quote quote;

  /** A cancellation quote, read once per request for what was asked. */
  private record Quote(
      Cancellation asked, io.shutterport.booking.CancellationPolicy.Outcome outcome) {}

  private record Snapshot(Object request, Actor role, BookingRow row, PaymentView payment) {}

  public void load() throws IOException {
    try {
      snapshot();
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private Snapshot snapshot() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (snapshot == null || snapshot.request() != request) {
      reviewsShown = null; // read once per request, when asked
      photos = null;
      selection = null;
      quote = null;
      String me = currentUser.id();
      snapshot =
          new Snapshot(
              request,
              bookings.roleIn(me, id),
              BookingsPage.withNames(identity, List.of(bookings.forParty(me, id))).get(0),
              payments.ofBooking(me, id).orElse(null));
    }
    return snapshot;
  }

  public BookingView getBooking() {
    return snapshot().row().booking();
  }

  public BookingRow getRow() {
    return snapshot().row();
  }

  public String getRole() {
    return snapshot().role().name();
  }

  /** Whether the caller is one of the booking's two parties (operators read chats by dispute). */
  public boolean isParty() {
    return snapshot().role() == Actor.CUSTOMER || snapshot().role() == Actor.PHOTOGRAPHER;
  }

  public String getMe() {
    return currentUser.id();
  }

  /** The category's side of the booking: answers, suggested shots, price hint. */
  public CategoryDetails getCategoryDetails() {
    BookingView booking = getBooking();
    String language = localizer.language();
    var category = tenantPlugins.anyCategory(booking.categoryId());
    if (category.isEmpty()) {
      return new CategoryDetails(List.of(), List.of(), null);
    }
    List<CategoryDetails.Answer> answers = new java.util.ArrayList<>();
    for (var field : category.get().bookingFields()) {
      String value = booking.details().get(field.name());
      if (value == null) {
        continue;
      }
      String shown =
          field.choices().stream()
              .filter(c -> c.value().equals(value))
              .map(c -> c.label().in(language))
              .findFirst()
              .orElse(value);
      answers.add(new CategoryDetails.Answer(field.name(), field.label().in(language), shown));
    }
    String hint = null;
    try {
      var zone = tenants.byId(tenantContext.require()).zone();
      hint =
          categoryAnswers
              .hint(
                  booking.categoryId(),
                  booking.details(),
                  booking.startsAt().atZone(zone).toLocalDate(),
                  getPlan().price())
              .map(h -> ui.money(h.amount()) + " — " + h.reason().in(language))
              .orElse(null);
    } catch (RuntimeException e) {
      hint = null; // a hint is a courtesy: a failing plugin must not break the booking page
    }
    return new CategoryDetails(
        answers, category.get().shotList().stream().map(t -> t.in(language)).toList(), hint);
  }

  public PlanView getPlan() {
    return catalog.plan(getBooking().planId());
  }

  public PaymentView getPayment() {
    return snapshot().payment();
  }

  /** The customer's credit in the booking's currency, used first when they pay; null if none. */
  public Money getCredit() {
    if (!"CUSTOMER".equals(getRole())) {
      return null;
    }
    String currency = getBooking().price().currency();
    return payments.credits(currentUser.id()).stream()
        .filter(m -> m.currency().equals(currency))
        .findFirst()
        .orElse(null);
  }

  /**
   * The payment plugin's card form, when the customer has a card payment waiting for their card
   * details; null otherwise.
   */
  public EmbeddedCheckout getCheckout() {
    PaymentView payment = getPayment();
    if (!"CUSTOMER".equals(getRole())
        || payment == null
        || !"REQUIRES_ACTION".equals(payment.status())
        || payment.clientToken() == null) {
      return null;
    }
    if (checkout == null) {
      checkout = payments.checkout();
    }
    return checkout.orElse(null);
  }

  /**
   * Whether the customer may pay now: an accepted booking, or a request not answered yet when the
   * marketplace takes cards (authorised now, charged when the photographer accepts).
   */
  public boolean isPayable() {
    if (!"CUSTOMER".equals(getRole()) || getPayment() != null) {
      return false;
    }
    if (isStatus("ACCEPTED")) {
      return true;
    }
    if (!isStatus("REQUESTED")) {
      return false;
    }
    if (checkout == null) {
      checkout = payments.checkout();
    }
    return checkout.isPresent();
  }

  public String getPaymentInstructions() {
    PaymentView payment = getPayment();
    return payment == null ? null : payment.instructions(localizer.language());
  }

  public List<MessageView> getMessages() {
    if (!isParty()) {
      return List.of();
    }
    return messaging.conversation(currentUser.id(), id);
  }

  public List<PhotoView> getPhotos() {
    snapshot();
    if (photos == null) {
      photos = gallery.ofBooking(currentUser.id(), id);
    }
    return photos;
  }

  /** The customer's selection and the downloads' sizes; null before any photo is delivered. */
  public io.shutterport.gallery.SelectionView getSelection() {
    snapshot();
    if (selection == null && !getPhotos().isEmpty()) {
      selection = gallery.selection(currentUser.id(), id);
    }
    return selection;
  }

  /** The customer sends their selection to the photographer. */
  public String submitSelection() {
    return change(() -> gallery.submitSelection(currentUser.id(), id));
  }

  /** Whether the uploader sends photos straight to storage. */
  public boolean isDirectUploads() {
    return gallery.directUploads();
  }

  /** The delivered gallery's life; null before the first delivery. */
  public io.shutterport.gallery.GalleryState getGallery() {
    try {
      return lifecycle.state(currentUser.id(), id);
    } catch (NotFoundException e) {
      return null;
    }
  }

  private String sharePin;
  private String sharedLink;

  public String getSharePin() {
    return sharePin;
  }

  public void setSharePin(String sharePin) {
    this.sharePin = sharePin;
  }

  /** The guest link made by {@link #share}, shown once. */
  public String getSharedLink() {
    return sharedLink;
  }

  /** The customer shares the gallery with family under a PIN. */
  public String share() {
    return actions.run(
        () -> {
          var link = sharing.share(currentUser.id(), id, sharePin);
          ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
          sharedLink =
              context.getRequestScheme()
                  + "://"
                  + context.getRequestHeaderMap().get("Host")
                  + link.path();
          sharePin = null;
          return null;
        });
  }

  public String restoreGallery() {
    return change(() -> lifecycle.restore(currentUser.id(), id));
  }

  /** The customer stars (or unstars) a delivered photo. */
  public String favourite(String photoId, boolean chosen) {
    return change(() -> gallery.select(currentUser.id(), photoId, chosen));
  }

  public boolean isStatus(String status) {
    return status.equals(getBooking().status());
  }

  /** Whether the viewer may download originals: the customer only after accepting (検収). */
  public boolean isOriginalsOpen() {
    return !"CUSTOMER".equals(String.valueOf(getRole())) || isStatus("COMPLETED");
  }

  public String accept() {
    return move(Transition.ACCEPT);
  }

  public String decline() {
    return move(Transition.DECLINE);
  }

  public String cancel() {
    return change(
        () ->
            bookings.cancel(currentUser.id(), id, new Cancellation(cancelReason, cancelAsCredit)));
  }

  public String confirm() {
    return move(Transition.CONFIRM);
  }

  public String complete() {
    return move(Transition.COMPLETE);
  }

  public String offer() {
    return change(
        () ->
            bookings.propose(
                currentUser.id(),
                id,
                Transition.OFFER,
                new Terms(termsDate, termsTime, termsPrice)));
  }

  public String counter() {
    return change(
        () ->
            bookings.propose(
                currentUser.id(),
                id,
                Transition.COUNTER,
                new Terms(termsDate, termsTime, termsPrice)));
  }

  public String askReschedule() {
    return change(
        () -> bookings.askReschedule(currentUser.id(), id, new Terms(termsDate, termsTime, null)));
  }

  public String approveReschedule() {
    return change(() -> bookings.answerReschedule(currentUser.id(), id, true));
  }

  public String rejectReschedule() {
    return change(() -> bookings.answerReschedule(currentUser.id(), id, false));
  }

  public String useBackup() {
    return change(() -> bookings.useBackup(currentUser.id(), id));
  }

  public String tip() {
    return change(() -> payments.tip(currentUser.id(), id, tipAmount));
  }

  public String review() {
    return change(
        () -> reviews.write(currentUser.id(), id, new ReviewForm(reviewStars, reviewBody)));
  }

  public String reply() {
    return actions.run(
        () -> {
          reviews.reply(currentUser.id(), id, replyBody);
          snapshot = null;
          return null;
        },
        field -> "body".equals(field) ? "reply:body" : null);
  }

  /** Opens a dispute: the marketplace's operators see it with the reason and the chat. */
  public String dispute() {
    return actions.run(
        () -> {
          bookings.dispute(currentUser.id(), id, disputeReason);
          snapshot = null;
          return null;
        },
        field -> "reason".equals(field) ? "dispute:reason" : null);
  }

  /** Whether the photographer may answer the customer's published review (once). */
  public boolean isCanReply() {
    return "PHOTOGRAPHER".equals(getRole())
        && getReviews().stream()
            .anyMatch(
                r ->
                    "CUSTOMER_TO_PHOTOGRAPHER".equals(r.direction())
                        && r.publishedAt() != null
                        && r.reply() == null);
  }

  /** Whether a party may open a dispute: once the booking has money or a shoot behind it. */
  public boolean isCanDispute() {
    boolean party = "CUSTOMER".equals(getRole()) || "PHOTOGRAPHER".equals(getRole());
    return party
        && getBooking().disputedAt() == null
        && (isStatus("PAID")
            || isStatus("CONFIRMED")
            || isStatus("SHOT")
            || isStatus("DELIVERED")
            || isStatus("COMPLETED")
            || isStatus("REFUNDED"));
  }

  public String getDisputeReason() {
    return disputeReason;
  }

  public void setDisputeReason(String disputeReason) {
    this.disputeReason = disputeReason;
  }

  /** Whether the signed-in party may cancel now (operators use the API). */
  public boolean isCanCancel() {
    String status = getBooking().status();
    boolean customer = "CUSTOMER".equals(getRole());
    boolean photographer = "PHOTOGRAPHER".equals(getRole());
    return switch (status) {
      case "INQUIRY", "REQUESTED", "COUNTERED" -> customer;
      case "OFFERED" -> photographer;
      case "ACCEPTED", "PAID", "CONFIRMED" -> customer || photographer;
      default -> false;
    };
  }

  /** Whether the shoot's time may still move (reschedule, backup date). */
  public boolean isMovable() {
    return isStatus("ACCEPTED") || isStatus("PAID") || isStatus("CONFIRMED");
  }

  /** A reschedule the other party asked for waits for this user's answer. */
  public boolean isRescheduleForMe() {
    String asker = getBooking().rescheduleAskedBy();
    return asker != null && !asker.equals(getRole()) && !"OPERATOR".equals(getRole());
  }

  public List<LedgerLine> getLedger() {
    return "OPERATOR".equals(getRole()) ? payments.ledger(currentUser.id(), id) : List.of();
  }

  /**
   * The booking's reviews the caller may see, read once per request (the panel and its forms ask).
   */
  public List<ReviewView> getReviews() {
    snapshot();
    if (reviewsShown == null) {
      reviewsShown = reviews.ofBooking(currentUser.id(), id);
    }
    return reviewsShown;
  }

  private String change(Runnable action) {
    return actions.run(
        () -> {
          action.run();
          snapshot = null;
          return null;
        });
  }

  public String pay() {
    return actions.run(
        () -> {
          payments.pay(currentUser.id(), id);
          snapshot = null;
          // Post, then get: the card form's page is a plain GET, which the form may reload.
          return "/booking?faces-redirect=true&id=" + id;
        });
  }

  public String send() {
    return actions.run(
        () -> {
          messaging.post(currentUser.id(), id, message);
          message = null;
          return null;
        });
  }

  public String upload() {
    if (files == null || files.isEmpty()) {
      actions.error("form:files", localizer.message("upload.none"));
      return null;
    }
    int stored = 0;
    for (Part part : files) {
      try (InputStream in = part.getInputStream()) {
        gallery.deliver(currentUser.id(), id, in);
        stored++;
      } catch (ShutterportException e) {
        actions.error(null, localizer.message(e.messageKey(), e.args()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (stored > 0) {
      actions.error(null, localizer.message("upload.stored", stored));
    }
    snapshot = null;
    return null;
  }

  private String move(Transition transition) {
    return actions.run(
        () -> {
          bookings.transition(currentUser.id(), id, transition);
          snapshot = null;
          return null;
        });
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /**
   * What cancelling now gives back for the chosen reason (and credit choice), shown beside the
   * cancel button; null when nothing was paid.
   */
  public io.shutterport.booking.CancellationPolicy.Outcome getCancelQuote() {
    snapshot();
    Cancellation asked = new Cancellation(cancelReason, cancelAsCredit);
    if (quote == null || !quote.asked().equals(asked)) {
      quote =
          new Quote(
              asked,
              actions.get(
                  () -> bookings.cancellationQuote(currentUser.id(), id, asked).orElse(null),
                  null));
    }
    return quote.outcome();
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public boolean isCancelAsCredit() {
    return cancelAsCredit;
  }

  public void setCancelAsCredit(boolean cancelAsCredit) {
    this.cancelAsCredit = cancelAsCredit;
  }

  public String getTermsDate() {
    return termsDate;
  }

  public void setTermsDate(String termsDate) {
    this.termsDate = termsDate;
  }

  public String getTermsTime() {
    return termsTime;
  }

  public void setTermsTime(String termsTime) {
    this.termsTime = termsTime;
  }

  public String getTermsPrice() {
    return termsPrice;
  }

  public void setTermsPrice(String termsPrice) {
    this.termsPrice = termsPrice;
  }

  public String getTipAmount() {
    return tipAmount;
  }

  public void setTipAmount(String tipAmount) {
    this.tipAmount = tipAmount;
  }

  public Integer getReviewStars() {
    return reviewStars;
  }

  public void setReviewStars(Integer reviewStars) {
    this.reviewStars = reviewStars;
  }

  public String getReviewBody() {
    return reviewBody;
  }

  public void setReviewBody(String reviewBody) {
    this.reviewBody = reviewBody;
  }

  public String getReplyBody() {
    return replyBody;
  }

  public void setReplyBody(String replyBody) {
    this.replyBody = replyBody;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
