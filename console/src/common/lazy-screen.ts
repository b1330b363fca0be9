import { lazy, type ComponentType } from 'react';

/**
 * A screen whose code is downloaded the first time it is shown, so signing in
 * and the dashboard load only what they need (react-admin's layout suspends
 * with its loading indicator meanwhile).
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
