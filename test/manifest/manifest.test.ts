import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

// webpack.config.js is CommonJS; its constants are the URLs the manifests must use.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is a CommonJS file
const { PRODUCTION_URL, DEV_URL } = require("../../webpack.config.js") as { PRODUCTION_URL: string; DEV_URL: string };

const ROOT = path.resolve(__dirname, "../..");
const VALIDATE = path.resolve(__dirname, "../../../shared/schemas/validate-manifest");

const MANIFESTS = [
  { file: "manifest.xml", baseUrl: PRODUCTION_URL, namespace: "HEALTH" },
  { file: "manifest.dev.xml", baseUrl: DEV_URL, namespace: "HEALTHDEV" },
];

// The schema check needs xmllint (Debian package libxml2-utils) and the offline schema kit kept
// beside the repository, which a fresh machine may lack. CI has both and sets CI, so there a
// missing tool fails the test instead of skipping it.
const canValidate = (spawnSync("xmllint", ["--version"]).status === 0 && fs.existsSync(VALIDATE)) || process.env["CI"] !== undefined;
const testSchema = canValidate ? test : test.skip;

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** Runs the offline schema check; returns its exit status and output. */
function validate(file: string): { status: number; output: string } {
  try {
    const output = execFileSync(VALIDATE, ["--strict", path.join(ROOT, file)], { encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

function attributeValues(xml: string, attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((match) => match[1] ?? "");
}

function resourceIds(xml: string): string[] {
  const resources = xml.slice(xml.indexOf("<Resources>"));
  return [...resources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1] ?? "");
}

function urls(xml: string): string[] {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const values = [...withoutComments.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]*)/g)].map((match) => match[1] ?? "");
  return values;
}

describe.each(MANIFESTS)("$file", ({ file, baseUrl, namespace }) => {
  const xml = read(file);

  testSchema("conforms to the manifest schemas", () => {
    const result = validate(file);
    expect(result.output).toContain(`VALID: ${path.join(ROOT, file)}`);
    expect(result.status).toBe(0);
  });

  test("resolves every resid", () => {
    const defined = new Set(resourceIds(xml));
    const unresolved = attributeValues(xml, "resid").filter((id) => !defined.has(id));
    expect(unresolved).toEqual([]);
  });

  test("defines each resource id once", () => {
    const ids = resourceIds(xml);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test("serves every URL over https from its base", () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((url) => !url.startsWith(`${baseUrl}/`) && url !== baseUrl)).toEqual([]);
  });

  test("has a four-part version", () => {
    expect(/<Version>(\d+)\.(\d+)\.(\d+)\.(\d+)<\/Version>/.test(xml)).toBe(true);
  });

  test("names its function namespace", () => {
    expect(xml).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${namespace}"/>`);
  });

  test("asks only for ReadWriteDocument", () => {
    expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((match) => match[1])).toEqual(["ReadWriteDocument"]);
  });

  test("points at each built file", () => {
    for (const built of ["functions.js", "functions.json", "functions.html", "taskpane.html", "assets/icon-32.png"]) {
      expect(xml).toContain(`"${baseUrl}/${built}"`);
    }
  });

  test("uses icons that exist", () => {
    const icons = urls(xml).filter((url) => url.endsWith(".png")).map((url) => url.slice(baseUrl.length + 1));
    expect(icons.filter((icon) => !fs.existsSync(path.join(ROOT, icon)))).toEqual([]);
  });
});

describe("the dev and production manifests", () => {
  const production = read("manifest.xml");
  const dev = read("manifest.dev.xml");
  const idOf = (xml: string): string | undefined => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];

  test("have different ids", () => {
    expect(idOf(dev)).not.toBe(idOf(production));
  });

  test("differ only in id, names, namespace and URLs", () => {
    const normalize = (xml: string, baseUrl: string): string =>
      xml
        .replace(/<!--[\s\S]*?-->/, "")
        .replace(/<Id>[^<]+<\/Id>/, "<Id/>")
        .split(baseUrl)
        .join("BASE")
        .replace(/DefaultValue="HEALTH(DEV)?"/, 'DefaultValue="NAMESPACE"')
        .replace(/Health Model \(dev\)/g, "Health Model");
    expect(normalize(dev, DEV_URL)).toBe(normalize(production, PRODUCTION_URL));
  });
});
