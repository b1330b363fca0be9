import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './PortalApp';

const root = document.getElementById('portal');
if (!root) throw new Error('portal.html has no #portal element');

createRoot(root).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
