package io.shutterport.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs a marketplace may point a plugin at. An operator's setting must not make the server
 * call itself or its neighbours (blind SSRF through a payment plugin's base URL): a URL whose host
 * is, or resolves to, a loopback, link-local (cloud metadata at 169.254.169.254 among them),
 * private, shared (100.64/10), unique-local, multicast or unspecified address is refused — unless
 * the platform operator lists the host in {@code SHUTTERPORT_PLUGINS_ALLOWED_HOSTS} (a stub or an
 * internal gateway they run on purpose). Deployment-wide plugin defaults set by the platform
 * operator are theirs and not checked.
 */
@ApplicationScoped
public class OutboundUrls {
  @Inject Settings settings;

  /** Names that are metadata services whatever they resolve to. */
  private static final Set<String> METADATA_NAMES =
      Set.of("metadata", "metadata.google.internal", "metadata.goog", "instance-data");

  /** The outcome of a check: allowed, or why not. */
  public enum Verdict {
    ALLOWED,
    MALFORMED,
    PRIVATE
  }

  public Verdict check(String value) {
    return check(value, allowedHosts(settings.pluginsAllowedHosts()), OutboundUrls::resolve);
  }

  /** The check itself, with the allowed hosts and the resolver given (for tests). */
  static Verdict check(String value, Set<String> allowed, Resolver resolver) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      return Verdict.MALFORMED;
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null) {
      return Verdict.MALFORMED;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (allowed.contains(host)) {
      return Verdict.ALLOWED;
    }
    if (METADATA_NAMES.contains(host) || host.endsWith(".internal") || host.endsWith(".local")) {
      return Verdict.PRIVATE;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      // Not resolvable from here now (a name of a network this node cannot see, or a typo): no
      // address to judge. The plugin's calls will fail with a clear error if it stays so.
      return Verdict.ALLOWED;
    }
    return Arrays.stream(addresses).anyMatch(OutboundUrls::internal)
        ? Verdict.PRIVATE
        : Verdict.ALLOWED;
  }

  /** Whether an address belongs to this machine, its networks or the cloud's internals. */
  static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved, broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return internal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  static Set<String> allowedHosts(String list) {
    return Arrays.stream(list.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    return InetAddress.getAllByName(host);
  }

  /** Resolves a host name to its addresses. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }
}
