package io.shutterport.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The message other nodes hear is the change itself, whatever its scope. */
class SearchInputsChangedTest {
  @Test
  void everyScopeCrossesTheBusWhole() {
    LocalDate d = LocalDate.of(2027, 11, 15);
    for (SearchInputsChanged change :
        new SearchInputsChanged[] {
          SearchInputsChanged.holds("sakura", "p-1", Set.of(d, d.plusDays(1))),
          SearchInputsChanged.figures("sakura", "p-1"),
          SearchInputsChanged.cover("sakura", "p-1"),
          SearchInputsChanged.listing("sakura", "p-1"),
          SearchInputsChanged.tenant("sakura")
        }) {
      assertThat(SearchInputsChanged.decode(change.encode())).isEqualTo(change);
    }
  }

  @Test
  void onlyHeldTimeIsBoundToDates() {
    assertThat(SearchInputsChanged.holds("t", "p", Set.of(LocalDate.EPOCH)).anyDate()).isFalse();
    assertThat(SearchInputsChanged.listing("t", "p").anyDate()).isTrue();
    assertThatThrownBy(
            () -> new SearchInputsChanged("t", SearchInputsChanged.Scope.LISTING, null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchInputsChanged.decode("t HOLDS p"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
