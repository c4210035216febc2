import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateOnChanges } from '../../api/changes.ts';

/**
 * Changes made in another tab or by another user appear without a reload: the backend's change
 * feed marks lists, counters and dashboards stale (the 30-second refetch is the fallback).
 */
export function useLiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => invalidateOnChanges(queryClient), [queryClient]);
}
