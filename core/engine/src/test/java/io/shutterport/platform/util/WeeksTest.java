package io.shutterport.platform.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeksTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void twelveWeeksEndWithThisOneAndStartOnMondays() {
    Weeks weeks = Weeks.lastOf(12, TOKYO);
    LocalDate today = LocalDate.now(TOKYO);
    assertThat(weeks.first().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(weeks.monday(11)).isEqualTo(Weeks.mondayOf(today));
    assertThat(weeks.indexOf(today.atStartOfDay(TOKYO).toInstant())).isEqualTo(11);
    assertThat(weeks.indexOf(weeks.from())).isZero();
    assertThat(weeks.indexOf(weeks.from().minusSeconds(1))).as("the Sunday before").isEqualTo(-1);
    assertThat(weeks.indexOf(weeks.to())).as("next Monday").isEqualTo(12);
    assertThat(Weeks.lastOf(0, TOKYO).count()).isEqualTo(1);
    assertThat(Weeks.lastOf(500, TOKYO).count()).isEqualTo(52);
  }

  @Test
  void aMondayIsItsOwnWeeksMonday() {
    assertThat(Weeks.mondayOf(LocalDate.parse("2026-12-07"))).isEqualTo("2026-12-07");
    assertThat(Weeks.mondayOf(LocalDate.parse("2026-12-13"))).isEqualTo("2026-12-07");
  }
}
