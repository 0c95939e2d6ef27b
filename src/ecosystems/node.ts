// The Node leg of the gate: resolve every declared package from its declaring directory (in
// process, milliseconds), one `node` start for the runtime, one for the import probes, then the
// pure judges.
import path from 'node:path';
import type { EcosystemCheck } from './check.js';
import type { Finding, LockPin, NodeRequirement, RuntimeConstraint, SourcePosition } from '../model.js';
import { detectPlugAndPlay, resolveInstalledPackage, type NodeInstalledPackage } from '../probes/node/installed.js';
import { probeNodeRuntime, probePackageManagerVersion } from '../probes/node/runtime.js';
import { probeNodeImports } from '../probes/node/imports.js';
import { detectPackageManager } from '../manifests/lockfiles/node/index.js';
import { assessNode, importKey, judgeNode, judgeNodeLockPins, nodeInstallCommand } from '../judge/node.js';
import { judgeNodeRuntime, type NodeRuntimeVersions } from '../judge/node-runtime.js';
import { FINDING_CODES } from '../judge/finding-codes.js';

export interface NodeDeclared {
  requirements: NodeRequirement[];
  pins: LockPin[];
  runtime: RuntimeConstraint[];
  /** Files read for Node (to tell the package manager from the lockfile). */
  files: string[];
}

export interface NodeCheckOptions {
  cwd: string;
  /** The `node` input or --node. */
  input?: string;
  /** node.interpreter from depgate.yml. */
  configured?: { command: string; source: SourcePosition };
  timeoutMs: number;
  imports: boolean;
}

export async function checkNode(declared: NodeDeclared, options: NodeCheckOptions): Promise<EcosystemCheck> {
  const findings: Finding[] = [];
  const packageManagerField = declared.runtime.find((constraint) => constraint.origin === 'packageManager');
  const manager = detectPackageManager(declared.files, packageManagerField ? `${packageManagerField.runtime}@${packageManagerField.specifier}` : undefined);

  const pnp = detectPlugAndPlay(options.cwd);
  if (pnp) {
    findings.push(notice(`${pnp} shows this app uses Yarn Plug'n'Play, which depgate does not read: its packages were not checked. Set "nodeLinker: node-modules" in .yarnrc.yml to gate them.`, pnp));
    return { findings, checked: 0 };
  }

  const command = options.input ?? options.configured?.command ?? 'node';
  const runtime = await probeNodeRuntime(command, { cwd: options.cwd, timeoutMs: options.timeoutMs });
  if (!runtime.ok) {
    const at = !options.input ? options.configured?.source : undefined;
    const code = runtime.reason === 'timeout' ? 'DG004' : 'DG005';
    findings.push({
      code, kind: FINDING_CODES[code].kind, severity: 'error', ecosystem: 'node', name: command,
      file: at?.file, line: at?.line, column: at?.column,
      message: `${runtime.message}; Node's version and the import probes could not be checked.`,
    });
  } else {
    const versions: NodeRuntimeVersions = { node: runtime.version };
    for (const manager of ['npm', 'pnpm', 'yarn'] as const) {
      if (declared.runtime.some((constraint) => constraint.runtime === manager)) {
        versions[manager] = await probePackageManagerVersion(manager, { cwd: options.cwd, timeoutMs: options.timeoutMs });
      }
    }
    findings.push(...judgeNodeRuntime(declared.runtime, versions, runtime.executable));
  }

  const assessments = declared.requirements.map((requirement) =>
    assessNode(requirement, resolveInstalledPackage(requirement.name, path.join(options.cwd, requirement.packageDir), { cwd: options.cwd })));
  let imports = new Map<string, Awaited<ReturnType<typeof probeNodeImports>>[number]>();
  if (options.imports && runtime.ok) {
    const probes = new Map<string, { name: string; fromDir: string }>();
    for (const assessment of assessments) {
      if (assessment.state !== 'installed' || !assessment.probeImport) continue;
      const { requirement } = assessment;
      probes.set(importKey(requirement), { name: requirement.importName ?? requirement.name, fromDir: requirement.packageDir || '.' });
    }
    const keys = [...probes.keys()];
    const results = keys.length > 0 ? await probeNodeImports(runtime.executable, [...probes.values()], { cwd: options.cwd, timeoutMs: options.timeoutMs }) : [];
    imports = new Map(results.map((result, index) => [keys[index], result]));
  }
  findings.push(...judgeNode(assessments, imports, { manager, node: runtime.ok ? runtime.executable : undefined, timeoutMs: options.timeoutMs }));

  const installedAt = (installPath: string): NodeInstalledPackage | undefined => {
    const segments = installPath.split('/');
    const at = segments.lastIndexOf('node_modules');
    if (at < 0) return undefined;
    const name = segments.slice(at + 1).join('/');
    const from = path.join(options.cwd, ...segments.slice(0, at));
    const lookup = resolveInstalledPackage(name, from, { cwd: options.cwd });
    // Only the copy at exactly this path counts; a hoisted one found further up is another pin's.
    return 'name' in lookup && lookup.foundAt === installPath ? lookup : undefined;
  };
  const rootLookup = (name: string): NodeInstalledPackage | undefined => {
    const lookup = resolveInstalledPackage(name, options.cwd, { cwd: options.cwd });
    return 'name' in lookup ? lookup : undefined;
  };
  findings.push(...judgeNodeLockPins(declared.pins, installedAt, rootLookup, manager));

  return {
    findings,
    checked: declared.requirements.length,
    environment: runtime.ok ? { requested: command, requestedFrom: options.input ? 'input node' : options.configured ? 'depgate.yml node.interpreter' : 'default', executable: runtime.executable, version: runtime.version, prefix: path.dirname(path.dirname(runtime.executable)), packageManager: manager } : undefined,
    installCommand: nodeInstallCommand(manager, ''),
  };
}

function notice(message: string, file: string): Finding {
  return { code: 'DG101', kind: FINDING_CODES.DG101.kind, severity: 'notice', ecosystem: 'node', name: file, file, message };
}
