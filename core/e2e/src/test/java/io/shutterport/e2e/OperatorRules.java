package io.shutterport.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A tenant's booking rules as its operator sees them, changed for a test and restored after. */
final class OperatorRules {
  final Api operator;
  final JsonObject original;

  OperatorRules(String host, String operatorEmail) {
    this(Accounts.demo(host, operatorEmail));
  }

  /** The rules as this (logged-in) operator's client sees them. */
  OperatorRules(Api operator) {
    this.operator = operator;
    original = operator.get("/api/v1/operator/rules").json();
  }

  /** The original rules with some fields replaced: name, value, name, value… */
  JsonObject with(Object... overrides) {
    var builder = Json.createObjectBuilder(original);
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] instanceof Integer n) {
        builder.add((String) overrides[i], n);
      } else {
        builder.add((String) overrides[i], (String) overrides[i + 1]);
      }
    }
    return builder.build();
  }

  Api.Answer set(Object... overrides) {
    return operator.put("/api/v1/operator/rules", with(overrides));
  }

  void restore() {
    operator.put("/api/v1/operator/rules", original);
  }
}
