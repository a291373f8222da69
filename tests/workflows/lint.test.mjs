// Lints .github/workflows/*.yml offline: the GitHub workflow JSON schema (action-validator,
// compiled to WebAssembly, schema bundled) plus the rules of this project (issue #10).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { validateWorkflow } from "@action-validator/core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, ".github/workflows");
const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (f) => fs.readFileSync(path.join(dir, f), "utf8");
const steps = (wf) => Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
const runs = (wf) => steps(wf).map((s) => s.run ?? "").join("\n");
const uses = (wf) => steps(wf).map((s) => s.uses).filter(Boolean);

/**
 * Every third-party action (not ./local, not docker://) must be pinned to a full commit SHA with
 * the version it stands for in a comment: `uses: owner/repo@<40 hex> # v1.2.3`. A tag such as
 * @v4 can be moved to other code by whoever controls the action. Returns one line per problem.
 */
export function pinProblems(text) {
  const problems = [];
  for (const [i, line] of text.split("\n").entries()) {
    const m = line.match(/^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)["']?\s*(#.*)?$/);
    if (!m || m[1].startsWith("./") || m[1].startsWith("docker://")) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1])) problems.push(`line ${i + 1}: ${m[1]} is not pinned to a commit SHA`);
    else if (!/^#\s*v\d+\.\d+\.\d+\s*$/.test(m[2] ?? "")) problems.push(`line ${i + 1}: ${m[1]} needs a "# vX.Y.Z" comment`);
  }
  return problems;
}

test("the three workflows are there", () => {
  assert.deepEqual(files, ["ci.yml", "pages.yml", "release.yml"]);
});

for (const f of files) {
  test(`${f}: valid against the GitHub workflow schema`, () => {
    const result = validateWorkflow(load(f));
    assert.deepEqual(result.errors, [], JSON.stringify(result.errors, null, 2));
  });

  test(`${f}: every local script it runs exists; third-party actions are pinned to a commit SHA`, () => {
    const wf = parse(load(f));
    for (const m of runs(wf).matchAll(/bash (\.ci\/[\w.-]+)/g))
      assert.ok(fs.existsSync(path.join(root, m[1])), `${f} runs ${m[1]}, which does not exist`);
    assert.ok(uses(wf).length > 0);
    assert.deepEqual(pinProblems(load(f)), []);
  });
}

test("the schema check finds a broken workflow (the check can fail)", () => {
  const broken = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n";
  assert.notDeepEqual(validateWorkflow(broken).errors, []);
});

test("the pin check finds a tag, a branch, a short SHA and a missing version comment", () => {
  const sha = "11d5960a326750d5838078e36cf38b85af677262";
  assert.deepEqual(pinProblems(`    steps:\n      - uses: actions/checkout@${sha} # v4.4.0\n      - uses: ./local\n`), []);
  for (const bad of ["actions/checkout@v4", "actions/checkout@main", "actions/checkout@11d5960",
    `actions/checkout@${sha}`, `actions/checkout@${sha} # latest`])
    assert.equal(pinProblems(`      - uses: ${bad}\n`).length, 1, bad);
  assert.equal(pinProblems(`        uses: "softprops/action-gh-release@v2"\n`).length, 1);
});

test("ci.yml: on push and pull request, Debian 12, the README's two commands", () => {
  const wf = parse(load("ci.yml"));
  assert.ok("push" in wf.on && "pull_request" in wf.on);
  for (const job of Object.values(wf.jobs)) assert.equal(job.container, "debian:12");
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  for (const cmd of ["bash .ci/build-site", "bash .ci/test"]) {
    assert.ok(readme.includes(cmd), `README.md names ${cmd}`);
    assert.ok(runs(wf).includes(cmd), `ci.yml runs ${cmd}`);
  }
});

test("ci.yml: a scheduled full run (WEGWIJZER_FULL=1), the normal run on push and pull request", () => {
  const wf = parse(load("ci.yml"));
  assert.ok(Array.isArray(wf.on.schedule) && wf.on.schedule.length > 0);
  const full = Object.values(wf.jobs).filter((j) => steps({ jobs: { j } }).some((s) => s.env?.WEGWIJZER_FULL === "1"));
  assert.equal(full.length, 1);
  assert.match(full[0].if, /github\.event_name == 'schedule'/);
  assert.ok(runs({ jobs: { j: full[0] } }).includes("bash .ci/test"));
});

test("pages.yml: deploys public/ to GitHub Pages only for a main commit whose CI run passed", () => {
  const wf = parse(load("pages.yml"));
  assert.deepEqual(Object.keys(wf.on), ["workflow_run"]);
  assert.deepEqual(wf.on.workflow_run.workflows, [parse(load("ci.yml")).name]);
  assert.deepEqual(wf.on.workflow_run.types, ["completed"]);
  assert.deepEqual(wf.on.workflow_run.branches, ["main"]);
  assert.match(wf.jobs.build.if, /github\.event\.workflow_run\.conclusion == 'success'/);
  assert.deepEqual(wf.jobs.deploy.needs, "build");
  // It builds the commit that was tested, not whatever main is by then.
  const checkout = steps(wf).find((s) => String(s.uses).startsWith("actions/checkout@"));
  assert.equal(checkout?.with?.ref, "${{ github.event.workflow_run.head_sha }}");
  assert.equal(wf.permissions.pages, "write");
  assert.equal(wf.permissions["id-token"], "write");
  const upload = steps(wf).find((s) => String(s.uses).startsWith("actions/upload-pages-artifact@"));
  assert.equal(upload?.with?.path, "public/");
  assert.ok(uses(wf).some((u) => u.startsWith("actions/deploy-pages@")));
  assert.ok(runs(wf).includes("bash .ci/build-site"));
});

