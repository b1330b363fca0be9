import { useEffect, type ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, useTranslate } from 'react-admin';
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

export const ConsoleLayout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  // The browser tab names the console in the user's language.
  useEffect(() => {
    document.title = translate('app.title');
  }, [translate]);
  return (
    <Layout appBar={ConsoleAppBar} menu={ConsoleMenu}>
      {children}
    </Layout>
  );
};
