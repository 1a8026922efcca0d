package io.shutterport.web.catalog;

import io.shutterport.booking.CalendarService;
import io.shutterport.booking.StudioCalendar;
import io.shutterport.catalog.AvailabilityForm;
import io.shutterport.catalog.CatalogService;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

/**
 * The photographer's availability in the studio: weekly hours (two windows a day, e.g. around a
 * lunch break), dated exceptions, buffers, notice, horizon and time zone — saved through the same
 * service as {@code PUT /api/v1/me/availability} — and a calendar of open hours, bookings, holds
 * and backup dates, read as {@code GET /api/v1/me/calendar} reads it.
 */
@Named("availabilityPage")
@ViewScoped
public class AvailabilityPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern WEEKLY = Pattern.compile("weekly\\[(\\d+)]");
  private static final Pattern EXCEPTION = Pattern.compile("exceptions\\[(\\d+)](\\.date)?");

  /** The zones offered, sorted once (the JDK's list does not change while it runs). */
  private static final List<String> TIME_ZONES = timeZones();

  private static List<String> timeZones() {
    List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
    zones.removeIf(z -> !z.contains("/") || z.startsWith("Etc/") || z.startsWith("SystemV/"));
    zones.sort(null);
    zones.remove("Asia/Tokyo");
    zones.add(0, "Asia/Tokyo");
    return List.copyOf(zones);
  }

  @Inject CatalogService catalog;
  @Inject CalendarService calendar;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;
  @Inject TenantContext tenant;

  private boolean hasProfile;
  private String timeZone;
  private Integer bufferBeforeMinutes;
  private Integer bufferAfterMinutes;
  private Integer minNoticeHours;
  private int minNoticeMinutes; // as saved: kept when the hours shown were not changed
  private Integer horizonDays;
  private final List<Day> days = new ArrayList<>();
  private final List<DateRow> exceptions = new ArrayList<>();
  private String calendarUrl;
  private String origin;
  private String language;

  /** Which input each window sent in the last save came from: {@code days:<row>:start<n>}. */
  private final List<String> windowInputs = new ArrayList<>();

  private final ScheduleModel schedule = new Schedule(this);

  /** One weekday's hours: up to two windows; a window left blank is closed. */
  public static final class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int weekday;
    private final String name;
    private String start1;
    private String end1;
    private String start2;
    private String end2;

    Day(int weekday, String name) {
      this.weekday = weekday;
      this.name = name;
    }

    public int getWeekday() {
      return weekday;
    }

    public String getName() {
      return name;
    }

    public String getStart1() {
      return start1;
    }

    public void setStart1(String start1) {
      this.start1 = start1;
    }

    public String getEnd1() {
      return end1;
    }

    public void setEnd1(String end1) {
      this.end1 = end1;
    }

    public String getStart2() {
      return start2;
    }

    public void setStart2(String start2) {
      this.start2 = start2;
    }

    public String getEnd2() {
      return end2;
    }

    public void setEnd2(String end2) {
      this.end2 = end2;
    }
  }

  /** A dated exception: hours that replace the weekly ones, or the whole day off when blank. */
  public static final class DateRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String date;
    private String start;
    private String end;

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }
  }

  @PostConstruct
  void load() {
    origin = tenant.origin();
    language = localizer.language();
    hasProfile = catalog.hasProfile(currentUser.id());
    if (hasProfile) {
      show(catalog.myAvailability(currentUser.id()));
    }
  }

  private void show(AvailabilityForm form) {
    timeZone = form.timeZone();
    bufferBeforeMinutes = form.bufferBeforeMinutes();
    bufferAfterMinutes = form.bufferAfterMinutes();
    minNoticeMinutes = form.minNoticeMinutes();
    minNoticeHours = minNoticeMinutes / 60;
    horizonDays = form.horizonDays();
    calendarUrl = origin + form.calendarUrl();
    days.clear();
    Locale locale = Locale.forLanguageTag(language);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(new Day(day.getValue(), day.getDisplayName(TextStyle.FULL, locale)));
    }
    int[] filled = new int[8];
    for (AvailabilityForm.WeeklyWindow w : form.weekly()) {
      Day day = days.get(w.weekday() - 1);
      if (filled[w.weekday()]++ == 0) {
        day.start1 = w.start();
        day.end1 = w.end();
      } else {
        day.start2 = w.start();
        day.end2 = w.end();
      }
    }
    exceptions.clear();
    for (AvailabilityForm.DateException e : form.exceptions()) {
      DateRow row = new DateRow();
      row.date = e.date();
      row.start = e.start();
      row.end = e.end();
      exceptions.add(row);
    }
  }

  public String save() {
    return actions.run(
        () -> {
          show(catalog.saveAvailability(currentUser.id(), form()));
          actions.info("availability.saved");
          return null;
        },
        field -> {
          String input = inputOf(field);
          return input == null ? null : "form:" + input;
        });
  }

  /** Adds an empty exception row (the date left for the photographer to pick). */
  public void addException() {
    exceptions.add(new DateRow());
  }

  public void removeException(int index) {
    if (index >= 0 && index < exceptions.size()) {
      exceptions.remove(index);
    }
  }

  /** Gives the feed a new secret URL; calendars subscribed to the old one stop updating. */
  public String renewCalendarUrl() {
    return actions.run(
        () -> {
          calendarUrl = origin + catalog.renewCalendarUrl(currentUser.id());
          actions.info("availability.calendarRenewed");
          return null;
        });
  }

  private AvailabilityForm form() {
    windowInputs.clear();
    List<AvailabilityForm.WeeklyWindow> weekly = new ArrayList<>();
    for (int row = 0; row < days.size(); row++) {
      Day day = days.get(row);
      window(weekly, day.weekday, day.start1, day.end1, "days:" + row + ":start1");
      window(weekly, day.weekday, day.start2, day.end2, "days:" + row + ":start2");
    }
    List<AvailabilityForm.DateException> dated = new ArrayList<>();
    for (DateRow row : exceptions) {
      dated.add(new AvailabilityForm.DateException(row.date, row.start, row.end));
    }
    return new AvailabilityForm(
        timeZone,
        bufferBeforeMinutes,
        bufferAfterMinutes,
        minNoticeHours == null
            ? null
            : minNoticeHours == minNoticeMinutes / 60 ? minNoticeMinutes : minNoticeHours * 60,
        horizonDays,
        weekly,
        dated,
        null);
  }

  private void window(
      List<AvailabilityForm.WeeklyWindow> weekly,
      int weekday,
      String start,
      String end,
      String input) {
    if (blank(start) && blank(end)) {
      return; // closed
    }
    weekly.add(new AvailabilityForm.WeeklyWindow(weekday, start, end));
    windowInputs.add(input);
  }

  /** The input beside which the message about a field of the saved form goes. */
  private String inputOf(String field) {
    Matcher weekly = WEEKLY.matcher(field);
    if (weekly.matches()) {
      int i = Integer.parseInt(weekly.group(1));
      return i < windowInputs.size() ? windowInputs.get(i) : "weekly";
    }
    Matcher exception = EXCEPTION.matcher(field);
    if (exception.matches()) {
      return "exceptions:" + exception.group(1) + (exception.group(2) == null ? ":start" : ":date");
    }
    return switch (field) {
      case "minNoticeMinutes" -> "minNoticeHours";
      case "weekly",
          "exceptions",
          "timeZone",
          "bufferBeforeMinutes",
          "bufferAfterMinutes",
          "horizonDays" ->
          field;
      default -> null;
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Every zone a photographer may choose, Japan's first. */
  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  /** The calendar's events for the dates it shows, read when it asks for them. */
  private static final class Schedule extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;
    private final AvailabilityPage page;

    Schedule(AvailabilityPage page) {
      this.page = page;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (!page.hasProfile) {
        return;
      }
      StudioCalendar mine =
          page.calendar.mine(
              page.currentUser.id(),
              start.toLocalDate().toString(),
              end.minusSeconds(1).toLocalDate().toString());
      for (StudioCalendar.Open open : mine.open()) {
        addEvent(
            DefaultScheduleEvent.builder()
                .startDate(open.start())
                .endDate(open.end())
                .display(ScheduleDisplayMode.BACKGROUND)
                .styleClass("sp-cal-open")
                .build());
      }
      for (StudioCalendar.Entry entry : mine.entries()) {
        String kind = entry.backup() ? "backup" : entry.tentative() ? "hold" : "booking";
        addEvent(
            DefaultScheduleEvent.builder()
                .title(entry.reference() + " · " + page.localizer.message("calendar." + kind))
                .startDate(entry.start())
                .endDate(entry.end())
                .styleClass("sp-cal-" + kind)
                .url("/booking?id=" + entry.bookingId())
                .build());
      }
    }
  }

  /**
   * Where the calendar's days start: the earliest open hour, or 07:00 if that is later. (Bookings
   * lie within open hours, so none is hidden above it.)
   */
  public String getFirstHour() {
    int first = 7 * 60;
    for (String start : starts()) {
      first = Math.min(first, minute(start));
    }
    return String.format("%02d:00:00", first / 60);
  }

  /** Where the calendar's days end: the latest open hour, or 21:00 if that is earlier. */
  public String getLastHour() {
    int last = 21 * 60;
    for (Day day : days) {
      last = Math.max(last, Math.max(minute(day.end1), minute(day.end2)));
    }
    for (DateRow row : exceptions) {
      last = Math.max(last, minute(row.end));
    }
    return String.format("%02d:00:00", Math.min(24, (last + 59) / 60));
  }

  private List<String> starts() {
    List<String> starts = new ArrayList<>();
    for (Day day : days) {
      starts.add(day.start1);
      starts.add(day.start2);
    }
    for (DateRow row : exceptions) {
      starts.add(row.start);
    }
    starts.removeIf(AvailabilityPage::blank);
    return starts;
  }

  /** Minutes since midnight of {@code HH:mm}; 0 when blank or not a time. */
  private static int minute(String hhmm) {
    if (blank(hhmm) || !hhmm.matches("\\d{2}:\\d{2}")) {
      return 0;
    }
    return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
  }

  public ScheduleModel getSchedule() {
    return schedule;
  }

  public boolean isHasProfile() {
    return hasProfile;
  }

  public List<Day> getDays() {
    return days;
  }

  public List<DateRow> getExceptions() {
    return exceptions;
  }

  public String getCalendarUrl() {
    return calendarUrl;
  }

  /** The feed as calendar apps subscribe to it ({@code webcal:} opens the subscribe dialog). */
  public String getWebcalUrl() {
    return calendarUrl == null ? null : calendarUrl.replaceFirst("^https?:", "webcal:");
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getBufferBeforeMinutes() {
    return bufferBeforeMinutes;
  }

  public void setBufferBeforeMinutes(Integer bufferBeforeMinutes) {
    this.bufferBeforeMinutes = bufferBeforeMinutes;
  }

  public Integer getBufferAfterMinutes() {
    return bufferAfterMinutes;
  }

  public void setBufferAfterMinutes(Integer bufferAfterMinutes) {
    this.bufferAfterMinutes = bufferAfterMinutes;
  }

  public Integer getMinNoticeHours() {
    return minNoticeHours;
  }

  public void setMinNoticeHours(Integer minNoticeHours) {
    this.minNoticeHours = minNoticeHours;
  }

  public Integer getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(Integer horizonDays) {
    this.horizonDays = horizonDays;
  }
}
