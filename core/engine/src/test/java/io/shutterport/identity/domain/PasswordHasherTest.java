package io.shutterport.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(600_000);

  @Test
  void hashesWithPbkdf2Sha256AtOwaspIterationsAndASalt() {
    String hash = hasher.hash("correct horse battery staple");
    assertThat(hash).startsWith("pbkdf2-sha256$600000$");
    assertThat(hasher.hash("correct horse battery staple")).isNotEqualTo(hash);
    assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
  }

  @Test
  void weakerHashesAreUpgradedAndMalformedOnesNeverMatch() {
    String weak = new PasswordHasher(1_000).hash("secret-password");
    assertThat(hasher.matches("secret-password", weak)).isTrue();
    assertThat(hasher.needsRehash(weak)).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("x-password"))).isFalse();
    assertThat(hasher.matches("x", "plain-text")).isFalse();
    assertThat(hasher.matches("x", "pbkdf2-sha256$abc$!!$??")).isFalse();
  }
}
