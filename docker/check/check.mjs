// Validates Shutterport's deployment files without a cluster, a container engine or a cloud
// account (none is reachable where the tests run; docs/operator/deploy.md says what this covers):
//   - docker/Dockerfile: parsed and linted by dockerfile-utils (the Docker language server's
//     validator); two stages; the image runs as a non-root user.
//   - docker/kubernetes/plain: every object against the Kubernetes OpenAPI schemas
//     (kubernetes-models), and their references to each other: selectors, ConfigMaps, Services.
//   - docker/kubernetes/operator: OpenLibertyApplication's fields (apps.openliberty.io/v1) and the
//     Kubernetes types inside it against the same schemas.
//   - docker/terraform/aws: parsed by HashiCorp's HCL parser (hcl2json); every var., local.,
//     data. and resource reference names something declared; every variable is used.
// `node check.mjs --self-test` runs the same checks on the broken files in broken/ and fails
// unless each of them is refused.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { parse as parseHcl } from "@cdktf/hcl2json";
import dockerfileUtils from "dockerfile-utils";

const here = dirname(fileURLToPath(import.meta.url));
const docker = join(here, "..");

/** Secrets the manifests name but do not define: the operator makes them (deploy.md). */
const EXTERNAL_SECRETS = new Set(["shutterport-secrets", "shutterport-tls"]);
const HEALTH = new Set(["/health/started", "/health/ready", "/health/live"]);

class Problems {
  constructor() {
    this.list = [];
  }
  add(where, what) {
    // Paths relative to docker/, so that no machine's folders reach the log.
    this.list.push(`${where.replaceAll(docker + "/", "")}: ${what}`);
  }
}

// ---------------------------------------------------------------- Dockerfile

function checkDockerfile(file, problems) {
  const text = readFileSync(file, "utf8");
  for (const d of dockerfileUtils.validate(text)) {
    problems.add(`${file}:${d.range.start.line + 1}`, d.message);
  }
  const stages = text.split("\n").filter((l) => /^FROM\s/i.test(l));
  if (stages.length < 2) {
    problems.add(file, "expected a multi-stage build (a build stage and a runtime stage)");
  }
  const finalStage = text.slice(text.lastIndexOf("\nFROM "));
  const users = [...finalStage.matchAll(/^USER\s+(\S+)/gim)].map((m) => m[1]);
  if (users.length === 0 || ["root", "0"].includes(users[users.length - 1])) {
    problems.add(file, "the runtime stage must end as a non-root USER");
  }
}

// ---------------------------------------------------------------- Kubernetes

function yamlObjects(dir, problems) {
  const objects = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const file = join(dir, name);
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
      if (doc.errors.length > 0) {
        doc.errors.forEach((e) => problems.add(file, e.message));
        continue;
      }
      const value = doc.toJS();
      if (value) {
        objects.push({ file, value });
      }
    }
  }
  return objects;
}

/** The kubernetes-models module of an apiVersion and kind, e.g. apps/v1 Deployment. */
function modelPath(apiVersion, kind) {
  return `kubernetes-models/${apiVersion}/${kind}`;
}

async function validateModel(path, value, where, problems) {
  let Model;
  try {
    Model = (await import(path)).default ?? (await import(path))[path.split("/").pop()];
  } catch {
    problems.add(where, `unknown type ${path.replace("kubernetes-models/", "")}`);
    return;
  }
  try {
    new Model(value).validate();
  } catch (e) {
    problems.add(where, e.message);
  }
}

function labelsMatch(selector, labels) {
  return Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
}

function checkEnvSources(envFrom, configMaps, where, problems) {
  for (const source of envFrom ?? []) {
    if (source.configMapRef && !configMaps.has(source.configMapRef.name)) {
      problems.add(where, `ConfigMap ${source.configMapRef.name} is not defined`);
    }
    if (source.secretRef && !EXTERNAL_SECRETS.has(source.secretRef.name)) {
      problems.add(where, `Secret ${source.secretRef.name} is neither defined nor documented`);
    }
  }
}

