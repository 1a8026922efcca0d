// The search page: a map to search around a place (tap to set the pin; the circle shows the radius),
// and on each result card the next dates with free time, read from the slots API as the card comes
// into view.
(function () {
  'use strict';
  var JAPAN = [36.2, 138.25];
  var DAYS = 14;
  var SHOWN_DATES = 3;

  function wireMap() {
    var element = document.getElementById('search-map');
    var toggle = document.getElementById('map-toggle');
    if (!element || !toggle || typeof L === 'undefined') {
      return;
    }
    var lat = document.getElementById('search-lat');
    var lon = document.getElementById('search-lon');
    var radius = document.getElementById('search-radius');
    var prefecture = document.getElementById('search-prefecture');
    var clear = document.getElementById('map-clear');
    var status = document.getElementById('place-status');
    var typed = document.getElementById('search-place-text');
    var seats = JSON.parse(element.getAttribute('data-seats') || '{}');
    var map = null;
    var pin = null;
    var circle = null;

    function km() {
      return parseInt(radius.value, 10) || 30;
    }

    function show(point) {
      if (pin) {
        pin.setLatLng(point);
        circle.setLatLng(point).setRadius(km() * 1000);
      } else {
        pin = L.circleMarker(point, { radius: 8, weight: 3 }).addTo(map);
        circle = L.circle(point, { radius: km() * 1000, weight: 1, fillOpacity: 0.1 }).addTo(map);
      }
      clear.hidden = false;
    }

    function setPlace(point) {
      lat.value = point.lat.toFixed(3);
      lon.value = point.lng.toFixed(3);
      show(point);
      status.textContent = element.getAttribute('data-place-set');
      if (typed) {
        typed.value = ''; // the pin is the place now
      }
    }

    function centre() {
      if (lat.value && lon.value) {
        return [parseFloat(lat.value), parseFloat(lon.value)];
      }
      return (prefecture && seats[prefecture.value]) || JAPAN;
    }

    function open() {
      element.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      if (!map) {
        map = L.map(element, { scrollWheelZoom: false }).setView(centre(), lat.value ? 11 : (prefecture && prefecture.value ? 9 : 5));
        L.tileLayer(element.getAttribute('data-tiles'), {
          maxZoom: 14,
          attribution: element.getAttribute('data-attribution')
        }).addTo(map);
        map.on('click', function (e) { setPlace(e.latlng); });
        if (lat.value && lon.value) {
          show(L.latLng(parseFloat(lat.value), parseFloat(lon.value)));
        }
      }
      map.invalidateSize();
    }

    toggle.addEventListener('click', function () {
      if (element.hidden) {
        open();
      } else {
        element.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
      }
    });
    function forgetPin() {
      lat.value = '';
      lon.value = '';
      if (pin) {
        map.removeLayer(pin);
        map.removeLayer(circle);
        pin = null;
        circle = null;
      }
      clear.hidden = true;
      status.textContent = '';
    }
    clear.addEventListener('click', forgetPin);
    if (typed) {
      typed.addEventListener('input', function () {
        if (lat.value) {
          forgetPin(); // a typed place replaces the pin
        }
      });
    }
    radius.addEventListener('change', function () {
      if (circle) {
        circle.setRadius(km() * 1000);
      }
    });
    if (prefecture) {
      prefecture.addEventListener('change', function () {
        if (map && !lat.value && seats[prefecture.value]) {
          map.setView(seats[prefecture.value], 9);
        }
      });
    }
    if (lat.value) {
      clear.hidden = false;
    }
  }

  function iso(d) {
    return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-'
      + ('0' + d.getDate()).slice(-2);
  }

  function nextFree(slot) {
    var plan = slot.getAttribute('data-plan-id');
    var today = new Date();
    var last = new Date(today.getTime() + (DAYS - 1) * 86400000);
    var url = '/api/v1/plans/' + encodeURIComponent(plan) + '/slots?from=' + iso(today) + '&to=' + iso(last);
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (free) {
        var dates = Object.keys(free).filter(function (d) { return free[d] && free[d].length; }).sort();
        if (!dates.length) {
          slot.textContent = slot.getAttribute('data-none');
          return;
        }
        var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
          { month: 'numeric', day: 'numeric', weekday: 'short' });
        slot.textContent = slot.getAttribute('data-label') + ' ' + dates.slice(0, SHOWN_DATES).map(function (d) {
          var parts = d.split('-');
          return format.format(new Date(+parts[0], parts[1] - 1, +parts[2]));
        }).join(', ');
        slot.setAttribute('data-dates', dates.slice(0, SHOWN_DATES).join(' '));
      })
      .catch(function () { /* the card reads well without it */ });
  }

  function wireNextFree() {
    var slots = document.querySelectorAll('.sp-next-free[data-plan-id]');
    if (!('IntersectionObserver' in window)) {
      slots.forEach(nextFree);
      return;
    }
    // The cards are watched, not the empty (hidden, so never intersecting) lines inside them.
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          seen.unobserve(entry.target);
          nextFree(entry.target.querySelector('.sp-next-free[data-plan-id]'));
        }
      });
    }, { rootMargin: '200px' });
    slots.forEach(function (slot) { seen.observe(slot.closest('.sp-result') || slot.parentNode); });
  }

  function wire() {
    wireMap();
    wireNextFree();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
