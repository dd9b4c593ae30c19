import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// Text typed into the app is confidential. Chromium keeps the state of form
// fields for history and session restore unless autocomplete is off, so every
// field is switched off as it gets focus (before anything is typed).
document.addEventListener(
  'focusin',
  (event) => {
    const el = event.target;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el.getAttribute('autocomplete') !== 'off') el.setAttribute('autocomplete', 'off');
    }
  },
  true,
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
