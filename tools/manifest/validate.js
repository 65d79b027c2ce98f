// Checks a Teams app package (its ZIP entries) against the official JSON schemas
// shipped in @microsoft/app-manifest, offline, plus what the schemas cannot say.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const addFormats = require("ajv-formats");
const { readPngHeader } = require("./png");

// The schemas and the Ajv flavours come from @microsoft/app-manifest (ajv-draft-04 is
// its dependency, for the draft-04 Teams schemas).
const APP_MANIFEST = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const SCHEMAS = path.join(APP_MANIFEST, "build", "json-schemas", "teams");
const fromAppManifest = (id) => require(require.resolve(id, { paths: [APP_MANIFEST] }));
const ICON_SIZES = { color: 192, outline: 32 };
const MAX_COMMANDS = 10;

/** Returns the problems found in the package, an empty array when it is valid. */
function validatePackage(entries) {
  const files = new Map(entries.map((e) => [e.name, e.data]));
  const errors = [...entries.filter((e) => /[\\/]/.test(e.name)).map((e) => `${e.name}: entries must sit at the root of the zip`)];
  for (const [name, data] of files)
    if (name.endsWith(".json") && /\$?\{\{/.test(data.toString("utf8"))) errors.push(`${name}: a placeholder was left unfilled`);
  const manifest = parseJson(files, "manifest.json", errors);
  if (!manifest) return errors;
  const version = manifest.manifestVersion;
  const schemaDir = path.join(SCHEMAS, `v${version}`);
  if (!fs.existsSync(schemaDir)) return [...errors, `manifest.json: no schema for manifestVersion ${version} in ${SCHEMAS}`];
  errors.push(...(schemaErrors("manifest.json", manifest, path.join(schemaDir, "MicrosoftTeams.schema.json"))));
  for (const file of localizationFiles(manifest)) {
    const strings = parseJson(files, file, errors);
    if (!strings) continue;
    errors.push(...(schemaErrors(file, strings, path.join(schemaDir, "MicrosoftTeams.Localization.schema.json"))));
    errors.push(...translationErrors(file, strings, manifest));
  }
  errors.push(...iconErrors(manifest, files), ...commandErrors(manifest));
  return errors;
}

function parseJson(files, name, errors) {
  if (!files.has(name)) return void errors.push(`${name}: missing from the package`);
  try {
    return JSON.parse(files.get(name).toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    return void errors.push(`${name}: not valid JSON (${e.message})`);
  }
}

// Same set-up as the package's AppManifestUtils.validateAgainstSchema (Ajv flavour by
// $schema, formats uri/email/regex), plus unicodeRegExp: false: the published
// localization schemas hold patterns such as \b] that only compile as classic
// JavaScript regexes. Ajv resolves $ref only inside the given schema and never fetches.
function schemaErrors(name, json, schemaFile) {
  // Same clean-up as the official tool: a few published patterns use \a and \v.
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
  const draft = schema.$schema ?? "";
  const Ajv = draft.includes("2020-12") ? fromAppManifest("ajv/dist/2020") : draft.includes("draft-04") ? fromAppManifest("ajv-draft-04") : fromAppManifest("ajv");
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(json)) return [];
  const where = path.relative(SCHEMAS, schemaFile);
  return validate.errors.map((e) => `${name}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)} (schema ${where})`);
}

function localizationFiles(manifest) {
  const info = manifest.localizationInfo ?? {};
  return [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map((l) => l.file)].filter(Boolean);
}

/** Every translated key must exist in the manifest, and every command must be translated. */
function translationErrors(file, strings, manifest) {
  const keys = Object.keys(strings).filter((k) => k !== "$schema" && k !== "localizationKeys");
  const errors = keys.filter((k) => typeof valueAt(manifest, k) !== "string").map((k) => `${file}: "${k}" matches nothing in manifest.json`);
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((_, c) => {
        const key = `bots[${b}].commandLists[${l}].commands[${c}].title`;
        if (!(key in strings)) errors.push(`${file}: no translation for ${key}`);
      })));
  return errors;
}

function valueAt(json, key) {
  return key.split(/[.[\]]+/).filter(Boolean).reduce((node, part) => (node == null ? undefined : node[part]), json);
}

function iconErrors(manifest, files) {
  return Object.entries(ICON_SIZES).flatMap(([kind, size]) => {
    const name = manifest.icons?.[kind];
    if (!name || !files.has(name)) return [`icons.${kind}: ${name ?? "(not set)"} is missing from the package`];
    try {
      const png = readPngHeader(files.get(name));
      const problems = png.width === size && png.height === size ? [] : [`${name}: ${png.width}x${png.height}, expected ${size}x${size}`];
      if (kind === "outline" && png.colorType !== "rgba") problems.push(`${name}: needs an alpha channel (RGBA), got ${png.colorType}`);
      return problems;
    } catch (e) {
      return [`${name}: ${e.message}`];
    }
  });
}

function commandErrors(manifest) {
  return (manifest.bots ?? []).flatMap((bot) =>
    (bot.commandLists ?? [])
      .filter((list) => list.commands.length > MAX_COMMANDS)
      .map((list) => `commandLists for ${list.scopes.join(", ")}: ${list.commands.length} commands, Teams shows at most ${MAX_COMMANDS}`));
}

module.exports = { validatePackage };