function checkProbes(probes, where, problems) {
  for (const [name, probe] of Object.entries(probes)) {
    const path = probe?.httpGet?.path;
    if (probe && !HEALTH.has(path)) {
      problems.add(where, `${name} probe on ${path}: expected one of ${[...HEALTH].join(", ")}`);
    }
  }
}

async function checkPlainManifests(dir, problems) {
  const objects = yamlObjects(dir, problems);
  const named = (kind) => objects.filter((o) => o.value.kind === kind);
  const configMaps = new Set(named("ConfigMap").map((o) => o.value.metadata?.name));
  for (const { file, value } of objects) {
    const where = `${file} ${value.kind}/${value.metadata?.name}`;
    await validateModel(modelPath(value.apiVersion, value.kind), value, where, problems);
  }
  const deployments = named("Deployment").map((o) => o.value);
  for (const { file, value } of named("Deployment")) {
    const where = `${file} Deployment/${value.metadata.name}`;
    const pod = value.spec.template;
    if (!labelsMatch(value.spec.selector.matchLabels, pod.metadata?.labels)) {
      problems.add(where, "the selector does not match the pod template's labels");
    }
    for (const container of pod.spec.containers) {
      checkEnvSources(container.envFrom, configMaps, where, problems);
      checkProbes(
        {
          startup: container.startupProbe,
          readiness: container.readinessProbe,
          liveness: container.livenessProbe,
        },
        where,
        problems,
      );
      if (!container.livenessProbe || !container.startupProbe) {
        problems.add(where, "every container needs a startup and a liveness probe");
      }
    }
  }
  const podsOf = (selector) =>
    deployments.filter((d) => labelsMatch(selector, d.spec.template.metadata.labels));
  const services = named("Service").map((o) => o.value);
  for (const { file, value } of named("Service")) {
    const where = `${file} Service/${value.metadata.name}`;
    const targets = podsOf(value.spec.selector);
    if (targets.length === 0) {
      problems.add(where, "selects no Deployment's pods");
    }
    for (const d of targets) {
      if (!d.spec.template.spec.containers[0].readinessProbe) {
        problems.add(where, `sends traffic to ${d.metadata.name}, which has no readiness probe`);
      }
    }
  }
  for (const { file, value } of named("Ingress")) {
    for (const rule of value.spec.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend.service;
        const service = services.find((s) => s.metadata.name === backend.name);
        if (!service) {
          problems.add(`${file} Ingress/${value.metadata.name}`, `no Service ${backend.name}`);
        } else if (
          backend.port.name &&
          !service.spec.ports.some((p) => p.name === backend.port.name)
        ) {
          problems.add(`${file} Ingress/${value.metadata.name}`, `no port ${backend.port.name}`);
        }
      }
    }
  }
  for (const { file, value } of named("HorizontalPodAutoscaler")) {
    const target = value.spec.scaleTargetRef;
    if (!deployments.some((d) => d.metadata.name === target.name && target.kind === "Deployment")) {
      problems.add(`${file} HorizontalPodAutoscaler/${value.metadata.name}`, `no ${target.kind} ${target.name}`);
    }
  }
  for (const { file, value } of named("PodDisruptionBudget")) {
    if (podsOf(value.spec.selector.matchLabels).length === 0) {
      problems.add(`${file} PodDisruptionBudget/${value.metadata.name}`, "selects no Deployment's pods");
    }
  }
  return objects.length;
}

/** The fields of apps.openliberty.io/v1 OpenLibertyApplication's spec this check knows. */
const OLA_SPEC = new Set([
  "affinity", "applicationImage", "applicationName", "applicationVersion", "autoscaling",
  "createKnativeService", "deployment", "disableServiceLinks", "dns", "env", "envFrom", "expose",
  "initContainers", "manageTLS", "monitoring", "networkPolicy", "probes", "pullPolicy",
  "pullSecret", "replicas", "resources", "route", "securityContext", "semeruCloudCompiler",
  "service", "serviceAccount", "serviceAccountName", "serviceability", "sidecarContainers", "sso",
  "statefulSet", "tolerations", "topologySpreadConstraints", "volumeMounts", "volumes",
]);
const OLA_AUTOSCALING = new Set(["minReplicas", "maxReplicas", "targetCPUUtilizationPercentage", "targetMemoryUtilizationPercentage"]);
const OLA_SERVICE = new Set(["annotations", "bindable", "certificate", "certificateSecretRef", "nodePort", "port", "portName", "ports", "targetPort", "type"]);
const OLA_ROUTE = new Set(["annotations", "certificateSecretRef", "host", "insecureEdgeTerminationPolicy", "path", "pathType", "termination"]);
const OLA_PROBES = new Set(["startup", "liveness", "readiness"]);
const OLA_DEPLOYMENT = new Set(["annotations", "updateStrategy"]);

