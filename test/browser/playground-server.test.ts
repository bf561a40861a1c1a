import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The server is plain JavaScript so `npm run playground` can run it without a TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require("../../src/playground/server.js") as {
  startPlaygroundServer: (root: string, port: number) => Promise<{ url: string; close: () => Promise<void> }>;
};

const PAGE = "<!doctype html><title>Playground</title>";
const SECRET = "outside the served folder";

let parent: string;
let server: { url: string; close: () => Promise<void> };
let warn: jest.SpyInstance;

/** Sends a GET with the path exactly as given (Node's http does not normalise it) and reads the reply. */
function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  parent = mkdtempSync(join(tmpdir(), "health-server-"));
  const root = join(parent, "site");
  mkdirSync(root);
  writeFileSync(join(root, "index.html"), PAGE);
  writeFileSync(join(parent, "secret.txt"), SECRET);
  server = await startPlaygroundServer(root, 0);
});

afterAll(async () => {
  warn.mockRestore();
  await server?.close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe("playground server", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
  });

  it("serves the page", async () => {
    const reply = await get("/");

    expect(reply.status).toBe(200);
    expect(reply.body).toBe(PAGE);
  });

  it.each(["/%E0%A4%A", "/%", "/index%ZZ.html"])("answers 400 for malformed %s", async (path) => {
    const reply = await get(path);

    expect(reply.status).toBe(400);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`GET ${path} rejected with 400`));
  });

  it.each([
    // The URL parser resolves a literal "..", so these request secret.txt inside the served folder, which does not exist.
    ["/../secret.txt", 404],
    ["/%2e%2e/secret.txt", 404],
    ["/..%2fsecret.txt", 403],
    ["/%2e%2e%2fsecret.txt", 403],
    ["/%2E%2E%2Fsecret.txt", 403],
    ["/site/..%2f..%2fsecret.txt", 403],
  ])("refuses %s outside the folder", async (path, status) => {
    const reply = await get(path);

    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
  });

  it("keeps serving after bad requests", async () => {
    await get("/%E0%A4%A");
    await get("/..%2fsecret.txt");

    const reply = await get("/index.html");

    expect(reply.status).toBe(200);
    expect(reply.body).toBe(PAGE);
  });
});
