package io.shutterport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class IndexedMigrationsTest {

  @Test
  void indexListsExactlyTheMigrationFiles() throws Exception {
    try (Stream<Path> files =
        Files.list(Path.of("src/main/resources/" + IndexedMigrations.FOLDER))) {
      var onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
      assertThat(IndexedMigrations.readIndex(getClass().getClassLoader())).isEqualTo(onDisk);
    }
  }

  @Test
  void migratesAnEmptyH2Database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    var result =
        Flyway.configure()
            .dataSource(h2)
            .resourceProvider(new IndexedMigrations(getClass().getClassLoader()))
            .load()
            .migrate();
    assertThat(result.migrationsExecuted)
        .isEqualTo(IndexedMigrations.readIndex(getClass().getClassLoader()).size());
    assertThat(result.success).isTrue();
  }
}
