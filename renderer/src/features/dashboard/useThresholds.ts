// The early-warning thresholds the user chose, kept in localStorage on this machine.
import { useCallback, useState } from 'react'
import type { Thresholds } from '../../../../api/schemas/dashboard'
import { readThresholds, THRESHOLDS_KEY } from './storedThresholds'

export function useThresholds(): [Thresholds, (next: Thresholds) => void] {
  const [thresholds, setState] = useState(() => readThresholds(window.localStorage))
  const set = useCallback((next: Thresholds) => {
    setState(next)
    try {
      window.localStorage.setItem(THRESHOLDS_KEY, JSON.stringify(next))
    } catch {
      // Storage full or refused: the thresholds still apply for this visit.
    }
  }, [])
  return [thresholds, set]
}
