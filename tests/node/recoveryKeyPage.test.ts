// The recovery-key page: its policy admits exactly its own script, text is escaped, and the
// title it sets is read back as the typed key or a cancel.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  answerFromTitle,
  CANCEL_TITLE,
  recoveryKeyPage,
  SUBMIT_PREFIX
} from '../../electron/main/recoveryKeyPage'

describe('the recovery-key page', () => {
  it('allows only its own inline script, by hash, and nothing from anywhere', () => {
    const page = recoveryKeyPage('Your data is encrypted.')
    const script = /<script>([\s\S]*)<\/script>/.exec(page)?.[1] ?? ''
    const hash = createHash('sha256').update(script).digest('base64')
    expect(page).toContain(`script-src 'sha256-${hash}'`)
    expect(page).toContain("default-src 'none'")
    expect(page).not.toMatch(/https?:/)
  })

  it('shows the reason and the problem as text, never as markup', () => {
    const page = recoveryKeyPage('<b>reason</b>', 'Key "x" & <img src=x>')
    expect(page).toContain('&#60;b&#62;reason&#60;/b&#62;')
    expect(page).toContain('Key &#34;x&#34; &#38; &#60;img src=x&#62;')
    expect(page).not.toContain('<img')
  })

  it('reads the typed key or a cancel from the title, and ignores any other title', () => {
    expect(answerFromTitle(`${SUBMIT_PREFIX}ABCD-EFGH`)).toBe('ABCD-EFGH')
    expect(answerFromTitle(CANCEL_TITLE)).toBeNull()
    expect(answerFromTitle('Enter your recovery key')).toBeUndefined()
  })
})
