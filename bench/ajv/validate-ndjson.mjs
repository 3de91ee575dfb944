// Checks an NDJSON stream of attache entities against the format's JSON Schema with ajv: what a
// user outside Java would reach for. Shape only (types, enums, patterns, required properties);
// none of the cross-field rules attache checks. Prints the counts; exit 1 if any line is invalid.
// Usage: node validate-ndjson.mjs SCHEMA.json FILE.ndjson
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";

const [schemaFile, dataFile] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
ajv.addSchema(schema, "attache");
const entity = ajv.getSchema("attache#/$defs/entity");
const header = ajv.getSchema("attache#/$defs/header");

let lines = 0;
let invalid = 0;
const input = createInterface({ input: createReadStream(dataFile), crlfDelay: Infinity });
for await (const line of input) {
  if (line.length === 0) continue;
  lines++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    invalid++;
    continue;
  }
  const check = lines === 1 && value && value.format !== undefined && value.type === undefined
    ? header : entity;
  if (!check(value)) invalid++;
}
console.log(`${lines} lines, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
