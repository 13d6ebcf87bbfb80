import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../shared/api/api-client';
import { chooseTransport } from './api/choose-transport';
import { AppRoot } from './startup/AppRoot';
// The UI font ships with the app (open licence, full Vietnamese coverage): the window looks the same
// on every laptop, offline, whatever fonts Windows has.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/grid.css';
import './styles/gantt-theme.css';
import './styles/panels.css';
import './styles/meeting.css';
import './styles/print.css';

const transport = chooseTransport();
const client = createApiClient(transport.api);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppRoot client={client} platform={transport.platform} />
    </StrictMode>,
  );
}
