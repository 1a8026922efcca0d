package io.shutterport.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The 47 prefectures of Japan, in JIS order, with Japanese and English names. */
public enum Prefecture {
  HOKKAIDO("北海道", "Hokkaido"),
  AOMORI("青森県", "Aomori"),
  IWATE("岩手県", "Iwate"),
  MIYAGI("宮城県", "Miyagi"),
  AKITA("秋田県", "Akita"),
  YAMAGATA("山形県", "Yamagata"),
  FUKUSHIMA("福島県", "Fukushima"),
  IBARAKI("茨城県", "Ibaraki"),
  TOCHIGI("栃木県", "Tochigi"),
  GUNMA("群馬県", "Gunma"),
  SAITAMA("埼玉県", "Saitama"),
  CHIBA("千葉県", "Chiba"),
  TOKYO("東京都", "Tokyo"),
  KANAGAWA("神奈川県", "Kanagawa"),
  NIIGATA("新潟県", "Niigata"),
  TOYAMA("富山県", "Toyama"),
  ISHIKAWA("石川県", "Ishikawa"),
  FUKUI("福井県", "Fukui"),
  YAMANASHI("山梨県", "Yamanashi"),
  NAGANO("長野県", "Nagano"),
  GIFU("岐阜県", "Gifu"),
  SHIZUOKA("静岡県", "Shizuoka"),
  AICHI("愛知県", "Aichi"),
  MIE("三重県", "Mie"),
  SHIGA("滋賀県", "Shiga"),
  KYOTO("京都府", "Kyoto"),
  OSAKA("大阪府", "Osaka"),
  HYOGO("兵庫県", "Hyogo"),
  NARA("奈良県", "Nara"),
  WAKAYAMA("和歌山県", "Wakayama"),
  TOTTORI("鳥取県", "Tottori"),
  SHIMANE("島根県", "Shimane"),
  OKAYAMA("岡山県", "Okayama"),
  HIROSHIMA("広島県", "Hiroshima"),
  YAMAGUCHI("山口県", "Yamaguchi"),
  TOKUSHIMA("徳島県", "Tokushima"),
  KAGAWA("香川県", "Kagawa"),
  EHIME("愛媛県", "Ehime"),
  KOCHI("高知県", "Kochi"),
  FUKUOKA("福岡県", "Fukuoka"),
  SAGA("佐賀県", "Saga"),
  NAGASAKI("長崎県", "Nagasaki"),
  KUMAMOTO("熊本県", "Kumamoto"),
  OITA("大分県", "Oita"),
  MIYAZAKI("宮崎県", "Miyazaki"),
  KAGOSHIMA("鹿児島県", "Kagoshima"),
  OKINAWA("沖縄県", "Okinawa");

  private final String japanese;
  private final String english;

  Prefecture(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
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
