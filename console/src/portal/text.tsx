import { createContext, useContext } from 'react';
import { PORTAL_TEXT, type PortalLocale } from './messages';

export const LocaleContext = createContext<PortalLocale>('zh-CN');

/** The portal's words and the enum labels in the chosen language. */
export function usePortalText() {
  return PORTAL_TEXT[useContext(LocaleContext)];
}

/** The message of a failed request, as the portal shows it (a typed server error's message, never a stack). */
export function problemOf(error: unknown): string {
  const e = error as { graphQLErrors?: { message: string }[]; networkError?: { statusCode?: number; result?: { errors?: { message: string }[] } }; message?: string };
  return e.graphQLErrors?.[0]?.message ?? e.networkError?.result?.errors?.[0]?.message ?? e.message ?? String(error);
}
