// Preloaded into electronegativity (node -r): its `got` fetches translations and Electron's release
// list from the internet and, with no network, crashes while exiting 0. Each request now fails at
// once, so it falls back to its bundled English text and the Electron version given with -e.
const Module = require('node:module')

const offline = () =>
  Promise.reject(new Error('offline: electronegativity runs without the network'))
const got = Object.assign(offline, { head: offline, get: offline, post: offline })
const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'got' ? got : load.call(this, request, ...rest)
}
