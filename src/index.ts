// The action's entry point (action.yml runs the bundle of this file).
import { run } from './main.js';

await run();
