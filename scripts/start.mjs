// `npm start`: the local iTwin Platform stand-in and the app's dev server, together.
import { spawn } from "node:child_process";

const children = [];
function start(name, command, args, env = {}) {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    if (code !== 0 && code !== null) console.error(`${name} stopped (exit ${code}).`);
    for (const other of children) other.kill();
    process.exit(code ?? 0);
  });
  children.push(child);
}

start("stand-in", "npx", ["tsx", "simulator/main.ts"], { APP_ORIGINS: "http://localhost:5173" });
start("app", "npx", ["vite", "--port", "5173", "--strictPort"]);
console.log(`
iModel Admin starting: open http://localhost:5173 and press "Sign in".
First time only: open https://localhost:4011 and accept its self-signed certificate
(the stand-in's identity provider), or your browser will refuse to reach it.
`);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
