package io.shutterport.notification;

/**
 * How a marketplace's mails look: its name and its theme's colours, for the HTML part.
 *
 * @param name the marketplace's name
 * @param primary the theme's primary colour, {@code #rrggbb}
 * @param background the page background, {@code #rrggbb}
 * @param text the text colour, {@code #rrggbb}
 */
public record MailBrand(String name, String primary, String background, String text) {
  private static final java.util.regex.Pattern COLOUR =
      java.util.regex.Pattern.compile("#[0-9a-fA-F]{3,8}");

  /** A neutral brand: the name on grey and white. */
  public static MailBrand plain(String name) {
    return new MailBrand(name, "#333333", "#ffffff", "#222222");
  }

  /** The same brand with each colour kept only if it is a plain hex colour (safe in a style). */
  public MailBrand safe() {
    MailBrand plain = plain(name);
    return new MailBrand(
        name,
        colour(primary, plain.primary()),
        colour(background, plain.background()),
        colour(text, plain.text()));
  }

  private static String colour(String value, String fallback) {
    return value != null && COLOUR.matcher(value.strip()).matches() ? value.strip() : fallback;
  }
}
