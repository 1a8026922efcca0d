// The booking form's slot picker: the free start times of the chosen plan on the chosen date, read
// from the slots API, as buttons (no typed times); the next dates with free time as shortcuts. The
// picked time goes into the form's hidden start-time field.
(function () {
  'use strict';
  var DAYS = 31;

  function wire(picker) {
    var form = picker.closest('form');
    var plan = document.getElementById(picker.getAttribute('data-plan'));
    var date = document.getElementById(picker.getAttribute('data-date'));
    var time = document.getElementById(picker.getAttribute('data-time'));
    var dates = document.getElementById(picker.getAttribute('data-dates'));
    var free = {};

    function iso(d) {
      return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-'
        + ('0' + d.getDate()).slice(-2);
    }

    function fetchSlots(from, to) {
      var url = '/api/v1/plans/' + encodeURIComponent(plan.value) + '/slots?from=' + from + '&to=' + to;
      return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    }

    function button(label, pressed, onClick, cls) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.textContent = label;
      b.setAttribute('aria-pressed', String(pressed));
      b.addEventListener('click', onClick);
      return b;
    }

    function showTimes() {
      var times = free[date.value];
      picker.innerHTML = '';
      picker.setAttribute('data-date-shown', date.value || '');
      if (!date.value) {
        picker.textContent = picker.getAttribute('data-pick-date');
        return Promise.resolve();
      }
      var ready = times ? Promise.resolve(times)
        : fetchSlots(date.value, date.value).then(function (answer) {
          free[date.value] = answer[date.value] || [];
          return free[date.value];
        });
      return ready.then(function (list) {
        picker.innerHTML = '';
        if (list.length === 0) {
          picker.textContent = picker.getAttribute('data-none');
          time.value = '';
          return;
        }
        if (list.indexOf(time.value) < 0) {
          time.value = '';
        }
        list.forEach(function (t) {
          picker.appendChild(button(t, t === time.value, function () {
            time.value = t;
            picker.querySelectorAll('.sp-slot').forEach(function (other) {
              other.setAttribute('aria-pressed', String(other === this));
            }, this);
          }, 'sp-slot'));
        });
      });
    }

    function showDates() {
      var today = new Date();
      var from = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
      var to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + DAYS - 1);
      free = {};
      return fetchSlots(iso(from), iso(to)).then(function (answer) {
        Object.keys(answer).forEach(function (d) { free[d] = answer[d]; });
        dates.innerHTML = '';
        Object.keys(answer).filter(function (d) { return answer[d].length > 0; }).sort()
          .slice(0, 6).forEach(function (d) {
            dates.appendChild(button(d, d === date.value, function () {
              date.value = d;
              dates.querySelectorAll('.sp-date').forEach(function (other) {
                other.setAttribute('aria-pressed', String(other.textContent === d));
              });
              showTimes();
            }, 'sp-date'));
          });
        if (!date.value) {
          var first = dates.querySelector('.sp-date');
          if (first) {
            first.click();
            return;
          }
        }
        return showTimes();
      });
    }

    plan.addEventListener('change', function () { time.value = ''; showDates(); });
    date.addEventListener('change', showTimes);
    showDates().then(function () { form.setAttribute('data-slots-ready', 'true'); });
  }

  document.querySelectorAll('[data-slot-picker]').forEach(wire);
})();
