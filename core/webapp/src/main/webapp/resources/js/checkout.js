/*
 * After the payment plugin's card form was submitted (its page script dispatches
 * `checkout:submitted` on #checkout), waits for the provider's answer to reach the marketplace
 * (its webhook) and shows the booking again: the payment is then authorised or paid.
 */
(function () {
  'use strict';
  var box = document.getElementById('checkout');
  if (!box) {
    return;
  }
  var waiting = document.getElementById('checkout-waiting');
  var tries = 0;

  function poll() {
    tries += 1;
    fetch(box.dataset.paymentUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (payment) {
        if ((payment && payment.status !== 'REQUIRES_ACTION') || tries >= 60) {
          // A GET of the booking (the page may be the answer to the form post that started the
          // payment: reloading it would post again).
          window.location.assign(box.dataset.returnUrl);
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 1000);
      });
  }

  box.addEventListener('checkout:submitted', function () {
    document.getElementById('checkout-submit').hidden = true;
    waiting.hidden = false;
    poll();
  });
})();
