package io.shutterport.plugin.category.japan;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.category.BookingContext;
import io.shutterport.spi.category.FieldProblem;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The ceremonies' rules on a booking's answers.
 *
 * <ul>
 *   <li>七五三 celebrates ages 3, 5 and 7. Counted in 数え年 (kazoedoshi: one at birth, one more every
 *       New Year) the age is the shoot's year minus the birth year plus one; in 満年齢 (man-nenrei) it
 *       is the age in full years on the shoot date. When the age is not 3, 5 or 7 the customer is
 *       told the age in both countings, since families often mean the other one.
 *   <li>お宮参り takes place between two weeks and six months after birth (traditionally about the
 *       31st–33rd day, often later for the weather or the mother's health).
 * </ul>
 *
 * Answers are optional; a rule applies when its answer is given.
 */
final class CeremonyRules {
  private static final Set<Integer> SHICHI_GO_SAN_AGES = Set.of(3, 5, 7);

  private CeremonyRules() {}

  static List<FieldProblem> validate(BookingContext booking) {
    return switch (booking.categoryId()) {
      case "shichigosan" -> shichiGoSan(booking);
      case "omiyamairi" -> omiyamairi(booking);
      default -> List.of();
    };
  }

  static int kazoedoshi(LocalDate birth, LocalDate on) {
    return on.getYear() - birth.getYear() + 1;
  }

  static int manNenrei(LocalDate birth, LocalDate on) {
    return Period.between(birth, on).getYears();
  }

  private static List<FieldProblem> shichiGoSan(BookingContext booking) {
    String birthAnswer = booking.answers().get(JapanCeremonies.CHILD_BIRTH_DATE);
    if (birthAnswer == null) {
      return List.of();
    }
    LocalDate birth = LocalDate.parse(birthAnswer);
    LocalDate shoot = booking.shootDate();
    if (!birth.isBefore(shoot)) {
      return List.of(
          new FieldProblem(
              JapanCeremonies.CHILD_BIRTH_DATE,
              LocalizedText.of(
                  "生年月日は撮影日より前の日付にしてください。", "The date of birth must be before the shoot.")));
    }
    boolean man =
        JapanCeremonies.MAN_NENREI.equals(booking.answers().get(JapanCeremonies.AGE_COUNTING));
    int kazoe = kazoedoshi(birth, shoot);
    int full = manNenrei(birth, shoot);
    int age = man ? full : kazoe;
    if (SHICHI_GO_SAN_AGES.contains(age)) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            JapanCeremonies.CHILD_BIRTH_DATE,
            LocalizedText.of(
                String.format(
                    "撮影日のお子さまは%sで%d歳（%sでは%d歳）です。七五三は3・5・7歳のお祝いです。",
                    man ? "満年齢" : "数え年", age, man ? "数え年" : "満年齢", man ? kazoe : full),
                String.format(
                    "On the shoot date the child is %d by %s (%d by %s). Shichi-Go-San"
                        + " celebrates ages 3, 5 and 7.",
                    age,
                    man ? "man-nenrei" : "kazoedoshi",
                    man ? kazoe : full,
                    man ? "kazoedoshi" : "man-nenrei"))));
  }

  private static List<FieldProblem> omiyamairi(BookingContext booking) {
    String birthAnswer = booking.answers().get(JapanCeremonies.BIRTH_DATE);
    if (birthAnswer == null) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(LocalDate.parse(birthAnswer), booking.shootDate());
    if (days >= 14 && days <= 183) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            JapanCeremonies.BIRTH_DATE,
            LocalizedText.of(
                "お宮参りは生後2週間から6か月までの撮影でお受けしています（撮影日は生後" + days + "日です）。",
                "Omiyamairi shoots take place two weeks to six months after birth (the shoot is "
                    + days
                    + " days after).")));
  }
}
