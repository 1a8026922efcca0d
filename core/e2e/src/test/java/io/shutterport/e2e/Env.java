package io.shutterport.e2e;

/** Where the server under test listens, and the demo accounts it was seeded with. */
final class Env {
  static final int PORT = Integer.getInteger("it.base.port", 9280);
  static final String SAKURA = "sakura.localhost:" + PORT;
  static final String PAWS = "paws.localhost:" + PORT;
  static final String DEMO_PASSWORD = "shutterport-demo";
  static final String PASSWORD = "correct horse battery staple";

  private Env() {}

  static String unique(String name) {
    return name + "-" + Long.toString(System.nanoTime(), 36) + "@example.test";
  }
}
