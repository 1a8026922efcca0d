/**
 * Reviews: after a booking completes, each side may review the other; both stay hidden until both
 * have written or the tenant's window has passed (double-blind); the photographer may reply;
 * published customer reviews feed the photographer's rating.
 */
package io.shutterport.review;
