package io.shutterport.demo;

import io.shutterport.catalog.CatalogService;
import io.shutterport.catalog.PlanForm;
import io.shutterport.catalog.ProfileForm;
import io.shutterport.gallery.GalleryService;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.tenant.NewTenant;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Seeds the two demo marketplaces. */
@ApplicationScoped
public class DemoData {
  /** The password of every demo account; printed in the README, never used in production. */
  public static final String DEMO_PASSWORD = "shutterport-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject TenantService tenants;
  @Inject IdentityService identity;
  @Inject CatalogService catalog;
  @Inject GalleryService gallery;
  @Inject TenantContext context;
  @Inject DemoData self;

  record Photographer(
      String email,
      String name,
      String bio,
      String prefecture,
      String city,
      float hue,
      List<PlanForm> plans) {}

  /** Creates the demo tenants that are missing. */
  public void seed(String storagePlugin) {
    String hash = null; // a 600,000-round hash: only worth it when a tenant is missing
    for (var spec : List.of(sakura(storagePlugin), paws(storagePlugin), hanayome(storagePlugin))) {
      if (tenants.exists(spec.id())) {
        continue;
      }
      if (hash == null) {
        hash = identity.hashPassword(DEMO_PASSWORD);
      }
      try {
        self.seedTenant(spec, hash);
      } catch (RuntimeException e) {
        // Another node may be seeding the same tenant at this moment.
        LOG.log(Level.WARNING, "Demo tenant {0} not seeded: {1}", new Object[] {spec.id(), e});
      }
    }
  }

  /** Seeds one tenant in its own request scope and transaction; public so it is intercepted. */
  @ActivateRequestContext
  @Transactional
  public void seedTenant(NewTenant spec, String hash) {
    if (tenants.exists(spec.id())) {
      return;
    }
    tenants.create(spec);
    context.enter(spec.id());
    identity.createVerified(
        "operator@" + spec.id() + ".example", hash, "Operator", Role.OPERATOR, "ja");
    identity.createVerified(
        "customer@" + spec.id() + ".example", hash, "山田 花子", Role.CUSTOMER, "ja");
    int n = 0;
    for (Photographer p : photographers(spec.id())) {
      UserView user = identity.createVerified(p.email(), hash, p.name(), Role.PHOTOGRAPHER, "ja");
      // based at their city's office, so that a search around a place finds them too
      var base =
          io.shutterport.catalog.Places.locate(
              io.shutterport.catalog.Prefecture.fromCode(p.prefecture()).orElseThrow().label("ja")
                  + p.city(),
              "ja");
      catalog.saveProfile(
          user.id(),
          new ProfileForm(
              p.name(),
              p.bio(),
              p.prefecture(),
              p.city(),
              "ja,en",
              base.map(io.shutterport.catalog.Places.Place::latitude).orElse(null),
              base.map(io.shutterport.catalog.Places.Place::longitude).orElse(null),
              null));
      for (PlanForm plan : p.plans()) {
        catalog.addPlan(user.id(), plan);
      }
      for (int i = 0; i < 3; i++) {
        byte[] jpeg = DemoImages.photo(1200, 800, (p.hue() + i * 0.05f) % 1f, n * 10L + i);
        gallery.addPortfolioPhoto(user.id(), new ByteArrayInputStream(jpeg));
      }
      n++;
    }
    LOG.log(Level.INFO, "Demo tenant {0} seeded", spec.id());
  }

  private static NewTenant sakura(String storagePlugin) {
    return new NewTenant(
        "sakura",
        "さくらフォト",
        List.of("sakura.localhost"),
        "ja",
        "JPY",
        "Asia/Tokyo",
        "sakura",
        1500,
        storagePlugin,
        "payment-invoice",
        List.of("category-japan-ceremonies"),
        Map.of("payment-invoice", Map.of("bankDetails", "さくら銀行 本店 普通 1234567 サクラフォト（デモ）")));
  }

  private static NewTenant paws(String storagePlugin) {
    return new NewTenant(
        "paws",
        "Paws & Shutter",
        List.of("paws.localhost"),
        "ja",
        "JPY",
        "Asia/Tokyo",
        "paws",
        1200,
        storagePlugin,
        "payment-invoice",
        List.of("category-pets"),
        Map.of("payment-invoice", Map.of("bankDetails", "Paws Bank 001 Savings 7654321 (demo)")));
  }

