package io.shutterport.plugin.category.family;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.BookingField;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.category.FieldProblem;
import io.shutterport.spi.category.PriceHint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Newborn and family shoots.
 *
 * <ul>
 *   <li>Newborn: the baby sleeps deeply and curls up in the first weeks, so the shoot is 5 to 28
 *       days after the birth date (the newborn window).
 *   <li>Family: the plan covers up to six people; each further person suggests ¥2,000.
 * </ul>
 */
@Extension
public class FamilyFactory implements EventCategoryProviderFactory {
  static final String NEWBORN = "newborn";
  static final String FAMILY = "family";
  static final String BIRTH_DATE = "babyBirthDate";
  static final String PEOPLE = "people";
  static final int INCLUDED_PEOPLE = 6;
  static final long PER_EXTRA_PERSON = 2_000;

  @Override
  public String id() {
    return "category-family";
  }

  @Override
  public LocalizedText displayName() {
    return LocalizedText.of("ファミリー・ニューボーン", "Family & newborn");
  }

  @Override
  public EventCategoryProvider create(PluginContext context, PluginConfig config) {
    List<EventCategory> categories = List.of(newborn(), family());
    return new EventCategoryProvider() {
      @Override
      public List<EventCategory> categories() {
        return categories;
      }

      @Override
      public List<FieldProblem> validate(BookingContext booking) {
        return NEWBORN.equals(booking.categoryId()) ? newbornWindow(booking) : List.of();
      }

      @Override
      public List<List<String>> synonyms() {
        return List.of(List.of("ニューボーン", "新生児", "newborn"), List.of("家族", "かぞく", "family"));
      }

      @Override
      public Optional<PriceHint> priceHint(BookingContext booking) {
        String people = booking.answers().get(PEOPLE);
        if (!FAMILY.equals(booking.categoryId())
            || people == null
            || booking.planPrice() == null
            || !"JPY".equals(booking.planPrice().currency())) {
          return Optional.empty();
        }
        int extra = Integer.parseInt(people) - INCLUDED_PEOPLE;
        return extra <= 0
            ? Optional.empty()
            : Optional.of(
                new PriceHint(
                    Money.of(extra * PER_EXTRA_PERSON, "JPY"),
                    LocalizedText.of(
                        extra + "名分の追加（6名までプランに含まれます）",
                        extra + " more people; the plan includes six")));
      }
    };
  }

  static List<FieldProblem> newbornWindow(BookingContext booking) {
    String answer = booking.answers().get(BIRTH_DATE);
    if (answer == null) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(LocalDate.parse(answer), booking.shootDate());
    if (days >= 5 && days <= 28) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            BIRTH_DATE,
            LocalizedText.of(
                "ニューボーンフォトは生後5〜28日の撮影です（撮影日は生後" + days + "日）。撮影日をご調整ください。",
                "Newborn shoots take place 5 to 28 days after birth (the shoot is "
                    + days
                    + " days after). Please choose another shoot date.")));
  }

  private static EventCategory newborn() {
    return new EventCategory(
        NEWBORN,
        LocalizedText.of("ニューボーンフォト", "Newborn"),
        LocalizedText.of(
            "生後まもない赤ちゃんを、ご自宅で。眠っている時間の多い生後5〜28日に撮影します。",
            "A newborn at home, in the sleepy first weeks: 5 to 28 days after birth."),
        "🍼",
        List.of(Duration.ofMinutes(120)),
        Money.of(30_000, "JPY"),
        Money.of(70_000, "JPY"),
        List.of(),
        List.of(
            new BookingField(
                BIRTH_DATE,
                BookingField.Type.DATE,
                true,
                null,
                LocalizedText.of("赤ちゃんの誕生日", "Baby's date of birth"))),
        List.of(
            LocalizedText.of("おくるみで眠る姿", "Asleep, swaddled"),
            LocalizedText.of("小さな手足のアップ", "Tiny hands and feet, close up"),
            LocalizedText.of("家族の手の中で", "In the family's hands")));
  }

  private static EventCategory family() {
    return new EventCategory(
        FAMILY,
        LocalizedText.of("家族写真", "Family"),
        LocalizedText.of("公園やご自宅で、普段どおりの家族の時間を。", "Everyday family time, in a park or at home."),
        "👨‍👩‍👧",
        List.of(Duration.ofMinutes(60), Duration.ofMinutes(90)),
        Money.of(15_000, "JPY"),
        Money.of(40_000, "JPY"),
        List.of(),
        List.of(
            new BookingField(
                PEOPLE,
                BookingField.Type.NUMBER,
                false,
                "[1-9]|1[0-9]|20",
                LocalizedText.of("人数", "Number of people"))),
        List.of(
            LocalizedText.of("全員そろった集合写真", "Everyone together"),
            LocalizedText.of("子どもと遊ぶ自然な瞬間", "Playing with the children")));
  }
}
