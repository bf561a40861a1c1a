/**
 * Serves the built playground (dist/playground by default) on 127.0.0.1 only.
 *
 * Usage: node src/playground/server.js [DIR] ; the port comes from PORT (default 0, a free port),
 * and the URL is printed once the server listens. Stop it with Ctrl+C.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const CONTENT_TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png" };

/**
 * Resolves a request URL to a file under `base`.
 *
 * @param {string} base the served directory, absolute
 * @param {string} requestUrl the request's URL as sent, such as "/playground.js?v=1"
 * @returns {{ status: 200, file: string, urlPath: string } | { status: 400 | 403, reason: string }}
 *   the file, or 400 for a URL that cannot be decoded and 403 for a path outside `base`
 */
function resolveRequest(base, requestUrl) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(requestUrl, "http://127.0.0.1").pathname);
  } catch (error) {
    // new URL raises TypeError on an unparsable URL and decodeURIComponent raises URIError on a bad percent escape.
    if (error instanceof URIError || error instanceof TypeError) return { status: 400, reason: error.message };
    throw error;
  }
  if (urlPath.includes("\0")) return { status: 400, reason: "the path contains a NUL character" };

  const file = path.resolve(base, `.${urlPath === "/" ? "/index.html" : urlPath}`);
  if (!file.startsWith(base + path.sep)) return { status: 403, reason: `${urlPath} is outside the served folder` };
  return { status: 200, file, urlPath };
}

/**
 * Starts a static file server for `root` on 127.0.0.1. A URL that cannot be decoded gets 400 and
 * a path outside `root` gets 403, and the server keeps serving after either.
 *
 * @param {string} root the directory to serve
 * @param {number} port the port, or 0 for a free one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function startPlaygroundServer(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const resolved = resolveRequest(base, request.url || "/");
    if (resolved.status !== 200) {
      console.warn(`Playground server: ${request.method} ${request.url} rejected with ${resolved.status}: ${resolved.reason}`);
      response.writeHead(resolved.status, { "Content-Type": "text/plain" }).end(resolved.status === 400 ? "Bad request: invalid URL" : "Forbidden");
      return;
    }
    fs.readFile(resolved.file, (error, body) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${resolved.urlPath}`);
        return;
      }
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(resolved.file)] || "application/octet-stream" }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address !== null ? address.port : port;
      resolve({ url: `http://127.0.0.1:${actualPort}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { startPlaygroundServer };

if (require.main === module) {
  const root = process.argv[2] || path.resolve(__dirname, "../../dist/playground");
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`No playground build in ${root}: run "npx webpack --config webpack.playground.js" first.`);
    process.exitCode = 1;
  } else {
    startPlaygroundServer(root, Number(process.env.PORT || 0)).then(({ url }) => console.log(`Playground at ${url} (Ctrl+C stops it)`));
  }
}