function unknownKeys(object, known, where, problems) {
  for (const key of Object.keys(object ?? {})) {
    if (!known.has(key)) {
      problems.add(where, `unknown field ${key}`);
    }
  }
}

async function checkOperatorManifests(dir, plainDir, problems) {
  const objects = yamlObjects(dir, problems);
  const configMaps = new Set(
    yamlObjects(plainDir, new Problems())
      .filter((o) => o.value.kind === "ConfigMap")
      .map((o) => o.value.metadata.name),
  );
  for (const { file, value } of objects) {
    const where = `${file} ${value.kind}/${value.metadata?.name}`;
    if (value.apiVersion !== "apps.openliberty.io/v1" || value.kind !== "OpenLibertyApplication") {
      problems.add(where, "expected apps.openliberty.io/v1 OpenLibertyApplication");
      continue;
    }
    // Its metadata is any object's: checked as a ConfigMap's.
    await validateModel("kubernetes-models/v1/ConfigMap", { metadata: value.metadata }, where, problems);
    const spec = value.spec ?? {};
    unknownKeys(spec, OLA_SPEC, `${where} spec`, problems);
    if (typeof spec.applicationImage !== "string" || spec.applicationImage === "") {
      problems.add(where, "spec.applicationImage is required");
    }
    unknownKeys(spec.autoscaling, OLA_AUTOSCALING, `${where} spec.autoscaling`, problems);
    for (const [key, n] of Object.entries(spec.autoscaling ?? {})) {
      if (!Number.isInteger(n) || n < 1) {
        problems.add(`${where} spec.autoscaling.${key}`, "must be a positive integer");
      }
    }
    if (spec.replicas !== undefined && !Number.isInteger(spec.replicas)) {
      problems.add(`${where} spec.replicas`, "must be an integer");
    }
    unknownKeys(spec.service, OLA_SERVICE, `${where} spec.service`, problems);
    unknownKeys(spec.route, OLA_ROUTE, `${where} spec.route`, problems);
    unknownKeys(spec.probes, OLA_PROBES, `${where} spec.probes`, problems);
    unknownKeys(spec.deployment, OLA_DEPLOYMENT, `${where} spec.deployment`, problems);
    for (const [i, env] of (spec.env ?? []).entries()) {
      await validateModel("kubernetes-models/v1/EnvVar", env, `${where} spec.env[${i}]`, problems);
    }
    for (const [i, source] of (spec.envFrom ?? []).entries()) {
      await validateModel("kubernetes-models/v1/EnvFromSource", source, `${where} spec.envFrom[${i}]`, problems);
    }
    checkEnvSources(spec.envFrom, configMaps, where, problems);
    if (spec.resources) {
      await validateModel("kubernetes-models/v1/ResourceRequirements", spec.resources, `${where} spec.resources`, problems);
    }
    for (const [name, probe] of Object.entries(spec.probes ?? {})) {
      await validateModel("kubernetes-models/v1/Probe", probe, `${where} spec.probes.${name}`, problems);
    }
    checkProbes(spec.probes ?? {}, where, problems);
    if (spec.deployment?.updateStrategy) {
      await validateModel("kubernetes-models/apps/v1/DeploymentStrategy", spec.deployment.updateStrategy, `${where} spec.deployment.updateStrategy`, problems);
    }
  }
  return objects.length;
}

// ---------------------------------------------------------------- Terraform

