import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../shared/api/api-client';
import { chooseTransport } from './api/choose-transport';
import { AppRoot } from './startup/AppRoot';
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
