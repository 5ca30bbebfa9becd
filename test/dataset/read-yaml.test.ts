/**
 * The corpus is read with js-yaml's core schema and located with the `yaml`
 * package's document model (src/dataset/read-yaml.ts): both must read every
 * file of data/ alike, or an issue would name a line of another value. A
 * curator's edit that the two read differently fails here, naming the file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { readYaml } from "../../src/dataset/read-yaml.ts";

const root = join(import.meta.dirname, "../..");
const dataDir = join(root, "data");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith(".yaml") ? [path] : [];
  });
}

it("reads every corpus file to the same values as the yaml package's document model", () => {
  const files = yamlFiles(dataDir);
  expect(files.length).toBeGreaterThan(40);
  for (const path of files) {
    const read = readYaml(path, relative(root, path));
    if (!read.ok) throw new Error(`${relative(root, path)}: ${read.issues.map((issue) => issue.message).join("; ")}`);
    expect(read.yaml.value, relative(root, path)).toEqual(parse(readFileSync(path, "utf8")));
  }
});

it("names the line a value is written on", () => {
  const path = join(dataDir, "agreements.yaml");
  const read = readYaml(path, "data/agreements.yaml");
  if (!read.ok) throw new Error("the corpus must read");
  const lines = readFileSync(path, "utf8").split("\n");
  const line = read.yaml.lineOf([1, "partner"]);
  expect(line).toBeDefined();
  expect(lines[(line ?? 0) - 1]).toMatch(/^\s*partner: /);
});
