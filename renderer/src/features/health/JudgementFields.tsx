// One judgement per framework item on the framework's scale (items under their step's heading),
// each with an optional note; an item left unjudged is simply not part of the check.
import type { ApiOutput } from '../../../../api/contract'

type Framework = ApiOutput<'healthChecks.site'>['frameworks'][number]
export type Judgements = Record<string, { value: string; note: string } | undefined>

export function JudgementFields(props: {
  framework: Framework
  value: Judgements
  onChange: (next: Judgements) => void
}) {
  const groups = [...new Set(props.framework.items.map((i) => i.group))]
  const set = (itemId: string, part: 'value' | 'note', text: string) => {
    const current = props.value[itemId] ?? { value: '', note: '' }
    props.onChange({ ...props.value, [itemId]: { ...current, [part]: text } })
  }
  return (
    <div className="judgements">
      {groups.map((group) => (
        <fieldset key={group || 'items'} className="form-section">
          <legend>{group || props.framework.name}</legend>
          {props.framework.items
            .filter((i) => i.group === group)
            .map((item) => (
              <div key={item.id} className="judgement-row">
                <label htmlFor={`judge-${item.id}`}>{item.label}</label>
                <select
                  id={`judge-${item.id}`}
                  value={props.value[item.id]?.value ?? ''}
                  onChange={(e) => set(item.id, 'value', e.target.value)}
                >
                  <option value="">Not judged</option>
                  {props.framework.scale.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </select>
                <input
                  type="text"
                  aria-label={`Note on ${item.label}`}
                  placeholder="Note (optional)"
                  value={props.value[item.id]?.note ?? ''}
                  onChange={(e) => set(item.id, 'note', e.target.value)}
                />
              </div>
            ))}
        </fieldset>
      ))}
    </div>
  )
}
