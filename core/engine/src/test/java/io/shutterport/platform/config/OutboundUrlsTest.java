package io.shutterport.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.platform.config.OutboundUrls.Verdict;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundUrlsTest {
  /** A resolver that knows a few names, as DNS would answer them (rebinding included). */
  private static final OutboundUrls.Resolver DNS =
      host -> {
        Map<String, String> names =
            Map.of(
                "api.example.com", "93.184.216.34",
                "rebind.example.com", "169.254.169.254",
                "intranet.example.com", "10.1.2.3",
                "localhost", "127.0.0.1");
        String address = names.get(host);
        if (address == null && !host.matches("[0-9a-f:.]+")) {
          throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address != null ? address : host)};
      };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/",
        "http://localhost/",
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "https://rebind.example.com/",
        "https://intranet.example.com/v1"
      })
  void internalAddressesAreRefused(String url) {
    assertThat(OutboundUrls.check(url, Set.of(), DNS)).isEqualTo(Verdict.PRIVATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"javascript:alert(1)", "ftp://api.example.com/", "http://user@api.example.com/"})
  void otherSchemesAndCredentialsAreMalformed(String url) {
    assertThat(OutboundUrls.check(url, Set.of(), DNS)).isEqualTo(Verdict.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.example.com/", "https://93.184.216.34/"})
  void publicAddressesAreAllowed(String url) {
    assertThat(OutboundUrls.check(url, Set.of(), DNS)).isEqualTo(Verdict.ALLOWED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9999/", "http://LOCALHOST/"})
  void thePlatformOperatorMayAllowInternalHosts(String url) {
    assertThat(OutboundUrls.check(url, OutboundUrls.allowedHosts("127.0.0.1, localhost"), DNS))
        .isEqualTo(Verdict.ALLOWED);
  }
}
