package io.shutterport.identity.infrastructure;

import io.shutterport.identity.domain.User;
import io.shutterport.identity.domain.UserToken;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users and tokens of the current tenant. */
@ApplicationScoped
public class UserRepository {
  @Inject Db db;

  public Optional<User> byId(String id) {
    return Optional.ofNullable(db.em().find(User.class, id));
  }

  public Optional<User> byEmail(String email) {
    return db.em()
        .createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public List<User> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public void add(User user) {
    db.insert(user);
  }

  public void add(UserToken token) {
    db.insert(token);
  }

  public Optional<UserToken> token(String hash) {
    return Optional.ofNullable(db.em().find(UserToken.class, hash));
  }
}
