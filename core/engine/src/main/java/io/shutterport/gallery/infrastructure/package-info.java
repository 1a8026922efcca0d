/** JPA access to photos. */
package io.shutterport.gallery.infrastructure;
