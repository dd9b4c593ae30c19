// Electron main entry. Kept to one line so that the shell is testable
// without starting it: tests import ./main and call startShell themselves.
import { startShell } from './main';

startShell();
