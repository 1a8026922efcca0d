package io.shutterport.catalog;

import java.util.List;

/**
 * A photographer's availability as they edit it (and as it is shown back).
 *
 * @param timeZone an IANA zone id, e.g. Asia/Tokyo
 * @param bufferBeforeMinutes kept free before each shoot (0–240)
 * @param bufferAfterMinutes kept free after each shoot (0–240)
 * @param minNoticeMinutes the least notice for a booking (0–43,200, i.e. 30 days)
 * @param horizonDays how many days ahead bookings are taken (1–365)
 * @param weekly weekly windows; windows of one weekday must not overlap
 * @param exceptions dates that differ from the weekly windows, from today on
 * @param calendarUrl where the photographer's calendar feed (ICS) is; shown back only
 */
public record AvailabilityForm(
    String timeZone,
    Integer bufferBeforeMinutes,
    Integer bufferAfterMinutes,
    Integer minNoticeMinutes,
    Integer horizonDays,
    List<WeeklyWindow> weekly,
    List<DateException> exceptions,
    String calendarUrl) {

  /**
   * @param weekday 1 (Monday) to 7 (Sunday)
   * @param start HH:mm
   * @param end HH:mm (24:00 for midnight)
   */
  public record WeeklyWindow(Integer weekday, String start, String end) {}

  /**
   * @param date ISO date
   * @param start HH:mm, or empty when the date is closed
   * @param end HH:mm, or empty when the date is closed
   */
  public record DateException(String date, String start, String end) {}
}
