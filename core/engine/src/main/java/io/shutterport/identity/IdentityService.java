package io.shutterport.identity;

import io.shutterport.identity.domain.PasswordHasher;
import io.shutterport.identity.domain.User;
import io.shutterport.identity.domain.UserToken;
import io.shutterport.identity.infrastructure.UserRepository;
import io.shutterport.notification.Mail;
import io.shutterport.notification.MailService;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.util.Sha256;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sign-up, verification, login and password reset. Every answer that could tell whether an e-mail
 * has an account is the same either way, and takes the same work (a password hash).
 */
@ApplicationScoped
public class IdentityService {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Set<String> COMMON_PASSWORDS =
      Set.of("password123", "1234567890", "qwertyuiop", "password1234", "iloveyou12");
  private static final Duration VERIFY_TTL = Duration.ofDays(2);
  private static final Duration RESET_TTL = Duration.ofHours(1);
  private static final Duration INVITE_TTL = Duration.ofDays(7);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AccountThrottle throttle;
  @Inject AccountSessions sessions;
  @Inject UserRepository users;
  @Inject MailService mail;
  @Inject Settings settings;
  @Inject SuspendedAccounts suspendedAccounts;
  @Inject io.shutterport.platform.audit.AuditLog audit;
  @Inject io.shutterport.platform.tenancy.TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<AccountSuspended> suspensions;

  private PasswordHasher hasher;
  private String dummyHash;

  @PostConstruct
  void init() {
    hasher = new PasswordHasher(settings.passwordIterations());
    dummyHash = hasher.hash("not-a-real-password-" + RANDOM.nextLong());
  }

  /**
   * Registers an account and mails a verification link. If the e-mail is taken, the owner gets a
   * mail saying so instead, and the caller sees the same result.
   *
   * @param registration the sign-up
   * @param linkBase the tenant's base URL for links in mails, e.g. {@code http://host:9080}
   */
  @Transactional
  public void register(Registration registration, String linkBase) {
    String email = validate(registration);
    throttle.beforeMail(email);
    Optional<User> existing = users.byEmail(email);
    if (existing.isPresent()) {
      hasher.hash(registration.password()); // same work as a new account
      mail.send(
          new Mail(
              email,
              registration.locale(),
              "mail.alreadyRegistered",
              Map.of("link", linkBase + "/login")));
      return;
    }
    User user =
        new User(
            email,
            hasher.hash(registration.password()),
            registration.displayName().strip(),
            registration.role(),
            registration.locale());
    users.add(user);
    String token = issueToken(user.id(), UserToken.Purpose.VERIFY, VERIFY_TTL);
    mail.send(
        new Mail(
            email,
            registration.locale(),
            "mail.verify",
            Map.of("link", linkBase + "/verify?token=" + token)));
  }

  /** Marks the e-mail verified; false if the token is unknown, used or expired. */
  @Transactional
  public boolean verifyEmail(String token) {
    return redeem(token, UserToken.Purpose.VERIFY)
        .map(
            u -> {
              u.verifyEmail();
              return true;
            })
        .orElse(false);
  }

