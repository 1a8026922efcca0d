package io.shutterport.web.gallery;

import io.shutterport.gallery.GalleryService;
import io.shutterport.gallery.GallerySharing;
import io.shutterport.gallery.PhotoContent;
import io.shutterport.gallery.PhotoView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A gallery shared by its customer, as guests (no account) see it: a PIN gives a grant, the grant
 * opens the gallery's thumbnails and previews. Unknown links and grants are 404, wrong PINs and
 * closed galleries 403.
 */
@Path("galleries")
@RequestScoped
@PermitAll
public class SharedGalleryResource {
  @Inject GallerySharing sharing;
  @Inject GalleryService gallery;

  /**
   * What a guest enters.
   *
   * @param pin the PIN the customer gave them
   */
  public record UnlockForm(String pin) {}

  @POST
  @Path("{token}/unlock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public GallerySharing.Grant unlock(@PathParam("token") String token, UnlockForm form) {
    return sharing.unlock(token, form == null ? null : form.pin());
  }

  @GET
  @Path("{token}/photos")
  @Produces(MediaType.APPLICATION_JSON)
  public List<PhotoView> photos(
      @PathParam("token") String token, @QueryParam("grant") String grant) {
    return gallery.sharedPhotos(token, grant);
  }

  @GET
  @Path("{token}/photos/{photoId}/{kind: preview|thumbnail}")
  public Response image(
      @PathParam("token") String token,
      @PathParam("photoId") String photoId,
      @PathParam("kind") String kind,
      @QueryParam("grant") String grant) {
    PhotoContent content = gallery.sharedImage(token, grant, photoId, "preview".equals(kind));
    return PhotoResource.send(content, null, null, "inline", "private, no-store"); // grant in URL
  }
}
