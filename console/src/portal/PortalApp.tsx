import { useEffect, useState, type ReactElement } from 'react';
import { ApolloClient, ApolloProvider, HttpLink, InMemoryCache } from '@apollo/client';
import { AppBar, Box, Button, Container, CssBaseline, Tab, Tabs, Toolbar, Typography } from '@mui/material';
import { ComplaintTab } from './ComplaintTab';
import { HonourTab } from './HonourTab';
import { RecordsTab } from './RecordsTab';
import { RulesTab } from './RulesTab';
import { VerifyTab } from './VerifyTab';
import { PORTAL_TEXT, type PortalLocale } from './messages';
import { LocaleContext } from './text';

// No token, ever: the portal only calls the public operations.
const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });

const TABS = ['records', 'honour', 'rules', 'complaint', 'verify'] as const;
type TabName = (typeof TABS)[number];

/** /public, /public/honour, … : each tab has its own address. */
function tabOf(path: string): TabName {
  const name = path.replace(/^\/public\/?/, '').split('/')[0];
  return (TABS as readonly string[]).includes(name) ? (name as TabName) : 'records';
}

const PANELS: Record<TabName, () => ReactElement> = {
  records: RecordsTab,
  honour: HonourTab,
  rules: RulesTab,
  complaint: ComplaintTab,
  verify: VerifyTab,
};

/** 政务诚信信息公示: the public portal, without signing in. */
export const PortalApp = () => {
  const [locale, setLocale] = useState<PortalLocale>('zh-CN');
  const [tab, setTab] = useState<TabName>(() => tabOf(window.location.pathname));
  const { text } = PORTAL_TEXT[locale];
  useEffect(() => {
    const back = () => setTab(tabOf(window.location.pathname));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    document.title = text.title;
    document.documentElement.lang = locale;
  }, [locale, text.title]);
  const open = (name: TabName) => {
    setTab(name);
    window.history.pushState(null, '', name === 'records' ? '/public' : `/public/${name}`);
  };
  const Panel = PANELS[tab];
  return (
    <ApolloProvider client={client}>
      <LocaleContext.Provider value={locale}>
        <CssBaseline />
        <AppBar position="static" color="primary">
          <Toolbar>
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="h6" component="h1">
                {text.title}
              </Typography>
              <Typography variant="caption">{text.subtitle}</Typography>
            </Box>
            <Button color="inherit" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
              {text.language}
            </Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="lg" component="main" sx={{ py: 2 }}>
          <Tabs value={tab} onChange={(_e, v: TabName) => open(v)} variant="scrollable" sx={{ mb: 2 }}>
            {TABS.map((name) => (
              <Tab key={name} value={name} label={text.tabs[name]} />
            ))}
          </Tabs>
          <Panel />
        </Container>
      </LocaleContext.Provider>
    </ApolloProvider>
  );
};
