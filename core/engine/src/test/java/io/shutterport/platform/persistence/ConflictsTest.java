package io.shutterport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictsTest {
  @Test
  void aLostOptimisticLockWrappedByTheTransactionIsAConflict() {
    var commit = new RollbackException("commit failed");
    commit.initCause(new OptimisticLockException("row changed"));
    assertThat(Conflicts.is(new jakarta.transaction.TransactionalException("tx", commit))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "23P01", "40001", "40P01", "55P03", "HYT00", "90131"})
  void raceStatesOfTheDatabaseAreConflicts(String state) {
    var sql = new SQLException("refused", state);
    assertThat(Conflicts.is(new PersistenceException(sql))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(Conflicts.is(new PersistenceException(new SQLException("syntax", "42601"))))
        .isFalse();
    assertThat(Conflicts.is(new IllegalStateException("bug"))).isFalse();
    assertThat(Conflicts.is(null)).isFalse();
  }

  @Test
  void aCauseLoopEnds() {
    var a = new RuntimeException("a");
    var b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(Conflicts.is(a)).isFalse();
  }
}
