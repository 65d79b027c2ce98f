#!/usr/bin/env node
// Checks Adaptive Card JSON files with the official parser (adaptivecards 3.0.6), for Teams (schema 1.5).
//
//   node tools/cards/validate.js <card.json | folder of *.json>...
//
// Prints "OK <file>" or "FAIL <file>: <messages>" per card; exits 1 if any card has any error or
// warning, 2 on bad usage (no argument, missing file, empty folder) so a wrong path never passes.
//
// What it catches (each verified against 3.0.6):
// - unknown element or action types ("TextBlok")      parser: UnknownElementType / UnknownActionType
// - invalid enum values ("size": "huge"), "lang" that is not 2-3 letters ("fr-FR"): InvalidPropertyValue
// - properties newer than 1.5 (parsing targets 1.5)   parser: UnsupportedProperty
// - empty Input.ChoiceSet, duplicate ids, required inputs without label or errorMessage,
//   version above the parser's latest (1.6)           card.validateProperties()
// - missing root "type" or "version", version above 1.5 ("1.6" passes the parser): this script
// - an input without a label (a toggle's title counts as its label): RGAA 11.1, this script
// - unknown property names ("wrapp": true)            this script: the parser ignores them silently, so
//   every parsed object's JSON keys are compared with the properties its parser schema declares.
// It accepts Action.Execute with an Action.Submit "fallback" (our Universal Actions fallback) and a
// refresh whose Action.Execute has one, without any event.
// What it does not catch:
// - Action.Execute without "verb" (optional in the schema), TextBlock without "text", Image without
//   "url", Input.Date "value" not yyyy-MM-dd, Input.Time "value" not HH:mm: the parser accepts them.
// - Teams-only rules: message size, "msteams" content beyond being allowed on the card root.
// - Nothing is rendered: this needs no DOM, and markdown or host config are not involved.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const AC = require(path.join(__dirname, "..", "node_modules", "adaptivecards", "dist", "adaptivecards.js"));

const TEAMS_VERSION = new AC.Version(1, 5);

// Keys each type reads in its own internalParse rather than through its property schema
// (card-elements.ts, table.ts), plus the Teams extension "msteams" on the card root. A card inside
// Action.ShowCard drops "version" and "$schema" from its schema, but ignoring them there is harmless.
const KEYS_OUTSIDE_SCHEMA = {
  "*": ["type", "fallback"],
  AdaptiveCard: ["body", "actions", "msteams", "version", "$schema"],
  Container: ["items"],
  Column: ["items"],
  TableCell: ["items"],
  ColumnSet: ["columns"],
  ActionSet: ["actions"],
  RichTextBlock: ["inlines"],
  Table: ["rows"],
  TableRow: ["cells"],
  "Action.ShowCard": ["card"],
};

// Parser bug: "lang" is checked with a global (/g) regex whose lastIndex survives between exec()
// calls, so every other valid "fr" is reported invalid. Restart each check from the beginning.
const originalStringParse = AC.StringProperty.prototype.parse;
AC.StringProperty.prototype.parse = function (sender, source, context) {
  if (this.regEx) {
    this.regEx.lastIndex = 0;
  }
  return originalStringParse.call(this, sender, source, context);
};

// The parser has no hook for every parsed object (choices, facts, refresh...), so record them all.
const parsedObjects = [];
const originalInternalParse = AC.SerializableObject.prototype.internalParse;
AC.SerializableObject.prototype.internalParse = function (source, context) {
  originalInternalParse.call(this, source, context);
  if (source && typeof source === "object" && !(this instanceof AC.HostCapabilities)) {
    parsedObjects.push({ object: this, source });
  }
};

function typeName(object) {
  return typeof object.getJsonTypeName === "function" ? object.getJsonTypeName() : object.constructor.name;
}

function unknownProperties({ object, source }) {
  const name = typeName(object);
  const known = new Set([...KEYS_OUTSIDE_SCHEMA["*"], ...(KEYS_OUTSIDE_SCHEMA[name] || [])]);
  const schema = object.getSchema();
  for (let i = 0; i < schema.getCount(); i++) {
    known.add(schema.getItemAt(i).name);
  }
  return Object.keys(source)
    .filter((key) => !known.has(key))
    .map((key) => `Unknown property "${key}" on ${name}.`);
}

// RGAA 11.1: every input is labelled, not only the required ones the parser checks.
function unlabelledInputs({ object, source }) {
  if (!(object instanceof AC.Input)) {
    return [];
  }
  const label = source.label || (object instanceof AC.ToggleInput ? source.title : undefined);
  return typeof label === "string" && label.trim() !== "" ? [] : [`Input "${source.id}" has no label.`];
}

function validateCard(json) {
  parsedObjects.length = 0;
  const context = new AC.SerializationContext(TEAMS_VERSION);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);

  const messages = [];
  for (let i = 0; i < context.eventCount; i++) {
    messages.push(context.getEventAt(i).message);
  }
  for (const event of card.validateProperties().validationEvents) {
    messages.push(event.message);
  }
  if (json.type !== "AdaptiveCard") {
    messages.push(`Root "type" must be "AdaptiveCard", found ${JSON.stringify(json.type)}.`);
  }
  if (json.version === undefined) {
    messages.push('Card has no "version"; Teams needs one (at most 1.5).');
  } else if (card.version && card.version.isValid && card.version.compareTo(TEAMS_VERSION) > 0) {
    messages.push(`Card version ${card.version} is above ${TEAMS_VERSION}, the highest Teams renders.`);
  }
  for (const parsed of parsedObjects) {
    messages.push(...unknownProperties(parsed), ...unlabelledInputs(parsed));
  }
  return messages;
}

function cardFiles(args) {
  const files = [];
  for (const arg of args) {
    if (!fs.existsSync(arg)) {
      throw new Error(`No such file or folder: ${arg}`);
    }
    if (fs.statSync(arg).isDirectory()) {
      const found = fs.readdirSync(arg).filter((f) => f.endsWith(".json")).sort();
      if (found.length === 0) {
        throw new Error(`No *.json card in folder: ${arg}`);
      }
      files.push(...found.map((f) => path.join(arg, f)));
    } else {
      files.push(arg);
    }
  }
  return files;
}

function main(args) {
  if (args.length === 0) {
    console.error("Usage: node tools/cards/validate.js <card.json | folder>...");
    return 2;
  }
  let files;
  try {
    files = cardFiles(args);
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let messages;
    try {
      messages = validateCard(JSON.parse(fs.readFileSync(file, "utf8")));
    } catch (error) {
      messages = [`Cannot read card: ${error.message}`];
    }
    if (messages.length === 0) {
      console.log(`OK ${file}`);
    } else {
      failed++;
      console.log(`FAIL ${file}: ${messages.join(" | ")}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
