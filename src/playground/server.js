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
 * Starts a static file server for `root` on 127.0.0.1.
 *
 * @param {string} root the directory to serve
 * @param {number} port the port, or 0 for a free one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function startPlaygroundServer(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url || "/", "http://127.0.0.1").pathname);
    const file = path.resolve(base, `.${urlPath === "/" ? "/index.html" : urlPath}`);
    if (!file.startsWith(base + path.sep)) {
      response.writeHead(403).end("Forbidden");
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${urlPath}`);
        return;
      }
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream" }).end(body);
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
