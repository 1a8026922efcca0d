package io.shutterport.web.catalog;

import io.shutterport.catalog.ProfileView;
import io.shutterport.gallery.PhotoView;
import java.util.List;

/**
 * A photographer's public page.
 *
 * @param profile the profile and plans
 * @param portfolio the portfolio photos (thumbnails only)
 */
public record PhotographerPage(ProfileView profile, List<PhotoView> portfolio) {}