  /** Checks credentials. Empty for a wrong password, an unknown e-mail or an unverified account. */
  @Transactional
  public Optional<UserView> login(String email, String password) {
    if (email == null || password == null || password.length() > 128) {
      return Optional.empty();
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    if (address.length() > 254) {
      return Optional.empty();
    }
    throttle.beforeLogin(address);
    Optional<User> user = users.byEmail(address);
    String stored = user.map(User::passwordHash).orElse(dummyHash);
    boolean matches = hasher.matches(password, stored);
    if (!matches) {
      throttle.failedLogin(address);
    }
    if (user.isEmpty()
        || !matches
        || !user.get().emailVerified()
        || suspendedAccounts.contains(user.get().id())) {
      return Optional.empty();
    }
    if (hasher.needsRehash(stored)) {
      user.get().changePassword(hasher.hash(password));
    }
    return Optional.of(user.get().view());
  }

  /** Mails a reset link if the account exists; looks the same either way. */
  @Transactional
  public void requestPasswordReset(String email, String locale, String linkBase) {
    if (email == null || !EMAIL.matcher(email.strip()).matches()) {
      throw InvalidInputException.of("email", "validation.email");
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    throttle.beforeMail(address);
    Optional<User> user = users.byEmail(address);
    if (user.isEmpty()) {
      return;
    }
    String token = issueToken(user.get().id(), UserToken.Purpose.RESET, RESET_TTL);
    mail.send(
        new Mail(
            user.get().email(),
            locale,
            "mail.reset",
            Map.of("link", linkBase + "/reset?token=" + token)));
  }

  /** Sets a new password with a reset token; the token works once. */
  @Transactional
  public void resetPassword(String token, String newPassword) {
    List<FieldError> errors = new ArrayList<>();
    checkPassword(newPassword, "", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    User user =
        redeem(token, UserToken.Purpose.RESET)
            .orElseThrow(() -> InvalidInputException.of("token", "validation.token"));
    user.changePassword(hasher.hash(newPassword));
    sessions.endAll(user.id()); // whoever knew the old password is logged out everywhere
  }

  @Transactional
  /** The user, who must have this role; forbidden otherwise. */
  public UserView requireRole(String id, Role role) {
    UserView user = user(id);
    if (user.role() != role) {
      throw new io.shutterport.platform.error.ForbiddenException();
    }
    return user;
  }

  public UserView user(String id) {
    return users.byId(id).map(User::view).orElseThrow(() -> new NotFoundException("user"));
  }

  @Transactional
  public Map<String, UserView> users(Collection<String> ids) {
    return users.byIds(ids).stream()
        .map(User::view)
        .collect(Collectors.toMap(UserView::id, Function.identity()));
  }

  /**
   * The ids of the accounts whose public name contains {@code text} (case-blind), at most {@code
   * limit} of them: what a name filter of the operator's records stands for.
   */
  @Transactional
  public List<String> idsNamed(String text, int limit) {
    return users.idsNamed(text, limit);
  }

  /** Creates a verified account directly (demo data, operator set-up). */
  @Transactional
  public UserView createVerified(
      String email, String passwordHash, String displayName, Role role, String locale) {
    User user = new User(email.toLowerCase(Locale.ROOT), passwordHash, displayName, role, locale);
    user.verifyEmail();
    users.add(user);
    return user.view();
  }

  /**
   * Creates a marketplace's first operator and mails them a link to choose their password (valid
   * for a week, once). The account has no usable password until then.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UserView inviteOperator(String email, String displayName, String locale, String linkBase) {
    byte[] unusable = new byte[32];
    RANDOM.nextBytes(unusable);
    UserView operator =
        createVerified(
            email,
            hasher.hash(Base64.getEncoder().encodeToString(unusable)),
            displayName,
            Role.OPERATOR,
            locale);
    String token = issueToken(operator.id(), UserToken.Purpose.RESET, INVITE_TTL);
    mail.send(
        new Mail(
            operator.email(),
            locale,
            "mail.operatorInvite",
            Map.of("link", linkBase + "/reset?token=" + token)));
    return operator;
  }

  /**
   * An operator suspends an account of their marketplace, or lifts the suspension: a suspended
   * account cannot log in, its open sessions stop working on every node, and a photographer's
   * listings leave search. Operators cannot be suspended this way (nor themselves).
   *
   * @return the accounts as listed afterwards
   */
  @Transactional
  public AccountView suspend(String operatorId, String userId, boolean suspend) {
    requireRole(operatorId, Role.OPERATOR);
    User user =
        users
            .byId(userId == null || userId.length() > 36 ? "" : userId)
            .orElseThrow(() -> new NotFoundException("user"));
    if (user.role() == Role.OPERATOR || user.role() == Role.PLATFORM_ADMIN) {
      throw new io.shutterport.platform.error.ForbiddenException();
    }
    boolean changed;
    if (suspend) {
      changed = !users.suspended(user.id());
      if (changed) {
        users.suspend(
            new io.shutterport.identity.domain.AccountSuspension(
                user.id(), tenant.require(), operatorId, java.time.Instant.now()));
      }
    } else {
      changed = users.reinstate(user.id());
    }
    if (changed) {
      suspensions.fire(new AccountSuspended(user.id(), user.role(), suspend));
      audit.record(operatorId, suspend ? "account.suspend" : "account.reinstate", user.id(), "");
    }
    return new AccountView(user.view(), suspend);
  }

  /** Every node reloads the suspended set once the change is committed. */
  void afterSuspension(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          AccountSuspended event) {
    suspendedAccounts.changed();
  }

  /** The marketplace's accounts, newest first, for its operators. */
  @Transactional
  public List<AccountView> accounts(String operatorId) {
    return accounts(operatorId, 500);
  }

  /** The marketplace's latest {@code limit} accounts, with suspension state. */
  @Transactional
  public List<AccountView> accounts(String operatorId, int limit) {
    requireRole(operatorId, Role.OPERATOR);
    return users.recent(limit).stream()
        .map(u -> new AccountView(u.view(), suspendedAccounts.contains(u.id())))
        .toList();
  }

  /**
   * One page of the marketplace's accounts for the records' table: filters {@code name}, {@code
   * email} (contain), {@code role} (a role's name) and {@code state} ({@code active} or {@code
   * suspended}); sorts {@code name}, {@code email}, {@code role}, {@code created}.
   */
  @Transactional
  public List<AccountView> accountRecords(
      String operatorId, io.shutterport.platform.persistence.RecordsQuery query) {
    requireRole(operatorId, Role.OPERATOR);
    Set<String> suspended = suspendedAccounts.all();
    return users
        .records(
            query.checked(), role(query), query.either("state", "suspended", "active"), suspended)
        .stream()
        .map(u -> new AccountView(u.view(), suspended.contains(u.id())))
        .toList();
  }

  /** How many accounts {@link #accountRecords}' filters keep. */
  @Transactional
  public long countAccounts(
      String operatorId, io.shutterport.platform.persistence.RecordsQuery query) {
    requireRole(operatorId, Role.OPERATOR);
    return users.countRecords(
        query.checked(),
        role(query),
        query.either("state", "suspended", "active"),
        suspendedAccounts.all());
  }

  private static Role role(io.shutterport.platform.persistence.RecordsQuery query) {
    String role = query.filter("role");
    try {
      return role == null ? null : Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("role", "validation.filter");
    }
  }

  /** Whether {@code email} (trimmed, lower case) is an address accounts may use. */
  public static boolean isEmail(String email) {
    return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
  }

  /** Whether an account with this e-mail exists in the current tenant. */
  public boolean exists(String email) {
    return users.byEmail(email.strip().toLowerCase(Locale.ROOT)).isPresent();
  }

  /** Hashes a password with today's settings (for demo data that shares one hash). */
  public String hashPassword(String password) {
    return hasher.hash(password);
  }

  private Optional<User> redeem(String token, UserToken.Purpose purpose) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return users
        .token(Sha256.hex(token))
        .filter(t -> t.redeem(purpose, Instant.now()))
        .flatMap(t -> users.byId(t.userId()));
  }

  private String issueToken(String userId, UserToken.Purpose purpose, Duration ttl) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    users.add(new UserToken(Sha256.hex(token), userId, purpose, Instant.now().plus(ttl)));
    return token;
  }

  private String validate(Registration r) {
    List<FieldError> errors = new ArrayList<>();
    String email = r.email() == null ? "" : r.email().strip().toLowerCase(Locale.ROOT);
    if (!isEmail(email)) {
      errors.add(new FieldError("email", "validation.email"));
    }
    checkPassword(r.password(), email, errors);
    String name = r.displayName() == null ? "" : r.displayName().strip();
    if (name.isEmpty() || name.length() > 80) {
      errors.add(new FieldError("displayName", "validation.displayName"));
    }
    if (r.role() != Role.CUSTOMER && r.role() != Role.PHOTOGRAPHER) {
      errors.add(new FieldError("role", "validation.role"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return email;
  }

  private static void checkPassword(String password, String email, List<FieldError> errors) {
    if (password == null
        || password.length() < 10
        || password.length() > 128
        || password.chars().distinct().count() < 5
        || COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
        || (email.split("@")[0].length() >= 4
            && password.toLowerCase(Locale.ROOT).contains(email.split("@")[0]))) {
      errors.add(new FieldError("password", "validation.password"));
    }
  }
}
