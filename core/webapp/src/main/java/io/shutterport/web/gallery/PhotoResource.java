package io.shutterport.web.gallery;

import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.PhotoContent;
import io.shutterport.web.security.CurrentUser;
import io.shutterport.web.security.SessionUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/** Photo bytes: thumbnails (cacheable) and originals (byte-identical to the upload). */
@Path("photos")
@RequestScoped
public class PhotoResource {
  @Inject GalleryService gallery;
  @Inject CurrentUser currentUser;

  @GET
  @Path("{id}/thumbnail")
  @PermitAll
  public Response thumbnail(
      @PathParam("id") String id,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @HeaderParam("If-Modified-Since") String ifModifiedSince) {
    String userId = currentUser.get().map(SessionUser::userId).orElse(null);
    PhotoContent content = gallery.thumbnail(userId, id);
    return send(
        content, ifNoneMatch, ifModifiedSince, "inline", "private, max-age=31536000, immutable");
  }

  /**
   * The 2048 px preview. Not immutable: a customer's watermarked preview becomes the clean one when
   * they accept the delivery, so browsers revalidate (the ETag makes that a 304).
   */
  @GET
  @Path("{id}/preview")
  @PermitAll
  public Response preview(
      @PathParam("id") String id,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @HeaderParam("If-Modified-Since") String ifModifiedSince) {
    String userId = currentUser.get().map(SessionUser::userId).orElse(null);
    PhotoContent content = gallery.preview(userId, id);
    return send(content, ifNoneMatch, ifModifiedSince, "inline", "private, no-cache");
  }

  /** The customer adds a delivered photo to their favourites; DELETE takes it out again. */
  @jakarta.ws.rs.PUT
  @Path("{id}/favourite")
  @RolesAllowed("CUSTOMER")
  @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
  public io.shutterport.gallery.PhotoView favourite(@PathParam("id") String id) {
    return gallery.select(currentUser.id(), id, true);
  }

  @jakarta.ws.rs.DELETE
  @Path("{id}/favourite")
  @RolesAllowed("CUSTOMER")
  @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
  public io.shutterport.gallery.PhotoView unfavourite(@PathParam("id") String id) {
    return gallery.select(currentUser.id(), id, false);
  }

  @GET
  @Path("{id}/original")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER", "OPERATOR"})
  public Response original(
      @PathParam("id") String id,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @HeaderParam("Range") String range) {
    // Originals never change under their id, so If-Range needs no check: any part is current.
    PhotoContent content;
    try {
      content = gallery.original(currentUser.id(), id, total -> RangeHeader.of(range, total));
    } catch (RangeHeader.Unsatisfiable e) {
      return Response.status(416).header("Content-Range", "bytes */" + e.total).build();
    }
    return send(content, ifNoneMatch, null, "attachment", "private, no-cache");
  }

  /**
   * A signed URL to download the original straight from storage (5 minutes); 404 when the
   * marketplace's storage cannot sign URLs — then use {@code /original}.
   */
  @GET
  @Path("{id}/original-url")
  @RolesAllowed({"CUSTOMER", "PHOTOGRAPHER", "OPERATOR"})
  @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
  public io.shutterport.gallery.SignedUrl originalUrl(@PathParam("id") String id) {
    return gallery
        .originalUrl(currentUser.id(), id)
        .orElseThrow(() -> new io.shutterport.platform.error.NotFoundException("download link"));
  }

  /**
   * Sends photo bytes with validators: the ETag is the object's SHA-256, Last-Modified its storage
   * time. If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
   */
  static Response send(
      PhotoContent content,
      String ifNoneMatch,
      String ifModifiedSince,
      String disposition,
      String cacheControl) {
    String etag = "\"" + content.sha256() + "\"";
    String lastModified =
        content.lastModified() == null
            ? null
            : java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                content.lastModified().atOffset(java.time.ZoneOffset.UTC));
    boolean notModified =
        ifNoneMatch != null
            ? etag.equals(ifNoneMatch)
            : notModifiedSince(ifModifiedSince, content.lastModified());
    if (notModified) {
      close(content.stream());
      return Response.notModified()
          .header("ETag", etag)
          .header("Last-Modified", lastModified)
          .build();
    }
    StreamingOutput body =
        out -> {
          try (InputStream in = content.stream()) {
            in.transferTo(out);
          }
        };
    Response.ResponseBuilder response =
        content.partial()
            ? Response.status(206)
                .entity(body)
                .type(content.contentType())
                .header(
                    "Content-Range",
                    "bytes "
                        + content.first()
                        + "-"
                        + (content.first() + content.length() - 1)
                        + "/"
                        + content.total())
            : Response.ok(body, content.contentType());
    return response
        .header("Accept-Ranges", "bytes")
        .header("Content-Length", content.length())
        .header("ETag", etag)
        .header("Last-Modified", lastModified)
        .header("Cache-Control", cacheControl)
        .header(
            "Content-Disposition", disposition + "; filename=\"" + content.downloadName() + "\"")
        .build();
  }

  private static boolean notModifiedSince(String header, java.time.Instant modified) {
    if (header == null || modified == null) {
      return false;
    }
    try {
      java.time.Instant since =
          java.time.ZonedDateTime.parse(
                  header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      return !modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
    } catch (java.time.format.DateTimeParseException e) {
      return false; // an unreadable date is ignored, as RFC 9110 says
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (java.io.IOException ignored) {
      // nothing was sent from it
    }
  }
}