function strings(value, out = []) {
  if (typeof value === "string") {
    out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => strings(v, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

async function checkTerraform(dir, problems) {
  const files = readdirSync(dir).filter((n) => n.endsWith(".tf")).sort();
  const declared = { var: new Set(), local: new Set(), resource: new Set(), data: new Set() };
  const bodies = [];
  for (const name of files) {
    const file = join(dir, name);
    let tree;
    try {
      tree = await parseHcl(name, readFileSync(file, "utf8"));
    } catch (e) {
      problems.add(file, String(e.message ?? e));
      continue;
    }
    Object.keys(tree.variable ?? {}).forEach((v) => declared.var.add(v));
    for (const block of tree.locals ?? []) {
      Object.keys(block).forEach((l) => declared.local.add(l));
    }
    for (const [type, byName] of Object.entries(tree.resource ?? {})) {
      Object.keys(byName).forEach((n) => declared.resource.add(`${type}.${n}`));
    }
    for (const [type, byName] of Object.entries(tree.data ?? {})) {
      Object.keys(byName).forEach((n) => declared.data.add(`${type}.${n}`));
    }
    const { variable, ...rest } = tree; // a variable's own block refers to nothing
    bodies.push({ file, text: strings(rest).join("\n") });
  }
  const used = new Set();
  for (const { file, text } of bodies) {
    for (const [, name] of text.matchAll(/\bvar\.([A-Za-z0-9_]+)/g)) {
      used.add(name);
      if (!declared.var.has(name)) problems.add(file, `var.${name} is not declared`);
    }
    for (const [, name] of text.matchAll(/\blocal\.([A-Za-z0-9_]+)/g)) {
      if (!declared.local.has(name)) problems.add(file, `local.${name} is not declared`);
    }
    for (const [, ref] of text.matchAll(/\bdata\.([a-z0-9_]+\.[A-Za-z0-9_]+)/g)) {
      if (!declared.data.has(ref)) problems.add(file, `data.${ref} is not declared`);
    }
    for (const [, ref] of text.matchAll(/(?<![.\w-])((?:aws|random|tls)_[a-z0-9_]+\.[A-Za-z0-9_]+)/g)) {
      if (!declared.resource.has(ref)) problems.add(file, `${ref} is not declared`);
    }
  }
  for (const name of declared.var) {
    if (!used.has(name)) problems.add(dir, `variable ${name} is declared but never used`);
  }
  return files.length;
}

// ---------------------------------------------------------------- main

async function checkAll(root) {
  const problems = new Problems();
  checkDockerfile(join(root, "Dockerfile"), problems);
  const plain = await checkPlainManifests(join(root, "kubernetes", "plain"), problems);
  const operator = await checkOperatorManifests(
    join(root, "kubernetes", "operator"),
    join(root, "kubernetes", "plain"),
    problems,
  );
  const terraform = await checkTerraform(join(root, "terraform", "aws"), problems);
  return { problems: problems.list, plain, operator, terraform };
}

if (process.argv.includes("--self-test")) {
  const { problems } = await checkAll(join(here, "broken"));
  const expected = JSON.parse(readFileSync(join(here, "broken", "expected.json"), "utf8"));
  const missed = expected.filter((e) => !problems.some((p) => p.includes(e)));
  if (missed.length > 0) {
    console.error("The check let these broken files through:\n  " + missed.join("\n  "));
    console.error("It said:\n  " + problems.join("\n  "));
    process.exit(1);
  }
  console.log(`Self-test: all ${expected.length} planted mistakes were found.`);
} else {
  const { problems, plain, operator, terraform } = await checkAll(docker);
  if (problems.length > 0) {
    console.error("Deployment files have problems:\n  " + problems.join("\n  "));
    process.exit(1);
  }
  console.log(
    `Deployment files valid: Dockerfile, ${plain} Kubernetes objects, ${operator} OpenLibertyApplications, ${terraform} Terraform files.`,
  );
}
if (!existsSync(join(docker, "compose.yaml"))) {
  console.error("docker/compose.yaml is missing");
  process.exit(1);
}
