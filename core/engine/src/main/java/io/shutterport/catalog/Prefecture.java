package io.shutterport.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 47 prefectures of Japan, in JIS order, with Japanese and English names and where their
 * prefectural office stands (to centre a map and to search around when no place is given).
 */
public enum Prefecture {
  HOKKAIDO("北海道", "Hokkaido", 43.064, 141.347),
  AOMORI("青森県", "Aomori", 40.824, 140.74),
  IWATE("岩手県", "Iwate", 39.704, 141.153),
  MIYAGI("宮城県", "Miyagi", 38.269, 140.872),
  AKITA("秋田県", "Akita", 39.719, 140.102),
  YAMAGATA("山形県", "Yamagata", 38.24, 140.364),
  FUKUSHIMA("福島県", "Fukushima", 37.75, 140.468),
  IBARAKI("茨城県", "Ibaraki", 36.342, 140.447),
  TOCHIGI("栃木県", "Tochigi", 36.566, 139.884),
  GUNMA("群馬県", "Gunma", 36.391, 139.061),
  SAITAMA("埼玉県", "Saitama", 35.857, 139.649),
  CHIBA("千葉県", "Chiba", 35.605, 140.123),
  TOKYO("東京都", "Tokyo", 35.69, 139.692),
  KANAGAWA("神奈川県", "Kanagawa", 35.448, 139.642),
  NIIGATA("新潟県", "Niigata", 37.902, 139.024),
  TOYAMA("富山県", "Toyama", 36.695, 137.211),
  ISHIKAWA("石川県", "Ishikawa", 36.594, 136.626),
  FUKUI("福井県", "Fukui", 36.065, 136.222),
  YAMANASHI("山梨県", "Yamanashi", 35.664, 138.568),
  NAGANO("長野県", "Nagano", 36.651, 138.181),
  GIFU("岐阜県", "Gifu", 35.391, 136.722),
  SHIZUOKA("静岡県", "Shizuoka", 34.977, 138.383),
  AICHI("愛知県", "Aichi", 35.18, 136.907),
  MIE("三重県", "Mie", 34.73, 136.509),
  SHIGA("滋賀県", "Shiga", 35.004, 135.869),
  KYOTO("京都府", "Kyoto", 35.021, 135.756),
  OSAKA("大阪府", "Osaka", 34.686, 135.52),
  HYOGO("兵庫県", "Hyogo", 34.691, 135.183),
  NARA("奈良県", "Nara", 34.685, 135.833),
  WAKAYAMA("和歌山県", "Wakayama", 34.226, 135.168),
  TOTTORI("鳥取県", "Tottori", 35.504, 134.238),
  SHIMANE("島根県", "Shimane", 35.472, 133.051),
  OKAYAMA("岡山県", "Okayama", 34.662, 133.935),
  HIROSHIMA("広島県", "Hiroshima", 34.396, 132.459),
  YAMAGUCHI("山口県", "Yamaguchi", 34.186, 131.471),
  TOKUSHIMA("徳島県", "Tokushima", 34.066, 134.559),
  KAGAWA("香川県", "Kagawa", 34.34, 134.043),
  EHIME("愛媛県", "Ehime", 33.842, 132.766),
  KOCHI("高知県", "Kochi", 33.56, 133.531),
  FUKUOKA("福岡県", "Fukuoka", 33.607, 130.418),
  SAGA("佐賀県", "Saga", 33.249, 130.299),
  NAGASAKI("長崎県", "Nagasaki", 32.745, 129.874),
  KUMAMOTO("熊本県", "Kumamoto", 32.79, 130.742),
  OITA("大分県", "Oita", 33.238, 131.613),
  MIYAZAKI("宮崎県", "Miyazaki", 31.911, 131.424),
  KAGOSHIMA("鹿児島県", "Kagoshima", 31.56, 130.558),
  OKINAWA("沖縄県", "Okinawa", 26.212, 127.681);

  private final String japanese;
  private final String english;
  private final double latitude;
  private final double longitude;

  Prefecture(String japanese, String english, double latitude, double longitude) {
    this.japanese = japanese;
    this.english = english;
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /** The latitude of the prefectural office, in degrees. */
  public double latitude() {
    return latitude;
  }

  /** The longitude of the prefectural office, in degrees. */
  public double longitude() {
    return longitude;
  }

  /** The lower-case code used in URLs and the API, e.g. {@code kyoto}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String label(String language) {
    return "ja".equals(language) ? japanese : english;
  }

  public static Optional<Prefecture> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(p -> p.code().equals(code.strip())).findFirst();
  }
}
