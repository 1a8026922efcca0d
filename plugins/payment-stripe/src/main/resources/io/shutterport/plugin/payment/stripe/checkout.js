/*
 * Stripe's Payment Element in the booking page (served from the marketplace's origin; Stripe.js
 * itself comes from the plugin's scriptUrl). Reads its inputs from #checkout (see the SPI's
 * EmbeddedCheckout), mounts the element, confirms the PaymentIntent without leaving the page and
 * tells the page with a `checkout:submitted` event; the outcome reaches the marketplace through
 * Stripe's webhook.
 */
(function () {
  'use strict';
  var box = document.getElementById('checkout');
  if (!box || typeof window.Stripe !== 'function') {
    return;
  }
  var data = box.dataset;
  var stripe = window.Stripe(data.publishableKey, { locale: data.language || 'auto' });
  var elements = stripe.elements({ clientSecret: data.clientToken });
  elements.create('payment').mount('#checkout-element');
  var button = document.getElementById('checkout-submit');
  var error = document.getElementById('checkout-error');

  button.addEventListener('click', function () {
    button.disabled = true;
    error.hidden = true;
    stripe
      .confirmPayment({
        elements: elements,
        redirect: 'if_required',
        confirmParams: { return_url: new URL(data.returnUrl, window.location.href).href }
      })
      .then(function (result) {
        if (result.error) {
          error.textContent = result.error.message;
          error.hidden = false;
          button.disabled = false;
          return;
        }
        var status = result.paymentIntent ? result.paymentIntent.status : '';
        box.dispatchEvent(new CustomEvent('checkout:submitted', { detail: { status: status } }));
      });
  });
})();
