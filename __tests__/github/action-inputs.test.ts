import { describe, expect, test } from '@jest/globals';
import os from 'node:os';
import path from 'node:path';
import { readActionSettings } from '../../src/action-inputs.js';

const CWD = os.tmpdir();

describe('readActionSettings: the GitHub inputs', () => {
  test('defaults when the runner passes nothing: workflow-command annotations, a comment on failure, one job, commands not allowed', () => {
    const settings = readActionSettings({ GITHUB_EVENT_NAME: 'pull_request_target' }, CWD);
    expect([settings.annotations, settings.comment, settings.leg, settings.token, settings.junitFile, settings.sarifFile]).toEqual(['workflow-commands', 'on-failure', '', '', undefined, undefined]);
    expect([settings.gate.eventName, settings.gate.allowCommands]).toEqual(['pull_request_target', false]);
    expect(settings.gate.inputProblems).toEqual([]);
  });

  test('every GitHub input read, output files resolved from the repository root', () => {
    const settings = readActionSettings(
      {
        INPUT_ANNOTATIONS: 'check-run',
        INPUT_COMMENT: 'always',
        INPUT_NAME: 'py3.12 / ubuntu',
        'INPUT_ALLOW-COMMANDS': 'true',
        INPUT_TOKEN: 'ghs_secret',
        'INPUT_JUNIT-FILE': 'reports/depgate.xml',
        'INPUT_SARIF-FILE': '/tmp/out/depgate.sarif',
      },
      CWD,
    );
    expect([settings.annotations, settings.comment, settings.leg, settings.token, settings.gate.allowCommands]).toEqual(['check-run', 'always', 'py3.12 / ubuntu', 'ghs_secret', true]);
    expect(settings.junitFile).toBe(path.join(CWD, 'reports/depgate.xml'));
    expect(settings.sarifFile).toBe('/tmp/out/depgate.sarif');
  });

  test('the token and the runner credentials are kept from the probes', () => {
    const settings = readActionSettings({ INPUT_TOKEN: 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'r', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'i', DATABASE_URL: 'postgresql://x' }, CWD);
    expect(settings.gate.env).toEqual({ DATABASE_URL: 'postgresql://x' });
  });

  test('bad values are DG100s naming the input, and the defaults apply', () => {
    const settings = readActionSettings({ INPUT_ANNOTATIONS: 'checks', INPUT_COMMENT: 'sometimes', 'INPUT_ALLOW-COMMANDS': 'yes', INPUT_NAME: 'a\u0007b' }, CWD);
    expect(settings.gate.inputProblems?.map((problem) => problem.message)).toEqual([
      "input 'annotations': must be one of workflow-commands, check-run, off; got 'checks'",
      "input 'comment': must be one of never, on-failure, always; got 'sometimes'",
      "input 'allow-commands': must be true or false; got 'yes'",
      "input 'name': must be one line of printable text",
    ]);
    expect([settings.annotations, settings.comment, settings.gate.allowCommands, settings.leg]).toEqual(['workflow-commands', 'on-failure', false, '']);
  });
});
