/*
 * A stand-in for Stripe.js v3, which cannot be loaded here, written from Stripe's published
 * reference for the calls the plugin's page script makes: Stripe(publishableKey, {locale}),
 * stripe.elements({clientSecret}), elements.create('payment').mount(selector) and
 * stripe.confirmPayment({elements, redirect: 'if_required'}) resolving to {paymentIntent} or
 * {error: {type, code, message}}. Confirming posts the card to the stub's
 * /v1/payment_intents/{id}/confirm with the publishable key and the client secret, as Stripe.js
 * does. The real Payment Element draws its fields in Stripe's iframe; this one draws plain inputs.
 * Test cards as Stripe documents them: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is
 * declined.
 */
(function () {
  'use strict';
  var api = new URL(document.currentScript.src).origin;
  var declined = {
    ja: 'カードが拒否されました。',
    en: 'Your card was declined.'
  };

  function field(container, name, label, placeholder) {
    var wrap = document.createElement('label');
    wrap.className = 'StripeElement-field';
    wrap.style.display = 'block';
    wrap.style.marginBottom = '0.5rem';
    wrap.textContent = label;
    var input = document.createElement('input');
    input.name = name;
    input.id = 'stripe-' + name;
    input.autocomplete = 'off';
    input.inputMode = 'numeric';
    input.placeholder = placeholder;
    input.style.display = 'block';
    input.style.width = '100%';
    input.style.boxSizing = 'border-box';
    input.style.minHeight = '44px';
    wrap.appendChild(input);
    container.appendChild(wrap);
    return input;
  }

  window.Stripe = function (publishableKey, options) {
    var locale = options && options.locale === 'ja' ? 'ja' : 'en';
    var ja = locale === 'ja';
    return {
      elements: function (elementOptions) {
        var inputs = {};
        return {
          clientSecret: elementOptions.clientSecret,
          inputs: inputs,
          create: function (type) {
            return {
              mount: function (selector) {
                var container = document.querySelector(selector);
                container.classList.add('StripeElement');
                inputs.number = field(container, 'number', ja ? 'カード番号' : 'Card number', '4242 4242 4242 4242');
                inputs.expiry = field(container, 'expiry', ja ? '有効期限' : 'Expiry', 'MM / YY');
                inputs.cvc = field(container, 'cvc', ja ? 'セキュリティコード' : 'CVC', '123');
              }
            };
          }
        };
      },
      confirmPayment: function (params) {
        var elements = params.elements;
        var secret = elements.clientSecret;
        var intent = secret.substring(0, secret.indexOf('_secret_'));
        var body = new URLSearchParams();
        body.set('key', publishableKey);
        body.set('client_secret', secret);
        body.set('payment_method_data[type]', 'card');
        body.set('payment_method_data[card][number]', elements.inputs.number.value.replace(/\s+/g, ''));
        body.set('payment_method_data[card][exp]', elements.inputs.expiry.value);
        body.set('payment_method_data[card][cvc]', elements.inputs.cvc.value);
        return fetch(api + '/v1/payment_intents/' + intent + '/confirm', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: body.toString()
        })
          .then(function (response) {
            return response.json();
          })
          .then(function (json) {
            if (json.error) {
              var message = json.error.code === 'card_declined' ? declined[locale] : json.error.message;
              return { error: { type: json.error.type, code: json.error.code, message: message } };
            }
            return { paymentIntent: json };
          });
      }
    };
  };
})();
