// The Python source the inventory probe runs with `python -c`. It is the only code depgate runs
// inside the app's interpreter to learn what is installed, so it must run on every interpreter an
// app may use: Python 3.7+ syntax and standard library only, nothing imported from the app's
// environment (importlib.metadata is avoided: it de-duplicates by name on its own terms, and it
// is absent from 3.7).

/**
 * Printed right before the JSON answer. Built by concatenation inside the script so that a
 * program echoing its arguments (`/bin/echo -c <script>`) cannot produce it.
 */
export const INVENTORY_MARKER = '@@depgate-inventory@@';

/** Bumped when the JSON shape changes. */
export const INVENTORY_PROTOCOL = 3;

export const INVENTORY_SCRIPT = String.raw`
import sys

if sys.version_info[0] < 3:
    sys.stderr.write("depgate needs Python 3; this is Python %s\n" % sys.version.split()[0])
    sys.exit(3)

# python -c puts '' (the working directory) first on sys.path. The working directory is the
# checked-out pull request: a json.py or re.py there must not run, so drop it before importing
# anything else.
if sys.path and sys.path[0] == "":
    del sys.path[0]

import ast
import csv
import json
import os
import platform
import re

MARKER = "@@depgate" + "-inventory@@"
PROTOCOL = ${INVENTORY_PROTOCOL}
SKIPPED_RECORD_TOPS = ("__pycache__", ".", "..")
# google.cloud.storage is three levels; nothing real nests namespace packages much deeper.
MAX_NAMESPACE_DEPTH = 8
# Requires-Dist lines kept per distribution for its extras (a hostile METADATA could list millions).
MAX_EXTRA_REQUIRES = 500
# Directories looked into per distribution while following namespaces: a project directory
# (legacy editable) may hold a large tree without __init__.py files (data, node_modules).
MAX_NAMESPACE_LISTINGS = 200


def canonical_name(name):
    # PEP 503 normalisation.
    return re.sub(r"[-_.]+", "-", name).lower()


def format_full_version(info):
    # Same as packaging.markers.format_full_version (PEP 508 implementation_version).
    version = "{0.major}.{0.minor}.{0.micro}".format(info)
    kind = info.releaselevel
    if kind != "final":
        version += kind[0] + str(info.serial)
    return version


def marker_environment():
    # Same keys and values as packaging.markers.default_environment() (PEP 508 "Environment markers").
    return {
        "implementation_name": sys.implementation.name,
        "implementation_version": format_full_version(sys.implementation.version),
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "platform_python_implementation": platform.python_implementation(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
    }


def read_text(path):
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except (OSError, ValueError):
        return None


def read_name_and_version(path):
    name, version, _ = read_headers(path)
    return name, version


def read_headers(path):
    # Core metadata is an RFC 822 header block; Name, Version and Requires-Dist sit in it, the long
    # description (possibly megabytes) follows the first blank line and is never read. Only the
    # Requires-Dist lines of extras are kept: they say what pkg[extra] needs besides pkg.
    name = None
    version = None
    extra_requires = []
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                line = line.rstrip("\r\n")
                if not line:
                    break
                if line[0] in " \t":
                    continue
                key, sep, value = line.partition(":")
                if not sep:
                    continue
                key = key.strip().lower()
                if key == "name" and name is None:
                    name = value.strip()
                elif key == "version" and version is None:
                    version = value.strip()
                elif key == "requires-dist" and "extra" in value and len(extra_requires) < MAX_EXTRA_REQUIRES:
                    extra_requires.append(value.strip())
    except (OSError, ValueError):
        pass
    return name, version, extra_requires


def egg_info_extra_requires(metadata_dir):
    # Legacy .egg-info: requires.txt lists an extra's requirements under "[extra]" or
    # "[extra:marker]" (setuptools' pkg_resources.split_sections); turn each into a PEP 508 line.
    text = read_text(os.path.join(metadata_dir, "requires.txt"))
    if not text:
        return []
    requires = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        if not section:
            continue
        extra, _, condition = section.partition(":")
        if not extra:
            continue
        marker = 'extra == "%s"' % extra.strip()
        if condition.strip():
            marker = "(%s) and %s" % (condition.strip(), marker)
        requires.append("%s ; %s" % (line.split(";")[0].strip(), marker))
        if len(requires) >= MAX_EXTRA_REQUIRES:
            break
    return requires


def externally_managed():
    # PEP 668: a distributor's interpreter (Debian's /usr/bin/python3) marks its stdlib directory
    # with EXTERNALLY-MANAGED, and pip refuses to install into it outside a virtual environment.
    if getattr(sys, "base_prefix", sys.prefix) != sys.prefix:
        return False
    try:
        import sysconfig
        return os.path.isfile(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))
    except Exception:
        return False


def name_and_version_from_filename(filename):
    # "SQLAlchemy-1.4.46.egg-info", "acme_widgets-1.0.dist-info", "foo-1.0-py3.11.egg-info"
    stem = filename.rsplit(".", 1)[0]
    parts = stem.split("-")
    return parts[0], (parts[1] if len(parts) > 1 else "")


def top_level_names(text):
    names = set()
    for line in text.splitlines():
        line = line.strip().replace("\\", "/")
        if line:
            names.add(line.split("/")[0])
    return names


def import_name_of_path(path):
    # The importable top-level name a file installed at 'path' (relative to the sys.path entry)
    # provides, or None.
    path = path.replace("\\", "/")
    if path.startswith("/") or not path:
        return None
    parts = path.split("/")
    top = parts[0]
    if top in SKIPPED_RECORD_TOPS or top.startswith("__editable__"):
        return None
    if top.endswith(".dist-info") or top.endswith(".egg-info") or top.endswith(".data"):
        return None
    if len(parts) == 1:
        if top.endswith(".pth"):
            return None
        if top.endswith(".py"):
            top = top[:-3]
        elif top.endswith(".so") or top.endswith(".pyd"):
            # _cffi_backend.cpython-311-x86_64-linux-gnu.so -> _cffi_backend
            top = top.split(".")[0]
        else:
            return None
    return top if top.isidentifier() else None


def record_paths(text):
    # RECORD is CSV (PEP 376, "RECORD"): the first column is a path relative to the sys.path entry.
    paths = []
    for row in csv.reader(text.splitlines()):
        if row and row[0]:
            paths.append(row[0].replace("\\", "/"))
    return paths


def installed_files_paths(text, metadata_dir, location):
    # Legacy egg-info installed-files.txt lists paths relative to the egg-info directory; they are
    # brought to RECORD's form (relative to the sys.path entry), dropping what lies outside it.
    paths = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        full = os.path.normpath(os.path.join(metadata_dir, line))
        relative = os.path.relpath(full, location)
        if relative.startswith(".."):
            continue
        paths.append(relative.replace("\\", "/"))
    return paths


def file_list_listing(paths):
    # The directory tree a file list describes: (module path parts) -> [(name, is a directory)].
    tree = {}
    for path in paths:
        if path.startswith("/"):
            continue
        parts = [part for part in path.split("/") if part not in ("", ".")]
        if not parts or ".." in parts:
            continue
        for index, name in enumerate(parts):
            tree.setdefault(tuple(parts[:index]), set()).add((name, index < len(parts) - 1))

    def listing(parts):
        entries = tree.get(tuple(parts))
        return sorted(entries) if entries is not None else None

    return listing


def disk_listing(root):
    # The same question asked of a directory that belongs to one distribution alone (the project
    # directory of an editable install), never of a shared site-packages.
    def listing(parts):
        directory = os.path.join(root, *parts)
        names = list_dir(directory)
        if names is None:
            return None
        return [(name, os.path.isdir(os.path.join(directory, name))) for name in names]

    return listing


def module_child(name, is_dir):
    # The module name a directory entry provides inside a package, or None.
    if is_dir:
        stem = name
    elif name.endswith(".py"):
        stem = name[:-3]
    elif name.endswith(".so") or name.endswith(".pyd"):
        stem = name.split(".")[0]
    else:
        return None
    if stem in ("__pycache__", "__init__") or not stem.isidentifier():
        return None
    return stem


def is_package_init(name, is_dir):
    # __init__.py, or a compiled __init__ (Cython builds ship __init__.cpython-311-x86_64-linux-gnu.so).
    return not is_dir and name.split(".")[0] == "__init__" and name.endswith((".py", ".pyc", ".so", ".pyd"))


def dotted_modules(parts, listings, namespaces, budget):
    # A directory without __init__ is a namespace package portion (PEP 420), or a pkg_resources
    # namespace listed in namespace_packages.txt: importing it proves nothing about this
    # distribution and may come from another one (google/ holds google-auth and
    # google-cloud-storage alike). So the import name goes down to the modules this
    # distribution's own files define: google -> google.cloud.storage.
    dotted = ".".join(parts)
    if budget[0] <= 0 or len(parts) >= MAX_NAMESPACE_DEPTH:
        return [dotted]
    entries = None
    for listing in listings:
        entries = listing(parts)
        if entries is not None:
            break
    if entries is None:
        return [dotted]
    budget[0] -= 1
    if dotted not in namespaces and any(is_package_init(name, is_dir) for name, is_dir in entries):
        return [dotted]
    children = sorted(set(child for child in (module_child(name, is_dir) for name, is_dir in entries) if child))
    if not children:
        return [dotted]
    found = []
    for child in children:
        found.extend(dotted_modules(parts + [child], listings, namespaces, budget))
    return found


def editable_finder_names(location, paths):
    # A PEP 660 editable install by setuptools (>= 64) in its "lenient" mode installs
    # __editable___<name>_finder.py, whose MAPPING maps each module (dotted for namespace
    # portions: 'acme.one') to its source directory. It is read as data (ast.literal_eval),
    # never imported or run.
    names = set()
    for path in paths:
        if "/" in path or not path.startswith("__editable__") or not path.endswith("finder.py"):
            continue
        for name in finder_mapping(os.path.join(location, path)):
            if isinstance(name, str) and name and all(part.isidentifier() for part in name.split(".")):
                names.add(name)
    return names


def finder_mapping(path):
    text = read_text(path)
    if text is None:
        return {}
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "MAPPING" and value is not None:
            try:
                mapping = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                return {}
            return mapping if isinstance(mapping, dict) else {}
    return {}


def pth_directories(location, paths):
    # Editable installs that only put their source directory on sys.path (setuptools' src
    # layout, hatchling, flit, pdm) list a .pth file in RECORD whose lines are those directories.
    directories = []
    for path in paths:
        if "/" in path or not path.endswith(".pth"):
            continue
        for line in (read_text(os.path.join(location, path)) or "").splitlines():
            line = line.strip()
            # site.py: lines starting with "import" are executed, "#" are comments.
            if not line or line.startswith("#") or line.startswith(("import ", "import\t")):
                continue
            directory = os.path.join(location, line)
            if os.path.isdir(directory):
                directories.append(directory)
    return directories


def modules_in_directory(directory):
    # Top-level modules of a source directory: packages (with __init__) and module files.
    names = set()
    for name in list_dir(directory) or []:
        full = os.path.join(directory, name)
        if os.path.isdir(full):
            if any(is_package_init(child, False) for child in list_dir(full) or []) and name.isidentifier():
                names.add(name)
        else:
            child = module_child(name, False)
            if child and child != "setup":
                names.add(child)
    return names


def namespace_names(metadata_dir):
    # setuptools' namespace_packages= (pkg_resources-style namespaces), dotted, one a line.
    text = read_text(os.path.join(metadata_dir, "namespace_packages.txt")) or ""
    return set(line.strip() for line in text.splitlines() if line.strip())


def import_names(metadata_dir, is_dir, location, editable, legacy_editable):
    # (import names, whether RECORD exists). Top-level names come from top_level.txt (what
    # setuptools declares), else from the installed file list; namespace portions are then
    # followed down to the distribution's own modules (dotted_modules).
    if not is_dir:
        return [], False
    record = read_text(os.path.join(metadata_dir, "RECORD"))
    paths = None
    if record is not None:
        paths = record_paths(record)
    else:
        installed = read_text(os.path.join(metadata_dir, "installed-files.txt"))
        if installed is not None:
            paths = installed_files_paths(installed, metadata_dir, location)
    has_record = record is not None

    if record is not None:
        from_finder = editable_finder_names(location, paths)
        if from_finder:
            return sorted(from_finder), has_record

    source_directories = pth_directories(location, paths) if editable and paths is not None else []
    listings = []
    if paths is not None:
        listings.append(file_list_listing(paths))
    listings.extend(disk_listing(directory) for directory in source_directories)
    if legacy_editable:
        # "setup.py develop": the sys.path entry is the project's own directory.
        listings.append(disk_listing(location))

    top_level = read_text(os.path.join(metadata_dir, "top_level.txt"))
    if top_level is not None:
        tops = top_level_names(top_level)
    elif paths is not None:
        tops = set(name for name in (import_name_of_path(path) for path in paths) if name)
    else:
        tops = set()
    if not tops:
        for directory in source_directories:
            tops |= modules_in_directory(directory)

    namespaces = namespace_names(metadata_dir)
    budget = [MAX_NAMESPACE_LISTINGS]
    names = set()
    for top in sorted(tops):
        # top_level.txt of a stub distribution names "requests-stubs": no module can have it.
        if top.isidentifier():
            names.update(dotted_modules([top], listings, namespaces, budget))
    return sorted(names), has_record


def direct_url(metadata_dir, is_dir):
    # PEP 610: direct_url.json records where a distribution was installed from.
    if not is_dir:
        return None
    text = read_text(os.path.join(metadata_dir, "direct_url.json"))
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        return None
    dir_info = data.get("dir_info") if isinstance(data.get("dir_info"), dict) else {}
    result = {"url": data["url"], "editable": dir_info.get("editable") is True}
    vcs_info = data.get("vcs_info")
    if isinstance(vcs_info, dict):
        if isinstance(vcs_info.get("vcs"), str):
            result["vcs"] = vcs_info["vcs"]
        if isinstance(vcs_info.get("commit_id"), str):
            result["commitId"] = vcs_info["commit_id"]
    return result


def real(path):
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return path


def list_dir(path):
    try:
        return sorted(os.listdir(path))
    except (OSError, ValueError):
        return None


def metadata_order(filename):
    # Within one directory the modern format is read first, then by name: deterministic.
    return (0 if filename.endswith(".dist-info") else 1, filename.lower())


def search_path():
    # sys.path in order, each real directory once (a directory listed twice is the same place).
    seen = set()
    entries = []
    for entry in sys.path:
        if not isinstance(entry, str) or entry == "":
            continue
        key = real(entry)
        if key in seen:
            continue
        seen.add(key)
        names = list_dir(entry)
        if names is not None:
            entries.append((entry, names))
    return entries


def legacy_editable_targets(entries):
    # "setup.py develop" leaves <name>.egg-link in site-packages; its first line is the project
    # directory, which easy-install.pth puts on sys.path.
    targets = {}
    for entry, names in entries:
        for filename in names:
            if filename.endswith(".egg-link"):
                text = read_text(os.path.join(entry, filename)) or ""
                lines = text.splitlines()
                if lines and lines[0].strip():
                    target = real(os.path.join(entry, lines[0].strip()))
                    targets.setdefault(canonical_name(filename[: -len(".egg-link")]), set()).add(target)
    return targets


def metadata_in(entry, names):
    # (metadata path, is a directory) for every distribution whose metadata sits in 'entry'.
    found = []
    if entry.endswith(".egg") and os.path.isdir(os.path.join(entry, "EGG-INFO")):
        found.append((os.path.join(entry, "EGG-INFO"), True, os.path.basename(entry)))
    for filename in sorted(names, key=metadata_order):
        path = os.path.join(entry, filename)
        if filename.endswith(".dist-info"):
            if os.path.isdir(path):
                found.append((path, True, filename))
        elif filename.endswith(".egg-info"):
            found.append((path, os.path.isdir(path), filename))
    return found


def describe(entry, metadata_path, is_dir, filename, editable_targets):
    if is_dir:
        headers = os.path.join(metadata_path, "METADATA" if filename.endswith(".dist-info") else "PKG-INFO")
    else:
        headers = metadata_path
    name, version, extra_requires = read_headers(headers)
    if is_dir and not filename.endswith(".dist-info"):
        extra_requires = egg_info_extra_requires(metadata_path)
    file_name, file_version = name_and_version_from_filename(filename)
    name = name or file_name
    version = version or file_version
    canonical = canonical_name(name)
    url = direct_url(metadata_path, is_dir)
    legacy_editable = real(entry) in editable_targets.get(canonical, ())
    editable = bool(url and url["editable"]) or legacy_editable
    try:
        names, has_record = import_names(metadata_path, is_dir, entry, editable, legacy_editable)
    except Exception:
        # Unreadable file lists must not hide the distribution; without names its module is
        # guessed, and hasRecord False keeps it from being taken for one without modules.
        names, has_record = [], False
    distribution = {
        "name": name,
        "canonicalName": canonical,
        "version": version,
        "importNames": names,
        "editable": editable,
        "location": entry,
        "hasRecord": has_record,
    }
    if url is not None:
        distribution["directUrl"] = url
    if extra_requires:
        distribution["extraRequires"] = extra_requires
    return distribution


def inventory():
    entries = search_path()
    editable_targets = legacy_editable_targets(entries)
    distributions = []
    first = {}
    shadowed = []
    for entry, names in entries:
        for metadata_path, is_dir, filename in metadata_in(entry, names):
            try:
                distribution = describe(entry, metadata_path, is_dir, filename, editable_targets)
            except Exception:
                continue
            canonical = distribution["canonicalName"]
            if canonical in first:
                winner = first[canonical]
                if winner["location"] == entry and winner["version"] == distribution["version"]:
                    # The same install described twice (Debian ships both .dist-info and
                    # .egg-info for some packages): not a second copy.
                    continue
                # The first copy on sys.path is the one 'import' finds; later ones are kept for
                # reports ("an older copy also sits in ...").
                shadowed.append({
                    "name": distribution["name"],
                    "canonicalName": canonical,
                    "version": distribution["version"],
                    "location": entry,
                    "shadowedBy": winner["location"],
                })
                continue
            first[canonical] = distribution
            distributions.append(distribution)
    return {
        "protocol": PROTOCOL,
        "executable": sys.executable or "",
        "version": platform.python_version(),
        "prefix": sys.prefix,
        "markers": marker_environment(),
        "distributions": distributions,
        "shadowed": shadowed,
        "externallyManaged": externally_managed(),
    }


sys.stdout.write("\n" + MARKER + json.dumps(inventory()) + "\n")
sys.stdout.flush()
`;
