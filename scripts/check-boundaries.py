#!/usr/bin/env python3
"""Fails when an #include crosses a module boundary the wrong way.

The module graph comes from the build (core/CMakeLists.txt writes core-modules.txt, one line per
module: "eval: model selector io kube"), so the rules and the libraries cannot drift apart:

* a file in core/M includes only core/M itself and the modules M depends on, directly or not;
* core never includes ui/, app/ or tests/; ui never includes app/ or tests/;
* a header named *_p.h is private: only its own module (and the tests) include it;
* every folder in core/ is a module the build knows.

Usage: check-boundaries.py SOURCE_DIR MODULES_FILE
"""

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
SOURCES = ('.h', '.cpp')


def read_graph(path):
    graph = {}
    for line in pathlib.Path(path).read_text().splitlines():
        if not line.strip():
            continue
        name, _, deps = line.partition(':')
        graph[name.strip()] = deps.split()
    return graph


def closure(graph, module):
    seen, todo = set(), [module]
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        todo.extend(graph.get(m, []))
    return seen


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    graph = read_graph(sys.argv[2])
    problems = []

    for folder in sorted((root / 'core').iterdir()):
        if folder.is_dir() and folder.name not in graph:
            problems.append(f'core/{folder.name}/: a folder the build does not know as a module '
                            '(add it with policy_core_module in core/CMakeLists.txt)')

    for top in ('core', 'ui', 'app'):
        for file in sorted((root / top).rglob('*')):
            if file.suffix not in SOURCES:
                continue
            rel = file.relative_to(root).as_posix()
            text = file.read_text(encoding='utf-8', errors='replace')
            for match in INCLUDE.finditer(text):
                target = match.group(1)
                line = text.count('\n', 0, match.start()) + 1
                where = f'{rel}:{line}'
                layer = target.split('/', 1)[0]
                if top == 'core' and layer in ('ui', 'app', 'tests'):
                    problems.append(f'{where}: core includes "{target}" from {layer}/')
                    continue
                if top == 'ui' and layer in ('app', 'tests'):
                    problems.append(f'{where}: ui includes "{target}" from {layer}/')
                    continue
                if layer != 'core' or target.count('/') < 2:
                    continue
                to_module = target.split('/')[1]
                from_module = rel.split('/')[1] if top == 'core' else None
                if target.endswith('_p.h') and to_module != from_module:
                    problems.append(f'{where}: "{target}" is private to core/{to_module}')
                    continue
                if from_module is None:
                    continue
                if to_module not in closure(graph, from_module):
                    problems.append(f'{where}: core/{from_module} may not include "{target}": '
                                    f'core/{to_module} is not among its dependencies '
                                    f'({", ".join(sorted(closure(graph, from_module) - {from_module})) or "none"})')

    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} include(s) cross a module boundary', file=sys.stderr)
        return 1
    print('include boundaries: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
