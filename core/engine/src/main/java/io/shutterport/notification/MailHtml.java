package io.shutterport.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a mail: the text part's words in the marketplace's colours, every character of
 * them escaped (nothing a user wrote can become markup) and the site's own links made clickable.
 */
final class MailHtml {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

  private MailHtml() {}

  static String render(MailBrand brand, String subject, String text) {
    MailBrand b = brand.safe();
    StringBuilder html = new StringBuilder(text.length() * 2 + 800);
    html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>")
        .append(escape(subject))
        .append("</title></head><body style=\"margin:0;padding:0;background:")
        .append(b.background())
        .append(";color:")
        .append(b.text())
        .append(";font-family:sans-serif\"><div style=\"background:")
        .append(b.primary())
        .append(";color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold\">")
        .append(escape(b.name()))
        .append("</div><div style=\"padding:24px;line-height:1.6\">");
    for (String paragraph : text.split("\n\n")) {
      html.append("<p>").append(linked(paragraph, b.primary())).append("</p>");
    }
    html.append("</div></body></html>");
    return html.toString();
  }

  private static String linked(String paragraph, String colour) {
    StringBuilder out = new StringBuilder();
    Matcher m = LINK.matcher(paragraph);
    int at = 0;
    while (m.find()) {
      out.append(escape(paragraph.substring(at, m.start())).replace("\n", "<br>"));
      String url = escape(m.group());
      out.append("<a style=\"color:")
          .append(colour)
          .append("\" href=\"")
          .append(url)
          .append("\">")
          .append(url)
          .append("</a>");
      at = m.end();
    }
    out.append(escape(paragraph.substring(at)).replace("\n", "<br>"));
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
