package io.shutterport.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

  @Test
  void theTextInTheThemesColoursWithItsLinksClickable() {
    String html =
        MailHtml.render(
            new MailBrand("さくらフォト", "#c2185b", "#fff5f8", "#3b1f2b"),
            "[さくらフォト] Booking BK-1",
            "Line one\nline two\n\nBK-1: http://sakura.localhost/booking?id=1&x=2");
    assertThat(html)
        .contains("background:#c2185b")
        .contains(">さくらフォト</div>")
        .contains("<p>Line one<br>line two</p>")
        .contains(
            "<a style=\"color:#c2185b\" href=\"http://sakura.localhost/booking?id=1&amp;x=2\">");
  }

  @Test
  void nothingBecomesMarkupAndOnlyPlainColoursReachAStyle() {
    String html =
        MailHtml.render(
            new MailBrand("<b>Evil</b>", "red;background:url(x)", "#fff", "#000"),
            "<script>",
            "<img src=x onerror=alert(1)> & \"quotes\"");
    assertThat(html)
        .doesNotContain("<b>Evil", "<script>", "<img", "url(x)")
        .contains("&lt;b&gt;Evil&lt;/b&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;")
        .contains("background:#333333");
  }
}
