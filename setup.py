"""Lists every subpackage of the top-level folders under the ``gops`` namespace.

pyproject.toml maps ``gops.<folder>`` to ``<folder>/`` (package-dir); setuptools cannot
discover subpackages through such a mapping, so they are listed here from the tree.
"""

from setuptools import find_packages, setup

FOLDERS = ["site", "pages", "forms", "workflows"]

setup(
    packages=[
        name
        for folder in FOLDERS
        for name in [f"gops.{folder}"] + [f"gops.{folder}.{sub}" for sub in find_packages(folder)]
    ]
)
