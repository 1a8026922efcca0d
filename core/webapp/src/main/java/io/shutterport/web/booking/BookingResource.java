package io.shutterport.web.booking;

import io.shutterport.booking.BookingRequest;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Cancellation;
import io.shutterport.booking.Terms;
import io.shutterport.booking.Transition;
import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoView;
import io.shutterport.gallery.ResumableUploads;
import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PaymentView;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.review.ReviewForm;
import io.shutterport.review.ReviewService;
import io.shutterport.review.ReviewView;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/** A user's bookings, and everything that happens on one. */
@Path("bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "PHOTOGRAPHER", "OPERATOR"})
public class BookingResource {
  @Inject BookingService bookings;
  @Inject PaymentService payments;
  @Inject GalleryService gallery;
  @Inject ResumableUploads resumable;
  @Inject io.shutterport.gallery.GalleryLifecycle lifecycle;
  @Inject io.shutterport.gallery.GallerySharing sharing;
  @Inject CurrentUser currentUser;
  @Inject ReviewService reviews;

  @POST
  @RolesAllowed("CUSTOMER")
  public Response request(BookingRequest request) {
    if (request == null) {
      throw InvalidInputException.of("planId", "validation.plan");
    }
    BookingView booking = bookings.request(currentUser.id(), request);
    return Response.status(201).entity(booking).build();
  }

  /** Asks a photographer about a shoot without booking it; they answer with an offer. */
  @POST
  @Path("inquiries")
  @RolesAllowed("CUSTOMER")
  public Response inquire(BookingRequest request) {
    BookingView booking = bookings.inquire(currentUser.id(), request);
    return Response.status(201).entity(booking).build();
  }

  @GET
  public List<BookingView> mine() {
    return bookings.mine(currentUser.id());
  }

  @GET
  @Path("{id}")
  public BookingView get(@PathParam("id") String id) {
    return bookings.forParty(currentUser.id(), id);
  }

  @POST
  @Path("{id}/{transition: accept|decline|confirm|shoot|complete}")
  public BookingView move(@PathParam("id") String id, @PathParam("transition") String transition) {
    return bookings.transition(
        currentUser.id(), id, Transition.valueOf(transition.toUpperCase(java.util.Locale.ROOT)));
  }

  /** Cancels; a body may give the reason and ask for credit instead of a refund. */
  @POST
  @Path("{id}/cancel")
  public BookingView cancel(@PathParam("id") String id, Cancellation cancellation) {
    return bookings.cancel(currentUser.id(), id, cancellation);
  }

  /**
   * What cancelling now would give back under the booking's policy, before anyone confirms: the fee
   * kept, the refund to the card or account, and the credit. 404 when nothing was paid.
   */
  @GET
  @Path("{id}/cancellation")
  public io.shutterport.booking.CancellationPolicy.Outcome cancellation(
      @PathParam("id") String id,
      @jakarta.ws.rs.QueryParam("reason") String reason,
      @jakarta.ws.rs.QueryParam("asCredit") boolean asCredit) {
    return bookings
        .cancellationQuote(currentUser.id(), id, new Cancellation(reason, asCredit))
        .orElseThrow(() -> new io.shutterport.platform.error.NotFoundException("payment"));
  }

  /** The photographer's offer (answering an inquiry or a counter-offer). */
  @POST
  @Path("{id}/offer")
  @RolesAllowed("PHOTOGRAPHER")
  public BookingView offer(@PathParam("id") String id, Terms terms) {
    return bookings.propose(currentUser.id(), id, Transition.OFFER, terms);
  }

  /** The customer's counter-offer. */
  @POST
  @Path("{id}/counter")
  @RolesAllowed("CUSTOMER")
  public BookingView counter(@PathParam("id") String id, Terms terms) {
    return bookings.propose(currentUser.id(), id, Transition.COUNTER, terms);
  }

  /** One party asks to move the shoot (date and start time of the body). */
  @POST
  @Path("{id}/reschedule")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public BookingView reschedule(@PathParam("id") String id, Terms terms) {
    return bookings.askReschedule(currentUser.id(), id, terms);
  }

  @POST
  @Path("{id}/reschedule/{answer: approve|reject}")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public BookingView answerReschedule(
      @PathParam("id") String id, @PathParam("answer") String answer) {
    return bookings.answerReschedule(currentUser.id(), id, "approve".equals(answer));
  }

  /**
   * A tip or a reply.
   *
   * @param amount a decimal amount (tips)
   * @param body the text (replies)
   */
  public record TextBody(String amount, String body) {}

  /** The customer tips the photographer after delivery (おひねり). */
  @POST
  @Path("{id}/tip")
  @RolesAllowed("CUSTOMER")
  public PaymentView tip(@PathParam("id") String id, TextBody body) {
    return payments.tip(currentUser.id(), id, body == null ? null : body.amount());
  }

  /** A party reviews the other after completion; hidden until both wrote or the window ends. */
  @POST
  @Path("{id}/reviews")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public Response review(@PathParam("id") String id, ReviewForm form) {
    return Response.status(201).entity(reviews.write(currentUser.id(), id, form)).build();
  }

  @GET
  @Path("{id}/reviews")
  public List<ReviewView> reviews(@PathParam("id") String id) {
    return reviews.ofBooking(currentUser.id(), id);
  }

  @POST
  @Path("{id}/reviews/reply")
  @RolesAllowed("PHOTOGRAPHER")
  public ReviewView reply(@PathParam("id") String id, TextBody body) {
    return reviews.reply(currentUser.id(), id, body == null ? null : body.body());
  }

  /** Rain: the shoot moves to its backup date. */
  @POST
  @Path("{id}/backup")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public BookingView useBackup(@PathParam("id") String id) {
    return bookings.useBackup(currentUser.id(), id);
  }

  /** The delivered gallery's life: open until when, or closed, archived, being restored. */
  @GET
  @Path("{id}/gallery")
  public io.shutterport.gallery.GalleryState gallery(@PathParam("id") String id) {
    return lifecycle.state(currentUser.id(), id);
  }

  /** The customer's selection of the delivered photos (count, limit, submitted) and ZIP sizes. */
  @GET
  @Path("{id}/selection")
  public io.shutterport.gallery.SelectionView selection(@PathParam("id") String id) {
    return gallery.selection(currentUser.id(), id);
  }

  /** The customer submits their selection: it no longer changes and the photographer sees it. */
  @POST
  @Path("{id}/selection")
  @RolesAllowed("CUSTOMER")
  public io.shutterport.gallery.SelectionView submitSelection(@PathParam("id") String id) {
    return gallery.submitSelection(currentUser.id(), id);
  }

  /**
   * A PIN of 4–8 digits.
   *
   * @param pin the PIN guests will enter
   */
  public record ShareForm(String pin) {}

  /** The customer shares the gallery with a link and a PIN (a new call replaces the old link). */
  @POST
  @Path("{id}/gallery/share")
  @RolesAllowed("CUSTOMER")
  public Response share(@PathParam("id") String id, ShareForm form) {
    return Response.status(201)
        .entity(sharing.share(currentUser.id(), id, form == null ? null : form.pin()))
        .build();
  }

  @jakarta.ws.rs.DELETE
  @Path("{id}/gallery/share")
  @RolesAllowed("CUSTOMER")
  public Response unshare(@PathParam("id") String id) {
    sharing.unshare(currentUser.id(), id);
    return Response.noContent().build();
  }

  /** The customer (or an operator) asks for a closed gallery back. */
  @POST
  @Path("{id}/gallery/restore")
  @RolesAllowed({"CUSTOMER", "OPERATOR"})
  public io.shutterport.gallery.GalleryState restoreGallery(@PathParam("id") String id) {
    return lifecycle.restore(currentUser.id(), id);
  }

  /**
   * The booking's photos as one ZIP, streamed as it is written (all photos, or {@code
   * ?selection=favourites} for the customer's choice). Originals inside are byte-identical.
   */
  @GET
  @Path("{id}/photos.zip")
  @Produces("application/zip")
  public Response zip(
      @PathParam("id") String id, @jakarta.ws.rs.QueryParam("selection") String selection) {
    if (selection != null && !"favourites".equals(selection) && !"all".equals(selection)) {
      throw InvalidInputException.of("selection", "validation.selection");
    }
    io.shutterport.gallery.GalleryZip zip =
        gallery.zip(currentUser.id(), id, "favourites".equals(selection));
    jakarta.ws.rs.core.StreamingOutput body = zip::writeTo;
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("{id}/payment")
  @RolesAllowed("CUSTOMER")
  public PaymentView pay(@PathParam("id") String id) {
    return payments.pay(currentUser.id(), id);
  }

  @GET
  @Path("{id}/payment")
  public PaymentView payment(@PathParam("id") String id) {
    return payments
        .ofBooking(currentUser.id(), id)
        .orElseThrow(() -> new NotFoundException("payment"));
  }

  /**
   * Why a party asks the operator to step in.
   *
   * @param reason what went wrong
   */
  public record DisputeBody(String reason) {}

  /** A party asks the operator to look into the booking; the operator may then read the chat. */
  @POST
  @Path("{id}/dispute")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
  public BookingView dispute(@PathParam("id") String id, DisputeBody body) {
    return bookings.dispute(currentUser.id(), id, body == null ? null : body.reason());
  }

  @GET
  @Path("{id}/photos")
  public List<PhotoView> photos(@PathParam("id") String id) {
    return gallery.ofBooking(currentUser.id(), id);
  }

  /** Upload one photo as the raw request body; its type is decided by its bytes. */
  @POST
  @Path("{id}/photos")
  @RolesAllowed("PHOTOGRAPHER")
  @Consumes(MediaType.WILDCARD)
  public Response upload(@PathParam("id") String id, InputStream body) {
    PhotoView photo = gallery.deliver(currentUser.id(), id, body);
    return Response.status(201).entity(photo).build();
  }

  /** What a browser announces before uploading a photo to storage itself. */
  public record DirectUploadForm(String contentType, Long length) {}

  /** The completion of a direct upload: the SHA-256 of the bytes sent. */
  public record CompletionForm(String sha256) {}

  /** Start a direct upload (storage that can presign only): answers where to PUT the bytes. */
  @POST
  @Path("{id}/uploads")
  @RolesAllowed("PHOTOGRAPHER")
  public Response startUpload(@PathParam("id") String id, DirectUploadForm form) {
    DirectUploadForm f = form == null ? new DirectUploadForm(null, null) : form;
    return Response.status(201)
        .entity(gallery.startDirectUpload(currentUser.id(), id, f.contentType(), f.length()))
        .build();
  }

  /** Complete a direct upload: the photo is delivered once its bytes and SHA-256 check out. */
  @POST
  @Path("{id}/uploads/{uploadId}/complete")
  @RolesAllowed("PHOTOGRAPHER")
  public Response completeUpload(
      @PathParam("id") String id, @PathParam("uploadId") String uploadId, CompletionForm form) {
    PhotoView photo =
        gallery.completeDirectUpload(
            currentUser.id(), id, uploadId, form == null ? null : form.sha256());
    return Response.status(201).entity(photo).build();
  }

  /**
   * A resumable upload's length.
   *
   * @param length the whole file's bytes
   */
  public record ResumableForm(Long length) {}

  /** Start a resumable upload (any storage): chunks follow with PUT …/resumable/{uploadId}. */
  @POST
  @Path("{id}/resumable")
  @RolesAllowed("PHOTOGRAPHER")
  public Response startResumable(@PathParam("id") String id, ResumableForm form) {
    return Response.status(201)
        .entity(resumable.start(currentUser.id(), id, form == null ? null : form.length()))
        .build();
  }

  /** Where a resumable upload stands: the next chunk starts at {@code received}. */
  @GET
  @Path("{id}/resumable/{uploadId}")
  @RolesAllowed("PHOTOGRAPHER")
  public ResumableUploads.Progress resumableProgress(
      @PathParam("id") String id, @PathParam("uploadId") String uploadId) {
    return resumable.progress(currentUser.id(), id, uploadId);
  }

  /**
   * One chunk of a resumable upload, starting at {@code offset}; its length is the request's
   * Content-Length.
   */
  @PUT
  @Path("{id}/resumable/{uploadId}")
  @RolesAllowed("PHOTOGRAPHER")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public ResumableUploads.Progress resumableChunk(
      @PathParam("id") String id,
      @PathParam("uploadId") String uploadId,
      @jakarta.ws.rs.QueryParam("offset") Long offset,
      @jakarta.ws.rs.HeaderParam("Content-Length") Long length,
      InputStream chunk) {
    return resumable.append(currentUser.id(), id, uploadId, offset, length, chunk);
  }

  /** Complete a resumable upload with the whole file's SHA-256: the photo is delivered. */
  @POST
  @Path("{id}/resumable/{uploadId}/complete")
  @RolesAllowed("PHOTOGRAPHER")
  public Response completeResumable(
      @PathParam("id") String id, @PathParam("uploadId") String uploadId, CompletionForm form) {
    PhotoView photo =
        resumable.complete(currentUser.id(), id, uploadId, form == null ? null : form.sha256());
    return Response.status(201).entity(photo).build();
  }
}
