/* The studio's calendar: a list of the week on a phone, a week's time grid on a wider screen. */
function studioCalendarView() {
  var narrow = window.matchMedia('(max-width: 640px)').matches;
  this.cfg.options.initialView = narrow ? 'listWeek' : 'timeGridWeek';
}
