package io.shutterport.booking;

/** Why a booking is cancelled. A policy can exempt some reasons from its fee. */
public enum CancellationReason {
  CHANGE_OF_PLANS,
  WEATHER,
  CHILD_ILLNESS,
  PHOTOGRAPHER_UNAVAILABLE,
  OTHER
}
