/** The notification centre's stored rows. */
package io.shutterport.activity.domain;
