// Builds the Teams app package from manifest/ and validates it offline.
//   TEAMS_APP_ID=<guid> MICROSOFT_APP_ID=<bot client id> BOT_DOMAIN=<host> [APP_VERSION=1.0.0] [TAB_CLIENT_ID=<id>] \
//     node tools/manifest/package.js [--out <dir>]
// Writes the filled manifest.json, en.json, the icons and appPackage.zip to
// manifest/build/ (or --out). Exits 1, without a zip, when anything is wrong.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { writeZip, readZip } = require("./zip");
const { validatePackage } = require("./validate");

const MANIFEST_DIR = path.resolve(__dirname, "..", "..", "manifest");
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function settings(env) {
  // TAB_CLIENT_ID: the app registration Teams issues the dashboard tab's SSO tokens for (a SingleTenant bot's own, by default).
  const values = { TEAMS_APP_ID: env.TEAMS_APP_ID, MICROSOFT_APP_ID: env.MICROSOFT_APP_ID, BOT_DOMAIN: env.BOT_DOMAIN, APP_VERSION: env.APP_VERSION || "1.0.0", TAB_CLIENT_ID: env.TAB_CLIENT_ID || env.MICROSOFT_APP_ID };
  const missing = Object.keys(values).filter((k) => !values[k]);
  if (missing.length) throw new Error(`missing environment variable(s): ${missing.join(", ")}`);
  if (!HOST.test(values.BOT_DOMAIN)) throw new Error(`BOT_DOMAIN must be a bare host name such as conventionbot.azurewebsites.net (no https://, no path), got "${values.BOT_DOMAIN}"`);
  if (!/^\d+\.\d+\.\d+$/.test(values.APP_VERSION)) throw new Error(`APP_VERSION must look like 1.0.0 (major.minor.patch), got "${values.APP_VERSION}"`);
  return values;
}

/** Replaces ${{NAME}} in every string of the parsed template, so values never break the JSON. */
function fill(node, values) {
  if (typeof node === "string")
    return node.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (match, name) => {
      if (!(name in values)) throw new Error(`unknown placeholder ${match} in manifest/manifest.json`);
      return values[name];
    });
  if (Array.isArray(node)) return node.map((item) => fill(item, values));
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, values)]));
  return node;
}

function outputDir(argv) {
  const at = argv.indexOf("--out");
  if (at < 0) return path.join(MANIFEST_DIR, "build");
  if (!argv[at + 1]) throw new Error("--out needs a directory");
  return path.resolve(argv[at + 1]);
}

function main() {
  const out = outputDir(process.argv.slice(2));
  const values = settings(process.env);
  const template = JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, "manifest.json"), "utf8"));
  const manifest = Buffer.from(JSON.stringify(fill(template, values), null, 2) + "\n", "utf8");
  const copied = [template.icons.color, template.icons.outline, ...(template.localizationInfo?.additionalLanguages ?? []).map((l) => l.file)];
  const entries = [{ name: "manifest.json", data: manifest }, ...copied.map((name) => ({ name, data: fs.readFileSync(path.join(MANIFEST_DIR, name)) }))];

  fs.mkdirSync(out, { recursive: true });
  const zipFile = path.join(out, "appPackage.zip");
  fs.rmSync(zipFile, { force: true });
  for (const { name, data } of entries) fs.writeFileSync(path.join(out, name), data);

  const zip = writeZip(entries);
  const errors = validatePackage(readZip(zip)); // check what Teams will read, not our inputs
  if (errors.length) {
    console.error(`Teams app package is NOT valid (${errors.length} problem(s)):`);
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }
  fs.writeFileSync(zipFile, zip);
  console.log(`Teams app package valid: ${zipFile} (app ${values.TEAMS_APP_ID}, bot ${values.MICROSOFT_APP_ID}, version ${values.APP_VERSION})`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`Teams app packaging failed: ${e.message}`);
  process.exitCode = 1;
}
