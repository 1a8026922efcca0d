/** Message rows. */
package io.shutterport.messaging.domain;
