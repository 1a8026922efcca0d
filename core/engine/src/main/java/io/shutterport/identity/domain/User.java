package io.shutterport.identity.domain;

import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account on one tenant. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByEmail", query = "SELECT u FROM User u WHERE u.email = :email")
public class User extends TenantOwned {
  @Id private String id;
  private String email;

  @Column(name = "email_verified")
  private boolean emailVerified;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Role role;

  private String locale;

  @Column(name = "created_at")
  private Instant createdAt;

  protected User() {}

  public User(String email, String passwordHash, String displayName, Role role, String locale) {
    this.id = UUID.randomUUID().toString();
    this.email = email;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.role = role;
    this.locale = locale;
    this.createdAt = Instant.now();
  }

  public void verifyEmail() {
    emailVerified = true;
  }

  public void changePassword(String newHash) {
    passwordHash = newHash;
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public UserView view() {
    return new UserView(id, email, displayName, role, locale);
  }
}
