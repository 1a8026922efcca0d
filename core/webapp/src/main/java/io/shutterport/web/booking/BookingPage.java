package io.shutterport.web.booking;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Transition;
import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanView;
import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.identity.IdentityService;
import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PaymentView;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
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

/** One booking: its state, actions, payment, conversation and photos. */
@Named("bookingPage")
@ViewScoped
public class BookingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BookingService bookings;
  @Inject PaymentService payments;
  @Inject MessagingService messaging;
  @Inject GalleryService gallery;
  @Inject CatalogService catalog;
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;

  private String id;
  private String message;
  private transient List<Part> files;
  private transient Snapshot snapshot;

  /**
   * What the page shows of the booking, read once per request: EL asks for it many times while
   * rendering. An action that changes the booking drops it.
   */
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

  public PlanView getPlan() {
    return catalog.plan(getBooking().planId());
  }

  public PaymentView getPayment() {
    return snapshot().payment();
  }

  public String getPaymentInstructions() {
    PaymentView payment = getPayment();
    return payment == null ? null : payment.instructions(localizer.language());
  }

  public List<MessageView> getMessages() {
    return messaging.conversation(currentUser.id(), id);
  }

  public List<PhotoView> getPhotos() {
    return gallery.ofBooking(currentUser.id(), id);
  }

  public boolean isStatus(String status) {
    return status.equals(getBooking().status());
  }

  public String accept() {
    return move(Transition.ACCEPT);
  }

  public String decline() {
    return move(Transition.DECLINE);
  }

  public String cancel() {
    return move(Transition.CANCEL);
  }

  public String pay() {
    return actions.run(
        () -> {
          payments.pay(currentUser.id(), id);
          snapshot = null;
          return null;
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
