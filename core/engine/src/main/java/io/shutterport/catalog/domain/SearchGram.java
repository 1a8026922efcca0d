package io.shutterport.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One character bigram of a photographer's searchable text. */
@Entity
@Table(name = "search_gram")
@IdClass(SearchGram.Key.class)
public class SearchGram extends io.shutterport.platform.persistence.TenantOwned {
  @Id
  @Column(name = "photographer_id")
  private String photographerId;

  @Id private String gram;

  protected SearchGram() {}

  public SearchGram(String photographerId, String gram) {
    this.photographerId = photographerId;
    this.gram = gram;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String photographerId;
    private String gram;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(photographerId, k.photographerId)
          && Objects.equals(gram, k.gram);
    }

    @Override
    public int hashCode() {
      return Objects.hash(photographerId, gram);
    }
  }
}
