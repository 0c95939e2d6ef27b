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
export const INVENTORY_PROTOCOL = 1;

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

import csv
import json
import os
import platform
import re

MARKER = "@@depgate" + "-inventory@@"
PROTOCOL = ${INVENTORY_PROTOCOL}
SKIPPED_RECORD_TOPS = ("__pycache__", ".", "..")


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
    # Core metadata is an RFC 822 header block; Name and Version sit in it, the long description
    # (possibly megabytes) follows the first blank line and is never read.
    name = None
    version = None
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
                if name is not None and version is not None:
                    break
    except (OSError, ValueError):
        pass
    return name, version


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


def record_names(text):
    names = set()
    for row in csv.reader(text.splitlines()):
        if row:
            name = import_name_of_path(row[0])
            if name:
                names.add(name)
    return names


def installed_files_names(text, metadata_dir, location):
    # Legacy egg-info installed-files.txt lists paths relative to the egg-info directory.
    names = set()
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        full = os.path.normpath(os.path.join(metadata_dir, line))
        relative = os.path.relpath(full, location)
        if relative.startswith(".."):
            continue
        name = import_name_of_path(relative)
        if name:
            names.add(name)
    return names


def import_names(metadata_dir, is_dir, location):
    if not is_dir:
        return []
    top_level = read_text(os.path.join(metadata_dir, "top_level.txt"))
    if top_level is not None:
        return sorted(top_level_names(top_level))
    record = read_text(os.path.join(metadata_dir, "RECORD"))
    if record is not None:
        return sorted(record_names(record))
    installed = read_text(os.path.join(metadata_dir, "installed-files.txt"))
    if installed is not None:
        return sorted(installed_files_names(installed, metadata_dir, location))
    return []


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
    name, version = read_name_and_version(headers)
    file_name, file_version = name_and_version_from_filename(filename)
    name = name or file_name
    version = version or file_version
    canonical = canonical_name(name)
    url = direct_url(metadata_path, is_dir)
    editable = bool(url and url["editable"]) or real(entry) in editable_targets.get(canonical, ())
    distribution = {
        "name": name,
        "canonicalName": canonical,
        "version": version,
        "importNames": import_names(metadata_path, is_dir, entry),
        "editable": editable,
        "location": entry,
    }
    if url is not None:
        distribution["directUrl"] = url
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
    }


sys.stdout.write("\n" + MARKER + json.dumps(inventory()) + "\n")
sys.stdout.flush()
`;
