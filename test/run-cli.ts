// Runs the CLI from source (for end-to-end tests that must not depend on a prior build).
import { main } from '../src/cli/main.js';

await main(process.argv);
