package io.shutterport.plugin.category.wedding;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.SeasonalPeak;
import java.time.Duration;
import java.time.MonthDay;
import java.util.List;

/** The categories, their questions and shot lists. */
final class WeddingCategories {
  static final String MAEDORI = "maedori";
  static final String ENGAGEMENT = "engagement";
  static final String MATERNITY = "maternity";
  static final String WEDDING_DATE = "weddingDate";
  static final String ATTIRE = "attire";
  static final String DUE_DATE = "dueDate";
  static final String WASOU = "wasou";
  static final String YOUSOU = "yousou";
  static final String BOTH = "both";

  private WeddingCategories() {}

  static List<EventCategory> categories() {
    return List.of(maedori(), engagement(), maternity());
  }

  private static EventCategory maedori() {
    return new EventCategory(
        MAEDORI,
        LocalizedText.of("前撮り", "Pre-wedding (maedori)"),
        LocalizedText.of(
            "挙式の前に、和装・洋装でロケーション撮影。当日とは違う景色の中でふたりを残します。",
            "Portraits before the wedding day, in kimono or dress, on location."),
        "💍",
        List.of(Duration.ofMinutes(120), Duration.ofMinutes(180)),
        Money.of(50_000, "JPY"),
        Money.of(150_000, "JPY"),
        List.of(
            new SeasonalPeak(
                MonthDay.of(3, 20),
                MonthDay.of(5, 31),
                LocalizedText.of("桜・新緑の前撮りシーズン", "Cherry-blossom and fresh-green season")),
            new SeasonalPeak(
                MonthDay.of(10, 15),
                MonthDay.of(11, 30),
                LocalizedText.of("紅葉の前撮りシーズン", "Autumn-leaves season"))),
        List.of(
            new BookingField(
                WEDDING_DATE,
                BookingField.Type.DATE,
                true,
                null,
                LocalizedText.of("挙式日", "Wedding date")),
            BookingField.choice(
                ATTIRE,
                true,
                LocalizedText.of("衣装", "Attire"),
                List.of(
                    new BookingField.Choice(WASOU, LocalizedText.of("和装", "Japanese (kimono)")),
                    new BookingField.Choice(YOUSOU, LocalizedText.of("洋装", "Western (dress)")),
                    new BookingField.Choice(
                        BOTH, LocalizedText.of("和装と洋装", "Both, with a change")))),
            new BookingField(
                "location",
                BookingField.Type.TEXT,
                false,
                null,
                LocalizedText.of("希望のロケーション", "Preferred location"))),
        List.of(
            LocalizedText.of("ふたりの全身・正面", "Full-length, facing the camera"),
            LocalizedText.of("手元と指輪のアップ", "Hands and rings, close up"),
            LocalizedText.of("歩くうしろ姿", "Walking away, from behind"),
            LocalizedText.of("和傘・ブーケなど小物と一緒に", "With a parasol or the bouquet")));
  }

  private static EventCategory engagement() {
    return new EventCategory(
        ENGAGEMENT,
        LocalizedText.of("エンゲージメントフォト", "Engagement"),
        LocalizedText.of(
            "婚約の記念や招待状・ウェルカムボード用に、普段着に近い自然な姿を。",
            "For the engagement, invitations or the welcome board: relaxed and natural."),
        "💞",
        List.of(Duration.ofMinutes(60), Duration.ofMinutes(90)),
        Money.of(25_000, "JPY"),
        Money.of(60_000, "JPY"),
        List.of(),
        List.of(
            BookingField.choice(
                "usage",
                false,
                LocalizedText.of("写真の用途", "What the photos are for"),
                List.of(
                    new BookingField.Choice(
                        "invitation", LocalizedText.of("招待状・ウェルカムボード", "Invitations")),
                    new BookingField.Choice("keepsake", LocalizedText.of("記念", "Keepsake"))))),
        List.of(
            LocalizedText.of("手をつないで歩く", "Walking hand in hand"),
            LocalizedText.of("横長の構図（招待状用の余白）", "Landscape frames with space for text")));
  }

  private static EventCategory maternity() {
    return new EventCategory(
        MATERNITY,
        LocalizedText.of("マタニティフォト", "Maternity"),
        LocalizedText.of(
            "妊娠28〜36週ごろ、おなかの大きな今だけの姿を。",
            "Around weeks 28 to 36 of the pregnancy, while the bump shows."),
        "🤰",
        List.of(Duration.ofMinutes(60)),
        Money.of(20_000, "JPY"),
        Money.of(50_000, "JPY"),
        List.of(),
        List.of(
            new BookingField(
                DUE_DATE,
                BookingField.Type.DATE,
                true,
                null,
                LocalizedText.of("出産予定日", "Due date"))),
        List.of(
            LocalizedText.of("おなかに手を添えて横から", "Hands on the bump, from the side"),
            LocalizedText.of("エコー写真と一緒に", "With the ultrasound picture")));
  }
}