  private static NewTenant hanayome(String storagePlugin) {
    return new NewTenant(
        "hanayome",
        "はなよめフォト",
        List.of("hanayome.localhost"),
        "ja",
        "JPY",
        "Asia/Tokyo",
        "bridal",
        1500,
        storagePlugin,
        "payment-invoice",
        List.of("category-wedding", "category-family"),
        Map.of("payment-invoice", Map.of("bankDetails", "はなよめ銀行 本店 普通 2468024（デモ）")));
  }

  private static List<Photographer> photographers(String tenant) {
    if (tenant.equals("hanayome")) {
      return List.of(
          new Photographer(
              "mao@hanayome.example",
              "石田 真央",
              "京都・鎌倉での和装前撮りを中心に撮影しています。桜と紅葉の季節はお早めに。",
              "kyoto",
              "京都市",
              0.08f,
              List.of(
                  demoPlan("maedori", "和装前撮り ロケーション 120分", 120, 88_000L, 80),
                  demoPlan("engagement", "エンゲージメントフォト 60分", 60, 33_000L, 40))),
          new Photographer(
              "rina@hanayome.example",
              "上野 里奈",
              "マタニティとニューボーンのご自宅撮影。赤ちゃんのペースで進めます。",
              "tokyo",
              "目黒区",
              0.55f,
              List.of(
                  demoPlan("maternity", "マタニティフォト 60分", 60, 25_000L, 40),
                  demoPlan("newborn", "ニューボーンフォト ご自宅 120分", 120, 45_000L, 50))));
    }
    if (tenant.equals("sakura")) {
      return List.of(
          new Photographer(
              "aoi@sakura.example",
              "高橋 あおい",
              "京都の神社での七五三撮影が得意です。自然な笑顔を引き出します。",
              "kyoto",
              "京都市",
              0.93f,
              List.of(
                  demoPlan("shichigosan", "七五三 神社ロケーション 60分", 60, 29_800L, 60),
                  demoPlan("omiyamairi", "お宮参り 60分", 60, 24_800L, 50))),
          new Photographer(
              "ren@sakura.example",
              "佐藤 蓮",
              "東京・神奈川で出張撮影。入学式・卒業式もお任せください。",
              "tokyo",
              "渋谷区",
              0.58f,
              List.of(
                  demoPlan("shichigosan", "七五三 撮り放題 90分", 90, 39_800L, 100),
                  demoPlan("school-ceremony", "入学・卒業 記念 60分", 60, 19_800L, 40))),
          new Photographer(
              "mei@sakura.example",
              "中村 芽衣",
              "大阪を中心に関西一円。成人式の振袖撮影が人気です。",
              "osaka",
              "大阪市",
              0.08f,
              List.of(
                  demoPlan("seijinshiki", "成人式 振袖 60分", 60, 32_000L, 60),
                  demoPlan("shichigosan", "七五三 60分", 60, 27_500L, 50))));
    }
    return List.of(
        new Photographer(
            "kenta@paws.example",
            "小林 健太",
            "元トリマーのペットカメラマン。ドッグランでの撮影が得意です。",
            "tokyo",
            "世田谷区",
            0.30f,
            List.of(
                demoPlan("dog", "わんちゃん お散歩撮影 60分", 60, 16_500L, 40),
                demoPlan("cat", "ねこ おうち撮影 60分", 60, 18_000L, 40))),
        new Photographer(
            "yui@paws.example",
            "森 結衣",
            "猫と暮らして15年。おうちでの自然な姿を撮ります。",
            "kanagawa",
            "横浜市",
            0.12f,
            List.of(demoPlan("cat", "ねこ専門 おうち撮影 90分", 90, 22_000L, 60))));
  }

  /** Demo plans deliver in two weeks and offer 30 more minutes and express delivery. */
  private static PlanForm demoPlan(
      String category, String title, int minutes, long price, int photos) {
    return new PlanForm(
        category, title, minutes, price, photos, 14, 30, 5_000L, 3, 8_000L, null, null);
  }
}
