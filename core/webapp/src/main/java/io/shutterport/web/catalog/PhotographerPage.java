package io.shutterport.web.catalog;

import io.shutterport.catalog.ProfileView;
import io.shutterport.gallery.PhotoView;
import io.shutterport.review.ReviewView;
import java.util.List;

/**
 * A photographer's public page.
 *
 * @param profile the profile and plans
 * @param portfolio the portfolio photos (thumbnails only)
 * @param reviews customers' published reviews of them with their replies, newest first
 */
public record PhotographerPage(
    ProfileView profile, List<PhotoView> portfolio, List<ReviewView> reviews) {}
