import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { readState, writeState, type DashboardState } from './dashboardQuery';

/** The dashboard's state, read from and written to the URL (replacing the entry: changing a filter is not a page visit). */
export function useDashboardState(): [DashboardState, (change: Partial<DashboardState>) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => readState(location.search), [location.search]);
  const update = useCallback(
    (change: Partial<DashboardState>) =>
      navigate(
        { pathname: location.pathname, search: writeState({ ...state, ...change }) },
        { replace: true },
      ),
    [navigate, location.pathname, state],
  );
  return [state, update];
}
