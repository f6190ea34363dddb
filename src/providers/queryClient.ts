import { QueryClient } from '@tanstack/react-query';

/**
 * react-admin's query cache, made here rather than by <Admin> so the startup
 * code can ask for a screen's data while the screen's code is still loading.
 */
export const queryClient = new QueryClient();
