// Draws the app icon PNGs electron-builder packs (it makes the .ico and .icns from the 512 px one)
// from resources/icon.svg: `npx tsx scripts/icons.ts` after changing the SVG.
import fs from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'

const resources = path.resolve(__dirname, '../resources')
const svg = fs.readFileSync(path.join(resources, 'icon.svg'), 'utf8')
for (const size of [512, 256]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
  const file = path.join(resources, `icon-${size}.png`)
  fs.writeFileSync(file, png)
  console.log(`${path.relative(process.cwd(), file)}: ${size}×${size}, ${png.length} bytes`)
}
