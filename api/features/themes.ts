// Theme verbs: the two built-in sets and the consultants' own codes (create, rename, merge, archive).
import { z } from 'zod'
import {
  findTheme,
  insertTheme,
  listThemes,
  mergeTheme,
  saveTheme,
  setThemeArchived
} from '../../db/queries/themes'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { themeFields } from '../schemas/reflections'
import { requireProgramme } from './programmes'

/** Only a programme's own codes can be changed; the built-in sets are fixed. */
function requireOwnTheme(ctx: ApiContext, id: string, path = 'id') {
  const theme = findTheme(ctx.db, id)
  if (!theme) throw notFound(path, 'theme', id)
  if (!theme.programmeId)
    throw fieldError(path, `"${theme.name}" is a built-in theme and cannot be changed`)
  return theme
}

function checkNameFree(ctx: ApiContext, programmeId: string, name: string, exceptId?: string) {
  const clash = listThemes(ctx.db, programmeId, true).find(
    (t) =>
      t.id !== exceptId && t.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB')
  )
  if (clash) throw fieldError('name', `There is already a theme called "${clash.name}"`, 'conflict')
}

export const themeHandlers = {
  'themes.list': handler(
    z.object({ programmeId: recordId('Programme'), includeArchived: z.boolean().default(false) }),
    (ctx, input) => {
      requireProgramme(ctx, input.programmeId)
      return listThemes(ctx.db, input.programmeId, input.includeArchived)
    }
  ),

  'themes.create': handler(
    themeFields.extend({ programmeId: recordId('Programme') }),
    (ctx, input) => {
      requireProgramme(ctx, input.programmeId)
      checkNameFree(ctx, input.programmeId, input.name)
      const id = ctx.newId()
      insertTheme(ctx.db, { id, themeSet: 'own', ...input })
      return { id }
    }
  ),

  'themes.update': handler(themeFields.extend({ id: recordId('id') }), (ctx, { id, ...fields }) => {
    const theme = requireOwnTheme(ctx, id)
    checkNameFree(ctx, theme.programmeId ?? '', fields.name, id)
    saveTheme(ctx.db, id, fields)
    return { id }
  }),

  /** Moves every tag of one own code onto another theme, then removes the first. */
  'themes.merge': handler(
    z.object({ fromId: recordId('Theme to merge'), intoId: recordId('Theme to merge into') }),
    (ctx, { fromId, intoId }) => {
      const from = requireOwnTheme(ctx, fromId, 'fromId')
      const into = findTheme(ctx.db, intoId)
      if (!into || (into.programmeId && into.programmeId !== from.programmeId)) {
        throw notFound('intoId', 'theme in this programme', intoId)
      }
      if (into.id === from.id) throw fieldError('intoId', 'Choose a different theme to merge into')
      mergeTheme(ctx.db, fromId, intoId)
      return { id: intoId }
    }
  ),

  'themes.archive': handler(
    z.object({ id: recordId('id'), archived: z.boolean().default(true) }),
    (ctx, { id, archived }) => {
      requireOwnTheme(ctx, id)
      setThemeArchived(ctx.db, id, archived ? ctx.clock().toISOString() : null)
      return { id }
    }
  )
}
