// Tests the application menu's shape: the data items, platform differences and no dev tools
// in the packaged app.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuActions } from '../../electron/main/menu-template'

function actions(): MenuActions {
  return { backUp: vi.fn(), restore: vi.fn(), openDataFolder: vi.fn(), about: vi.fn() }
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu
  if (!Array.isArray(items)) throw new Error(`${item?.label ?? item?.role} has no submenu`)
  return items
}

const names = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type)

function click(item: MenuItemConstructorOptions | undefined): void {
  // The menu calls click with Electron objects; the template's handlers ignore them.
  ;(item?.click as (() => void) | undefined)?.()
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = menuTemplate(actions(), { isMac: false, isPackaged: true })
    expect(names(template)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help'])
  })

  it('adds the app menu first on macOS and closes the window from File', () => {
    const template = menuTemplate(actions(), { isMac: true, isPackaged: true })
    expect(names(template)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'help'])
    expect(names(submenu(template[1]))).toContain('close')
    expect(names(submenu(template[1]))).not.toContain('quit')
  })

  it('wires the File items to the data actions', () => {
    const wired = actions()
    const file = submenu(menuTemplate(wired, { isMac: false, isPackaged: true })[0])
    expect(names(file)).toEqual([
      'Back up data…',
      'Restore from backup…',
      'Open data folder',
      'separator',
      'quit'
    ])
    file.forEach(click)
    expect(wired.backUp).toHaveBeenCalledTimes(1)
    expect(wired.restore).toHaveBeenCalledTimes(1)
    expect(wired.openDataFolder).toHaveBeenCalledTimes(1)
  })

  it('offers developer tools only outside the packaged app', () => {
    const view = (isPackaged: boolean) =>
      names(submenu(menuTemplate(actions(), { isMac: false, isPackaged })[2]))
    expect(view(true)).not.toContain('toggleDevTools')
    expect(view(false)).toContain('toggleDevTools')
    expect(view(true)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
  })

  it('has an About item under Help', () => {
    const wired = actions()
    const help = submenu(menuTemplate(wired, { isMac: false, isPackaged: true })[4])
    expect(names(help)).toEqual(['About Partnership Learning Log'])
    click(help[0])
    expect(wired.about).toHaveBeenCalledTimes(1)
  })
})
