// Theme verbs: the two built-in sets and the consultants' own codes (create, rename, merge, archive).
import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { reflectionTags, themes } from '../../db/schema'
import { listThemes } from '../../db/queries/themes'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { themeFields } from '../schemas/reflections'
import { requireProgramme } from './programmes'

/** Only a programme's own codes can be changed; the built-in sets are fixed. */
function requireOwnTheme(ctx: ApiContext, id: string, path = 'id') {
  const theme = ctx.db.select().from(themes).where(eq(themes.id, id)).get()
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
      ctx.db
        .insert(themes)
        .values({ id, themeSet: 'own', ...input })
        .run()
      return { id }
    }
  ),

  'themes.update': handler(themeFields.extend({ id: recordId('id') }), (ctx, { id, ...fields }) => {
    const theme = requireOwnTheme(ctx, id)
    checkNameFree(ctx, theme.programmeId ?? '', fields.name, id)
    ctx.db.update(themes).set(fields).where(eq(themes.id, id)).run()
    return { id }
  }),

  /** Moves every tag of one own code onto another theme, then removes the first. */
  'themes.merge': handler(
    z.object({ fromId: recordId('Theme to merge'), intoId: recordId('Theme to merge into') }),
    (ctx, { fromId, intoId }) => {
      const from = requireOwnTheme(ctx, fromId, 'fromId')
      const into = ctx.db.select().from(themes).where(eq(themes.id, intoId)).get()
      if (!into || (into.programmeId && into.programmeId !== from.programmeId)) {
        throw notFound('intoId', 'theme in this programme', intoId)
      }
      if (into.id === from.id) throw fieldError('intoId', 'Choose a different theme to merge into')
      // Tags already on the target in the same place would be duplicates: drop them first.
      ctx.db
        .delete(reflectionTags)
        .where(
          and(
            eq(reflectionTags.themeId, fromId),
            sql`EXISTS (SELECT 1 FROM reflection_tags o WHERE o.cycle_id = ${reflectionTags.cycleId}
              AND o.phase = ${reflectionTags.phase} AND o.theme_id = ${intoId})`
          )
        )
        .run()
      ctx.db
        .update(reflectionTags)
        .set({ themeId: intoId })
        .where(eq(reflectionTags.themeId, fromId))
        .run()
      ctx.db.delete(themes).where(eq(themes.id, fromId)).run()
      return { id: intoId }
    }
  ),

  'themes.archive': handler(
    z.object({ id: recordId('id'), archived: z.boolean().default(true) }),
    (ctx, { id, archived }) => {
      requireOwnTheme(ctx, id)
      ctx.db
        .update(themes)
        .set({ archivedAt: archived ? ctx.clock().toISOString() : null })
        .where(eq(themes.id, id))
        .run()
      return { id }
    }
  )
}
