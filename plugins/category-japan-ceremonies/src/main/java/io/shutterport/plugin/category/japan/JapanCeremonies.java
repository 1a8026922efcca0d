package io.shutterport.plugin.category.japan;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.SeasonalPeak;
import java.time.Duration;
import java.time.MonthDay;
import java.util.List;

/** The categories and their seasons, fields and shot lists. */
final class JapanCeremonies {
  static final String CHILD_BIRTH_DATE = "childBirthDate";
  static final String AGE_COUNTING = "ageCounting";
  static final String KAZOEDOSHI = "kazoedoshi";
  static final String MAN_NENREI = "man-nenrei";
  static final String BIRTH_DATE = "birthDate";

  /** How customers write the ceremonies: numerals, kana, romaji, older names. */
  static final List<List<String>> SYNONYMS =
      List.of(
          List.of("七五三", "753", "しちごさん", "shichigosan"),
          List.of("お宮参り", "宮参り", "初宮参り", "おみやまいり", "omiyamairi"),
          List.of("成人式", "はたちの集い", "二十歳の集い", "せいじんしき", "seijinshiki"),
          List.of("十三参り", "じゅうさんまいり", "jusanmairi"),
          List.of("お食い初め", "百日祝い", "おくいぞめ", "okuizome"));

  private JapanCeremonies() {}

  static List<EventCategory> categories() {
    return List.of(shichiGoSan(), omiyamairi(), schoolCeremony(), comingOfAge());
  }

  private static EventCategory shichiGoSan() {
    return new EventCategory(
        "shichigosan",
        LocalizedText.of("七五三", "Shichi-Go-San"),
        LocalizedText.of(
            "3歳・5歳・7歳の子どもの成長を祝う神社でのお参りを撮影します。",
            "The shrine visit celebrating children aged three, five and seven."),
        "⛩",
        List.of(Duration.ofMinutes(60), Duration.ofMinutes(90)),
        Money.of(20_000, "JPY"),
        Money.of(50_000, "JPY"),
        List.of(
            new SeasonalPeak(
                MonthDay.of(10, 1),
                MonthDay.of(11, 30),
                LocalizedText.of("七五三シーズン", "Shichi-Go-San season"))),
        List.of(
            new BookingField(
                CHILD_BIRTH_DATE,
                BookingField.Type.DATE,
                false,
                null,
                LocalizedText.of("お子さまの生年月日", "Child's date of birth")),
            BookingField.choice(
                AGE_COUNTING,
                false,
                LocalizedText.of("年齢の数え方", "Age counted as"),
                List.of(
                    new BookingField.Choice(
                        KAZOEDOSHI, LocalizedText.of("数え年", "Kazoedoshi (traditional count)")),
                    new BookingField.Choice(
                        MAN_NENREI, LocalizedText.of("満年齢", "Man-nenrei (age in full years)")))),
            new BookingField(
                "shrine",
                BookingField.Type.TEXT,
                false,
                null,
                LocalizedText.of("参拝する神社", "Shrine"))),
        List.of(
            LocalizedText.of("鳥居の前で家族写真", "Family in front of the torii"),
            LocalizedText.of("千歳飴を持ったお子さま", "Child holding chitose-ame"),
            LocalizedText.of("ご祈祷の前後", "Before and after the prayer")));
  }

  private static EventCategory omiyamairi() {
    return new EventCategory(
        "omiyamairi",
        LocalizedText.of("お宮参り", "Omiyamairi"),
        LocalizedText.of(
            "生後1か月頃の赤ちゃんの初めての神社参拝を撮影します。",
            "A baby's first shrine visit, about a month after birth."),
        "👶",
        List.of(Duration.ofMinutes(60)),
        Money.of(18_000, "JPY"),
        Money.of(40_000, "JPY"),
        List.of(),
        List.of(
            new BookingField(
                BIRTH_DATE,
                BookingField.Type.DATE,
                false,
                null,
                LocalizedText.of("赤ちゃんの誕生日", "Baby's date of birth"))),
        List.of(
            LocalizedText.of("祝着をかけた抱っこ", "Baby in the ceremonial robe"),
            LocalizedText.of("三世代の集合写真", "Three generations together")));
  }

  private static EventCategory schoolCeremony() {
    return new EventCategory(
        "school-ceremony",
        LocalizedText.of("入学・卒業", "School entrance & graduation"),
        LocalizedText.of(
            "入学式・卒業式の記念撮影。桜の季節に人気です。",
            "Entrance and graduation ceremonies, popular in cherry-blossom season."),
        "🌸",
        List.of(Duration.ofMinutes(60)),
        Money.of(15_000, "JPY"),
        Money.of(35_000, "JPY"),
        List.of(
            new SeasonalPeak(
                MonthDay.of(3, 1),
                MonthDay.of(4, 15),
                LocalizedText.of("卒業・入学シーズン", "Graduation and entrance season"))),
        List.of(
            BookingField.choice(
                "ceremony",
                false,
                LocalizedText.of("式", "Ceremony"),
                List.of(
                    new BookingField.Choice("entrance", LocalizedText.of("入学式", "Entrance")),
                    new BookingField.Choice("graduation", LocalizedText.of("卒業式", "Graduation")))),
            new BookingField(
                "school", BookingField.Type.TEXT, false, null, LocalizedText.of("学校名", "School"))),
        List.of(
            LocalizedText.of("校門の看板の前で", "At the school gate sign"),
            LocalizedText.of("桜の下で", "Under the cherry blossoms")));
  }

  private static EventCategory comingOfAge() {
    return new EventCategory(
        "seijinshiki",
        LocalizedText.of("成人式", "Coming of Age"),
        LocalizedText.of("振袖・袴姿の成人式の記念撮影。", "Coming-of-Age Day portraits in furisode or hakama."),
        "🎎",
        List.of(Duration.ofMinutes(60), Duration.ofMinutes(120)),
        Money.of(20_000, "JPY"),
        Money.of(60_000, "JPY"),
        List.of(
            new SeasonalPeak(
                MonthDay.of(12, 15),
                MonthDay.of(1, 31),
                LocalizedText.of("成人式シーズン", "Coming-of-Age season"))),
        List.of(),
        List.of(
            LocalizedText.of("振袖の全身写真", "Full-length furisode portrait"),
            LocalizedText.of("家族との記念写真", "With the family")));
  }
}
