/** The photo aggregate, image inspection and the rules uploads must follow. */
package io.shutterport.gallery.domain;
