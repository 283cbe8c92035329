// npm run web: serves dist/web on this computer only (127.0.0.1), for browsers that will not open the file directly.
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "../dist/web");
const port = Number(process.env.PORT) || 8080;

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
  const file = path.resolve(root, `.${pathname === "/" ? "/index.html" : pathname}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("找不到该文件");
    return;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  fs.createReadStream(file).pipe(res);
});
server.listen(port, "127.0.0.1", () =>
  console.log(`绩效表检查（离线版）：http://127.0.0.1:${port}/  （按 Ctrl+C 停止）`),
);
