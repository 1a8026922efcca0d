/** Conversations between a booking's customer and photographer. */
package io.shutterport.messaging;
