import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { ConsoleMenu } from './ConsoleMenu';

/** The app bar's tools: 站内通知, the language and the loading indicator. */
const ConsoleAppBar = () => (
  <AppBar
    toolbar={
      <>
        <NotificationBell />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  />
);

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={ConsoleAppBar} menu={ConsoleMenu}>
    {children}
  </Layout>
);
