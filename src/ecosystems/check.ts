// What each ecosystem's leg of the gate hands back to the gate.
import type { Finding, PythonEnvironment, RuntimeSummary } from '../model.js';

export interface EcosystemCheck {
  findings: Finding[];
  /** How many declared requirements were checked. */
  checked: number;
  /** The runtime that was probed, when it could be. */
  environment?: RuntimeSummary;
  /** The command that installs packages for this runtime (`/venv/bin/python -m pip install`). */
  installCommand?: string[];
  /** A shell command that must run first (creating a venv for an externally managed interpreter). */
  installSetup?: string;
  /** The Python leg's whole inventory, for legs that need it (database drivers). */
  pythonEnvironment?: PythonEnvironment;
}