test("release.yml: on a tag v*, builds, tests, renders the PDF, attaches zip and PDF", () => {
  const wf = parse(load("release.yml"));
  assert.deepEqual(wf.on.push.tags, ["v*"]);
  const r = runs(wf);
  const order = ["bash .ci/build-site", "bash .ci/test", "bash .ci/print-pdf public dist"].map((c) => r.indexOf(c));
  assert.ok(order.every((i) => i >= 0) && order[0] < order[1] && order[1] < order[2], r);
  const pdf = fs.readFileSync(path.join(root, ".ci/print-pdf"), "utf8");
  assert.match(pdf, /chromium --headless[^\n]*\\\n\s*--print-to-pdf=/);
  // What the release attaches is made by the README's site command: the zip in dist/.
  assert.match(fs.readFileSync(path.join(root, ".ci/build-site"), "utf8"), /wegwijzer build --zip dist\//);
  const release = steps(wf).find((s) => String(s.uses).startsWith("softprops/action-gh-release@"));
  assert.match(release?.with?.files ?? "", /dist\/\*\.zip/);
  assert.match(release?.with?.files ?? "", /dist\/\*\.pdf/);
  assert.equal(wf.permissions.contents, "write");
});

test("release.yml: makes the .deb and the kader tarball and attaches them with their checksums", () => {
  const wf = parse(load("release.yml"));
  const r = runs(wf);
  assert.ok(r.includes("bash .ci/package"), r);
  assert.ok(r.indexOf("bash .ci/test") < r.indexOf("bash .ci/package"), "package after the tests");
  const pkg = steps(wf).find((s) => s.run === "bash .ci/package");
  assert.equal(pkg?.env?.WEGWIJZER_RELEASE_REPO, "${{ github.repository }}");
  const files = steps(wf).find((s) => String(s.uses).startsWith("softprops/action-gh-release@"))?.with?.files ?? "";
  for (const f of ["dist/*.deb", "dist/*.deb.sha256", "dist/kader-*.tar.gz", "dist/kader-*.tar.gz.sha256"])
    assert.ok(files.split("\n").includes(f), `release attaches ${f}`);
  const script = fs.readFileSync(path.join(root, ".ci/package"), "utf8");
  assert.match(script, /cpack -G DEB/);
  assert.match(script, /\.ci\/kader-tarball dist/);
});

// The workflows `wegwijzer init gemeente` writes into a gemeente's repository: valid, pinned, and
// using only the released package (never the generator's source tree). Needs the built binary
// (.ci/test builds it first; WEGWIJZER_BINARY overrides build/wegwijzer).
test("init gemeente: its GitHub workflow is valid and uses the released package", () => {
  const bin = process.env.WEGWIJZER_BINARY ?? path.join(root, "build/wegwijzer");
  assert.ok(fs.existsSync(bin), `${bin} missing: build it first (cmake --build build)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ww-init-"));
  try {
    execFileSync(bin, ["init", "gemeente", "--naam", "Gemeente Lint", "g"], { cwd: tmp, stdio: "ignore" });
    const text = fs.readFileSync(path.join(tmp, "g/.github/workflows/publiceren.yml"), "utf8");
    assert.deepEqual(validateWorkflow(text).errors, []);
    const wf = parse(text);
    for (const u of uses(wf)) assert.match(u, /^[\w.-]+\/[\w.-]+@v\d+$/, u);
    const r = runs(wf);
    for (const cmd of ["sh scripts/ophalen.sh wegwijzer", "sh scripts/ophalen.sh kader", "wegwijzer check", "wegwijzer build"])
      assert.ok(r.includes(cmd), `publiceren.yml runs ${cmd}`);
    assert.ok(r.indexOf("ophalen.sh kader") < r.indexOf("wegwijzer build"));
    assert.ok(!r.includes(".ci/") && !r.includes("cmake"), "no generator source tree");
    const upload = steps(wf).find((s) => String(s.uses).startsWith("actions/upload-pages-artifact@"));
    assert.equal(upload?.with?.path, "public/");
    assert.ok(uses(wf).some((u) => u.startsWith("actions/deploy-pages@")));
    const gitlab = parse(fs.readFileSync(path.join(tmp, "g/.gitlab-ci.yml"), "utf8"));
    assert.deepEqual(gitlab.pages.artifacts.paths, ["public"]);
    assert.ok(gitlab.pages.script.includes("wegwijzer build"));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
